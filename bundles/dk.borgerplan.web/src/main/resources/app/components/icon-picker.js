// The icon picker: a modal dialog listing the catalogue (search by word, optionally one theme), each icon a toggle
// button with its picture and label. Keyboard: Tab to the search and the icons, Space/Enter toggles, Esc cancels.
import { h, icon } from '../ui.js';
import { t, loadTexts } from '../i18n.js';
import { get } from '../api.js';

/**
 * Opens the picker. Resolves to the chosen concept ids (in the order picked), or null when cancelled.
 * options: title, selected (concept ids already chosen), theme (a theme code to start with), multiple (default true).
 */
export async function pickIcons({ title, selected = [], theme, multiple = true } = {}) {
  await loadTexts(['icons']);
  const chosen = [...selected];
  const search = h('input', { type: 'search', id: 'icon-search', autocomplete: 'off' });
  const grid = h('div', { class: 'icon-grid', role: 'group', 'aria-label': t('icons.choices') });
  const count = h('p', { class: 'icon-count', 'aria-live': 'polite' });
  const dialog = h('dialog', { class: 'icon-picker', 'aria-labelledby': 'icon-picker-title' },
    h('h2', { id: 'icon-picker-title' }, title || t('icons.pickTitle')),
    h('label', { for: 'icon-search' }, t('icons.search')), search, count, grid,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: () => finish(chosen) }, t('icons.done')),
      h('button', { type: 'button', onclick: () => finish(null) }, t('common.cancel'))));

  let result;
  const closed = new Promise((resolve) => { result = resolve; });
  function finish(value) { dialog.close(); dialog.remove(); result(value); }
  dialog.addEventListener('cancel', (event) => { event.preventDefault(); finish(null); });

  async function show() {
    const query = search.value.trim();
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (theme && !query) params.set('theme', theme);
    const { data } = await get(`/api/icons${params.size ? `?${params}` : ''}`);
    grid.replaceChildren(...data.map((entry) => {
      const button = h('button', {
        type: 'button', class: 'icon-choice', 'aria-pressed': String(chosen.includes(entry.concept)),
        title: entry.alt, dataset: { concept: entry.concept },
      }, icon(entry.concept, '', 56), h('span', {}, entry.label));
      button.addEventListener('click', () => {
        const at = chosen.indexOf(entry.concept);
        if (at >= 0) chosen.splice(at, 1);
        else if (multiple) chosen.push(entry.concept);
        else { chosen.splice(0, chosen.length, entry.concept); finish(chosen); return; }
        button.setAttribute('aria-pressed', String(at < 0));
      });
      return button;
    }));
    count.textContent = t('icons.found', { count: data.length });
  }
  let pending;
  search.addEventListener('input', () => { clearTimeout(pending); pending = setTimeout(show, 200); });
  document.body.append(dialog);
  dialog.showModal();
  await show();
  search.focus();
  return closed;
}
