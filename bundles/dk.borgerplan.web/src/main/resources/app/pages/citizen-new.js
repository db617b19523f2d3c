// New citizen: name, CPR number (optional, checked by the API), target groups, municipalities, look, opt-out.
// On success the overview opens; a refusal shows the API's message next to each field it names, and keeps the input.
import { h, pageHeading, showError, announce } from '../ui.js';
import { t } from '../i18n.js';
import { post } from '../api.js';

export const texts = ['citizen'];
export const styles = ['citizen'];

const TARGET_GROUPS = ['AUTISM', 'ACQUIRED_BRAIN_INJURY', 'INTELLECTUAL_DISABILITY'];
const LOOKS = ['COLOURFUL', 'NEUTRAL'];

/** A labelled text input with a place for its field message; `field` is the API's field name. */
export function textField(id, field, label, { help, required, inputmode, autocomplete, value } = {}) {
  const error = h('p', { id: `${id}-error`, class: 'field-error', hidden: true });
  const describedBy = [help ? `${id}-help` : null, `${id}-error`].filter(Boolean).join(' ');
  const input = h('input', { id, name: field, type: 'text', required, inputmode, autocomplete: autocomplete ?? 'off',
    value: value ?? '', 'aria-describedby': describedBy });
  const wrapper = h('div', { class: 'field', dataset: { field } },
    h('label', { for: id }, label), help ? h('p', { id: `${id}-help`, class: 'help' }, help) : null, input, error);
  return { wrapper, input, error };
}

/** Shows the API's message for each field next to it (and marks the input invalid); clears the others. */
export function showFieldErrors(form, error) {
  form.querySelectorAll('.field-error').forEach((p) => { p.hidden = true; p.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
  let first = null;
  form.querySelectorAll('[data-field]').forEach((wrapper) => {
    const message = error?.fieldMessage?.(wrapper.dataset.field);
    if (!message) return;
    const p = wrapper.querySelector(':scope > .field-error');
    p.textContent = message;
    p.hidden = false;
    const input = wrapper.querySelector('input, select, textarea');
    input?.setAttribute('aria-invalid', 'true');
    first ??= input;
  });
  return first;
}

export async function render(view) {
  const name = textField('new-name', 'name', t('citizen.name'), { required: true });
  const cpr = textField('new-cpr', 'cprNumber', t('citizen.cpr'), { help: t('citizen.cprHelp'), inputmode: 'numeric' });
  const acting = textField('new-acting', 'actingMunicipality', t('citizen.actingMunicipality'),
    { help: t('citizen.municipalityHelp'), inputmode: 'numeric' });
  const paying = textField('new-paying', 'payingMunicipality', t('citizen.payingMunicipality'),
    { help: t('citizen.municipalityHelp'), inputmode: 'numeric' });
  const groups = h('fieldset', { class: 'field choices', dataset: { field: 'targetGroups' } },
    h('legend', {}, t('citizen.targetGroups')),
    TARGET_GROUPS.map((group) => h('label', { class: 'choice' },
      h('input', { type: 'checkbox', name: 'targetGroups', value: group }), t(`citizen.targetGroup_${group}`))),
    h('p', { class: 'field-error', hidden: true }));
  const look = h('fieldset', { class: 'field choices', dataset: { field: 'look' } },
    h('legend', {}, t('citizen.look')),
    LOOKS.map((value, i) => h('label', { class: 'choice' },
      h('input', { type: 'radio', name: 'look', value, checked: i === 0 }), t(`citizen.look_${value}`))),
    h('p', { class: 'field-error', hidden: true }));
  const optOut = h('label', { class: 'choice' }, h('input', { type: 'checkbox', name: 'visualPlanOptOut', id: 'new-opt-out' }),
    t('citizen.optOut'));

  const submit = h('button', { type: 'submit', class: 'primary' }, t('citizen.create'));
  const form = h('form', { class: 'citizen-form card', novalidate: true }, name.wrapper, cpr.wrapper, groups,
    h('div', { class: 'two' }, acting.wrapper, paying.wrapper), look,
    h('div', { class: 'field' }, optOut),
    h('div', { class: 'actions' }, submit, h('a', { href: '#/', class: 'button' }, t('citizen.backToList'))));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const blank = (value) => (value.trim() === '' ? undefined : value.trim());
    const body = {
      name: name.input.value,
      cprNumber: blank(cpr.input.value),
      targetGroups: [...form.querySelectorAll('input[name="targetGroups"]:checked')].map((box) => box.value),
      actingMunicipality: blank(acting.input.value),
      payingMunicipality: blank(paying.input.value),
      look: form.querySelector('input[name="look"]:checked')?.value,
      visualPlanOptOut: form.querySelector('#new-opt-out').checked,
    };
    submit.disabled = true;
    try {
      const { data } = await post('/api/citizens', body);
      announce(t('citizen.created'));
      location.hash = `#/citizen/${data.id}`;
    } catch (error) {
      const first = showFieldErrors(form, error);
      showError(form, error);
      first?.focus();
    } finally {
      submit.disabled = false;
    }
  });

  view.append(pageHeading(t('citizen.newTitle')), h('p', { class: 'intro' }, t('citizen.newIntro')), form);
}
