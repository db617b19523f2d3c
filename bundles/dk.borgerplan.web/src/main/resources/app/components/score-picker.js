// A score picked on a scale in words and pictograms: a fieldset of radio buttons (arrow keys move between them),
// each level with its pictogram, its easy-read words and the scale's words; the number is there but secondary.
import { h, icon } from '../ui.js';

let pickers = 0;

/**
 * scale: a scale from /api/scales; value: the chosen level or null; optional: adds a "none" choice labelled
 * noneLabel. onChange(value) is called with the new level (or null). Returns the fieldset.
 */
export function scorePicker({ legend, scale, value, onChange, optional = false, noneLabel = '', field }) {
  const name = `score-${++pickers}`;
  const set = h('fieldset', { class: 'score-picker', dataset: field ? { field } : {} }, h('legend', {}, legend));
  const levels = optional ? [{ value: null, label: noneLabel }, ...scale.levels] : scale.levels;
  for (const level of levels) {
    const id = `${name}-${level.value ?? 'none'}`;
    const input = h('input', { type: 'radio', name, id, value: level.value ?? '', checked: level.value === value });
    input.addEventListener('change', () => onChange(level.value));
    set.append(h('span', { class: `score-option${level.value === null ? ' none' : ''}` }, input,
      h('label', { for: id },
        level.pictogram ? icon(level.pictogram, '', 40) : null,
        h('span', { class: 'level-text' }, h('span', { class: 'easy' }, level.easyRead ?? level.label),
          level.value === null ? null : h('span', { class: 'words' }, `${level.value} · ${level.label}`)))));
  }
  return set;
}
