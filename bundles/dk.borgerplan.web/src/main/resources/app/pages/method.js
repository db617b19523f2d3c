// #/method/<cycleId>: what the active methods bring to this cycle — their sheets (in words and pictograms, or in
// pictograms only), picture-card decks, and the parts they add to the plan (a table per section, with the method's
// figures). Nothing here knows a municipality: it draws what /api/methods says. The rules are the plan model's and
// the method's; a refusal names the entry and field, and the field is marked.
import { h, icon, announce, showError, chooseVersion, pageHeading } from '../ui.js';
import { t, language } from '../i18n.js';
import { get, put } from '../api.js';

export const texts = ['method'];
export const styles = ['method'];

export async function render(view, [cycleId]) {
  const { data: cycle } = await get(`/api/cycles/${encodeURIComponent(cycleId)}`);
  const [{ data: citizen }, { data: methods }, { data: plans }] = await Promise.all([
    get(`/api/citizens/${encodeURIComponent(cycle.citizenId)}`), get('/api/methods'),
    get(`/api/citizens/${encodeURIComponent(cycle.citizenId)}/plans?limit=50`)]);
  document.body.dataset.look = citizen.look === 'NEUTRAL' ? 'neutral' : 'colourful';
  const plan = plans.items.find((p) => p.cycleId === cycle.id);
  const goals = plan ? plan.goals : [];

  view.append(
    h('p', { class: 'no-print' }, h('a', { href: `#/citizen/${encodeURIComponent(citizen.id)}` }, `← ${citizen.name}`)),
    pageHeading(t('method.title')), h('p', {}, t('method.intro')));
  if (!methods.length) view.append(h('p', { class: 'help' }, t('method.none')));
  for (const method of methods) {
    const part = h('section', { class: 'method card', 'aria-labelledby': `method-${method.id}` },
      h('h2', { id: `method-${method.id}` }, method.name), h('p', { class: 'help' }, method.description));
    view.append(part);
    for (const sheet of method.sheets) {
      part.append(await sheetView(cycle, method, sheet));
    }
    for (const deck of method.cardDecks) part.append(deckView(deck));
    for (const section of method.sections) {
      part.append(await sectionView(cycle, method, section, goals));
    }
  }
}

function sectionPath(cycle, method, sectionId) {
  return `/api/cycles/${encodeURIComponent(cycle.id)}/sections/${encodeURIComponent(method.id)}/${encodeURIComponent(sectionId)}`;
}

/** A sheet: each prompt with its pictogram and an answer box; saved as the sheet's own section. */
async function sheetView(cycle, method, sheet) {
  const path = sectionPath(cycle, method, sheet.answersSection);
  let { data: saved, etag } = await get(path);
  const answers = saved.entries[0] ?? {};
  const id = `sheet-${method.id}-${sheet.id}`;
  const box = h('section', { class: 'method-sheet', 'aria-labelledby': id });
  const feedback = h('div', { class: 'feedback' });
  const inputs = new Map();
  const list = h('ol', { class: 'prompts' }, sheet.prompts.map((prompt) => {
    const input = h('textarea', { id: `${id}-${prompt.id}`, rows: 2, dataset: { field: `entries[0].${prompt.id}` } });
    input.value = answers[prompt.id] ?? '';
    inputs.set(prompt.id, input);
    return h('li', { class: 'prompt' },
      prompt.icon ? icon(prompt.icon, prompt.text, 64) : null,
      h('label', { for: input.id, class: 'prompt-text' }, prompt.text), input);
  }));
  const toggle = sheet.pictograms ? h('button', { type: 'button', 'aria-pressed': 'false', class: 'no-print', onclick: () => {
    const on = toggle.getAttribute('aria-pressed') !== 'true';
    toggle.setAttribute('aria-pressed', String(on));
    box.classList.toggle('pictograms-only', on);
  } }, t('method.pictogramsOnly')) : null;
  const form = h('form', { novalidate: true }, list, h('button', { type: 'submit', class: 'primary no-print' }, t('method.saveAnswers')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const entry = Object.fromEntries([...inputs].map(([prompt, input]) => [prompt, input.value]));
    ({ saved, etag } = await save(path, [entry], etag, feedback, box, saved) ?? { saved, etag });
  });
  // Element.append would write a null as the text "null": leave the missing parts out.
  box.append(...[h('h3', { id }, sheet.title), sheet.group ? h('p', { class: 'group' }, sheet.group) : null,
    h('p', { class: 'help' }, sheet.about), toggle, feedback, form].filter(Boolean));
  return box;
}

function deckView(deck) {
  return h('section', { class: 'card-deck', 'aria-label': deck.title }, h('h3', {}, deck.title), h('p', { class: 'help' }, deck.about),
    h('ul', { class: 'cards' }, deck.cards.map((card) => h('li', { class: 'picture-card' },
      card.icon ? icon(card.icon, '', 72) : h('span', { class: 'no-icon', 'aria-hidden': 'true' }, card.caption.slice(0, 1)),
      h('span', { class: 'caption' }, card.caption)))));
}

