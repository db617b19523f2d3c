// #/staircase/<goalId>: the goal staircase (måltrappen): the goal at the bottom, the overall goal or dream at the
// top, the sub-goals as steps between, each with its status in words and a mark; add, complete, replace and reorder
// (move up/down buttons), and what happened when.
import { h, announce, showError, chooseVersion, pageHeading, formatDate } from '../ui.js';
import { t } from '../i18n.js';
import { get, post, put } from '../api.js';

export const texts = ['staircase'];
export const styles = ['staircase'];

const MARKS = { ACTIVE: '●', COMPLETED: '✓', REPLACED: '↺' };

export async function render(view, [goalId]) {
  const path = `/api/goals/${encodeURIComponent(goalId)}/subgoals`;
  const { data: { goal, citizenId } } = await get(`/api/goals/${encodeURIComponent(goalId)}`);
  const { data: citizen } = await get(`/api/citizens/${encodeURIComponent(citizenId)}`);
  document.body.dataset.look = citizen.look === 'NEUTRAL' ? 'neutral' : 'colourful';
  let { data: staircase, etag } = await get(path);

  const feedback = h('div', { class: 'feedback' });
  const stairs = h('div', { class: 'stairs-area' });
  const history = h('div', { class: 'history-area' });
  const overallInput = h('input', { type: 'text', id: 'overall-goal' });
  const overallForm = h('form', { class: 'overall-form no-print' },
    h('label', { for: 'overall-goal' }, t('staircase.overallLabel')), overallInput,
    h('button', { type: 'submit' }, t('staircase.saveOverall')));
  overallForm.addEventListener('submit', (event) => {
    event.preventDefault();
    change(() => put(`${path}/overall-goal`, { text: overallInput.value }, etag), t('staircase.overallSaved'), '#overall-goal',
      overallInput.value);
  });
  const newStep = h('input', { type: 'text', id: 'new-step' });
  const addForm = h('form', { class: 'add-form no-print' },
    h('label', { for: 'new-step' }, t('staircase.newStep')), newStep,
    h('button', { type: 'submit', class: 'primary' }, t('staircase.add')));
  addForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!newStep.value.trim()) { newStep.focus(); return; }
    change(() => post(path, { text: newStep.value.trim() }, etag), t('staircase.added'), '#new-step', newStep.value, () => { newStep.value = ''; });
  });

  view.append(
    h('p', { class: 'no-print' }, h('a', { href: `#/citizen/${encodeURIComponent(citizen.id)}` }, `← ${citizen.name}`)),
    pageHeading(t('staircase.title')),
    h('p', {}, t('staircase.intro')),
    feedback, overallForm, stairs, addForm,
    h('section', { 'aria-labelledby': 'history-heading' }, h('h2', { id: 'history-heading' }, t('staircase.history')), history));
  draw();

  function draw(focus) {
    overallInput.value = staircase.overallGoal ?? '';
    const active = staircase.steps.filter((s) => s.status === 'ACTIVE');
    // Top of the staircase first: the dream, then the steps from the last to the first, then the goal itself.
    const steps = [...staircase.steps].reverse();
    stairs.replaceChildren(h('ol', { class: 'staircase', 'aria-label': t('staircase.stairs') },
      h('li', { class: 'top' }, h('span', { class: 'what' }, t('staircase.overall')),
        h('p', { class: 'text' }, staircase.overallGoal || t('staircase.noOverall'))),
      steps.map((step) => stepItem(step, active)),
      h('li', { class: 'bottom' }, h('span', { class: 'what' }, t('staircase.goal')), h('p', { class: 'text' }, goal.text))));
    history.replaceChildren(staircase.history.length === 0 ? h('p', {}, t('staircase.noHistory'))
      : h('ul', { class: 'history' }, [...staircase.history].reverse().map((event) => {
        const step = staircase.steps.find((s) => s.id === event.subGoalId);
        return h('li', {}, `${formatDate(event.stamp.at)}: ${event.kindLabel}${step ? ` – "${step.text}"` : ''} (${event.stamp.by})`);
      })));
    if (focus) view.querySelector(focus)?.focus();
  }

  function stepItem(step, active) {
    const index = active.findIndex((s) => s.id === step.id);
    const isActive = step.status === 'ACTIVE';
    const id = encodeURIComponent(step.id);
    const replacedBy = step.replacedBy ? staircase.steps.find((s) => s.id === step.replacedBy) : null;
    const item = h('li', { class: `step ${step.status.toLowerCase()}`, dataset: { step: step.id } },
      h('span', { class: 'what' }, h('span', { class: 'mark', 'aria-hidden': 'true' }, MARKS[step.status] ?? ''),
        t('staircase.stepNumber', { number: step.step }), ' – ', h('span', { class: 'status' }, step.statusLabel)),
      h('p', { class: 'text' }, step.text),
      replacedBy ? h('p', { class: 'help' }, t('staircase.replacedBy', { text: replacedBy.text })) : null,
      isActive ? h('div', { class: 'actions no-print' },
        h('button', { type: 'button', class: 'complete', onclick: () => change(() => post(`${path}/${id}/completion`, undefined, etag),
          t('staircase.completed', { text: step.text }), '#new-step') }, t('staircase.complete', { text: step.text })),
        h('button', { type: 'button', class: 'replace', onclick: () => replaceForm(step, item) }, t('staircase.replace', { text: step.text })),
        h('button', { type: 'button', class: 'up', disabled: index === active.length - 1,
          onclick: () => move(active, index, index + 1) }, t('staircase.up', { text: step.text })),
        h('button', { type: 'button', class: 'down', disabled: index === 0,
          onclick: () => move(active, index, index - 1) }, t('staircase.down', { text: step.text }))) : null);
    return item;
  }

  function move(active, from, to) {
    const ids = active.map((s) => s.id);
    const [moved] = ids.splice(from, 1);
    ids.splice(to, 0, moved);
    const direction = to > from ? 'up' : 'down';
    change(() => put(`${path}/order`, { order: ids }, etag), t('staircase.moved'),
      `[data-step="${CSS.escape(moved)}"] .${direction}:not([disabled])`);
  }

  function replaceForm(step, item) {
    const id = `replace-${step.id}`;
    const input = h('input', { type: 'text', id });
    const form = h('form', { class: 'replace-form' }, h('label', { for: id }, t('staircase.replaceLabel', { text: step.text })), input,
      h('button', { type: 'submit', class: 'primary' }, t('staircase.replaceSave')),
      h('button', { type: 'button', onclick: () => draw(`[data-step="${CSS.escape(step.id)}"] .replace`) }, t('staircase.cancel')));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!input.value.trim()) { input.focus(); return; }
      change(() => post(`${path}/${encodeURIComponent(step.id)}/replacement`, { text: input.value.trim() }, etag),
        t('staircase.replaced'), '#new-step', input.value);
    });
    item.append(form);
    input.focus();
  }

  /** One change with If-Match; the staircase as it is now on success; a 412 shows both and lets the user choose. */
  async function change(call, message, focus, typed, after) {
    feedback.replaceChildren();
    try {
      ({ data: staircase, etag } = await call());
      after?.();
      draw(focus);
      announce(message);
    } catch (error) {
      if (error.status === 412) {
        const now = await get(path);
        const choice = await chooseVersion({ mine: typed ?? message, theirs: summary(now.data) });
        staircase = now.data;
        etag = now.etag;
        draw();
        if (choice === 'mine') await change(call, message, focus, typed, after);
        return;
      }
      showError(feedback, error);
    }
  }

  function summary(s) {
    return [`${t('staircase.overall')}: ${s.overallGoal ?? ''}`,
      ...s.steps.map((step) => `${step.step}. ${step.text} (${step.statusLabel})`)].join('\n');
  }
}