/** A section as a table: one row per entry, one input per field, by its kind; the method's figures below. */
async function sectionView(cycle, method, section, goals) {
  const path = sectionPath(cycle, method, section.id);
  let { data: saved, etag } = await get(path);
  let rows = saved.entries.map((entry) => ({ ...entry }));
  const id = `section-${method.id}-${section.id}`;
  const box = h('section', { class: 'method-section', 'aria-labelledby': id });
  const feedback = h('div', { class: 'feedback' });
  const body = h('tbody');
  const figures = h('dl', { class: 'figures' });
  const add = h('button', { type: 'button', class: 'no-print', onclick: () => { rows.push({}); draw(); body.lastElementChild?.querySelector('input, select, textarea')?.focus(); } },
    t('method.addEntry'));
  const form = h('form', { novalidate: true }, h('div', { class: 'table-wrap' }, h('table', {},
    h('thead', {}, h('tr', {}, section.fields.map((f) => h('th', { scope: 'col' }, f.label, f.required ? h('span', { class: 'required' }, ` (${t('method.required')})`) : null)),
      h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('method.actions'))))), body)),
  h('div', { class: 'actions no-print' }, add, h('button', { type: 'submit', class: 'primary' }, t('method.save'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const result = await save(path, rows, etag, feedback, box, saved);
    if (result) { ({ saved, etag } = result); rows = saved.entries.map((entry) => ({ ...entry })); draw(); }
  });
  box.append(h('h3', { id }, section.title), h('p', { class: 'help' }, section.about), feedback, form, figures);
  draw();
  return box;

  function draw() {
    const full = section.maxEntries > 0 && rows.length >= section.maxEntries;
    add.disabled = full;
    body.replaceChildren(...(rows.length === 0
      ? [h('tr', {}, h('td', { colspan: section.fields.length + 1, class: 'empty' }, t('method.noEntries')))]
      : rows.map((row, i) => h('tr', {}, section.fields.map((field) => h('td', {}, input(field, row, i))),
        h('td', {}, h('button', { type: 'button', class: 'danger no-print', onclick: () => { rows.splice(i, 1); draw(); } },
          t('method.removeEntry', { n: i + 1 })))))));
    figures.replaceChildren(...saved.summary.flatMap((line) => [
      h('dt', {}, line.goal ? `${line.label}: ${goals.find((g) => g.id === line.goal)?.text ?? t('method.unknownGoal')}` : line.label),
      h('dd', {}, line.kind === 'AMOUNT' ? money(line.value) : line.value)]));
  }

  function input(field, row, i) {
    const props = { 'aria-label': `${field.label} (${i + 1})`, dataset: { field: `entries[${i}].${field.id}` }, 'aria-required': field.required ? 'true' : undefined };
    const set = (value) => { row[field.id] = value; };
    let element;
    switch (field.kind) {
      case 'DATE': element = h('input', { ...props, type: 'date' }); break;
      case 'AMOUNT': element = h('input', { ...props, type: 'text', inputmode: 'decimal', pattern: '[0-9]+([.,][0-9]{1,2})?' }); break;
      case 'NUMBER': element = h('input', { ...props, type: 'number', min: 0, step: 1 }); break;
      case 'WORDS_AS_SAID': element = h('textarea', { ...props, rows: 2, class: 'words-as-said' }); break;
      case 'YES_NO':
        element = h('input', { ...props, type: 'checkbox' });
        element.checked = row[field.id] === 'true';
        element.addEventListener('change', () => set(element.checked ? 'true' : 'false'));
        return element;
      case 'CHOICE': case 'GOAL': {
        const options = field.kind === 'GOAL' ? goals.map((g) => ({ id: g.id, label: g.text })) : field.choices;
        element = h('select', props, h('option', { value: '' }, t('method.choose')), options.map((o) => h('option', { value: o.id }, o.label)));
        break;
      }
      default: element = h('input', { ...props, type: 'text' });
    }
    // Amounts are stored as 1250.50 and written as Danish writes them, 1250,50.
    element.value = field.kind === 'AMOUNT' && language() === 'da' ? (row[field.id] ?? '').replace('.', ',') : (row[field.id] ?? '');
    element.addEventListener('input', () => set(field.kind === 'AMOUNT' ? element.value.replace(',', '.') : element.value));
    element.addEventListener('change', () => set(field.kind === 'AMOUNT' ? element.value.replace(',', '.') : element.value));
    return element;
  }
}

function money(value) {
  return new Intl.NumberFormat(language() === 'da' ? 'da-DK' : 'en-GB', { style: 'currency', currency: 'DKK' })
    .format(Number(value));
}

/**
 * Saves the entries; marks the fields a refusal names. On a conflict the user chooses between what they wrote and
 * what is saved now. Returns the new { saved, etag }, or null when nothing was saved.
 */
async function save(path, entries, etag, feedback, box, before) {
  feedback.replaceChildren();
  box.querySelectorAll('[aria-invalid]').forEach((element) => {
    element.removeAttribute('aria-invalid');
    element.removeAttribute('aria-describedby');
  });
  box.querySelectorAll('.field-error').forEach((element) => element.remove());
  try {
    const { data, etag: next } = await put(path, { entries }, etag);
    announce(t('method.saved'));
    return { saved: data, etag: next };
  } catch (error) {
    if (error.status === 412) {
      const now = await get(path);
      const choice = await chooseVersion({ mine: lines(entries), theirs: lines(now.data.entries) });
      if (choice === 'mine') return save(path, entries, now.etag, feedback, box, now.data);
      announce(t('method.tookTheirs'));
      return { saved: now.data, etag: now.etag };
    }
    showError(feedback, error);
    (error.errors ?? []).forEach((problem, n) => {
      const field = box.querySelector(`[data-field="${CSS.escape(problem.field)}"]`);
      if (!field) return;
      const id = `${box.getAttribute('aria-labelledby')}-error-${n}`;
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', id);
      field.after(h('p', { class: 'field-error', id }, problem.message));
    });
    return null;
  }
}

function lines(entries) {
  return entries.map((entry) => Object.values(entry).filter(Boolean).join(' · ')).join('\n');
}
