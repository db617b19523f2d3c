// #/parking-lot/<planId>: the parking lot (parkeringspladsen): thoughts that fill for the citizen but are not goals.
// Saved on the plan (a PUT of the plan with only the parking lot changed); last year's is shown as it was carried.
import { h, announce, showError, chooseVersion, pageHeading } from '../ui.js';
import { t } from '../i18n.js';
import { get, put } from '../api.js';

export const texts = ['parkinglot'];
export const styles = ['staircase'];

export async function render(view, [planId]) {
  const path = `/api/plans/${encodeURIComponent(planId)}`;
  let { data: plan, etag } = await get(path);
  const [{ data: citizen }, { data: cycle }] = await Promise.all([
    get(`/api/citizens/${encodeURIComponent(plan.citizenId)}`), get(`/api/cycles/${encodeURIComponent(plan.cycleId)}`)]);
  document.body.dataset.look = citizen.look === 'NEUTRAL' ? 'neutral' : 'colourful';
  const feedback = h('div', { class: 'feedback' });
  const list = h('ul', { class: 'thoughts' });
  const input = h('textarea', { id: 'new-thought', rows: 2 });
  const form = h('form', { class: 'add-form no-print' }, h('label', { for: 'new-thought' }, t('parkinglot.newThought')), input,
    h('button', { type: 'submit', class: 'primary' }, t('parkinglot.park')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!input.value.trim()) { input.focus(); return; }
    const thought = input.value.trim();
    save((lot) => [...lot, thought], t('parkinglot.parked'), () => { input.value = ''; }, '#new-thought');
  });

  view.append(
    h('p', { class: 'no-print' }, h('a', { href: `#/plan/${encodeURIComponent(plan.id)}` }, `← ${t('parkinglot.backToPlan')}`)),
    pageHeading(t('parkinglot.title')), h('p', {}, t('parkinglot.intro')),
    plan.approvals.length ? h('p', { class: 'help' }, t('parkinglot.newRevision')) : null,
    feedback, list, form);
  if (cycle.carriedParkingLot?.length) {
    view.append(h('section', { class: 'card carried', 'aria-labelledby': 'carried-heading' },
      h('h2', { id: 'carried-heading' }, t('parkinglot.carried')),
      h('ul', {}, cycle.carriedParkingLot.map((thought) => h('li', {}, thought)))));
  }
  draw();

  function draw(focus) {
    list.replaceChildren(...(plan.parkingLot.length === 0 ? [h('li', { class: 'empty' }, t('parkinglot.empty'))]
      : plan.parkingLot.map((thought, i) => h('li', { class: 'thought' }, h('p', {}, thought),
        h('button', { type: 'button', class: 'danger remove no-print', onclick: () =>
          save((lot) => lot.filter((_, j) => j !== i), t('parkinglot.removed'), null, '#new-thought') },
        t('parkinglot.remove', { thought }))))));
    if (focus) view.querySelector(focus)?.focus();
  }

  async function save(changeLot, message, after, focus) {
    feedback.replaceChildren();
    try {
      ({ data: plan, etag } = await put(path, draftOf(plan, changeLot(plan.parkingLot)), etag));
      after?.();
      draw(focus);
      announce(message);
    } catch (error) {
      if (error.status === 412) {
        const now = await get(path);
        const mine = changeLot(plan.parkingLot);
        const choice = await chooseVersion({ mine: mine.join('\n'), theirs: now.data.parkingLot.join('\n') });
        ({ data: plan, etag } = now);
        if (choice === 'mine') {
          try { ({ data: plan, etag } = await put(path, draftOf(plan, changeLot(plan.parkingLot)), etag)); after?.(); announce(message); } catch (again) { showError(feedback, again); }
        }
        draw(focus);
        return;
      }
      showError(feedback, error);
    }
  }
}

/** The plan as a draft again, everything as it is but the parking lot. */
function draftOf(plan, parkingLot) {
  const ref = (theme) => (theme ? { system: theme.system, version: theme.version, code: theme.code } : null);
  const score = (s) => (s ? { scale: s.scale, value: s.value } : null);
  const entries = (list) => (list ?? []).map((e) => ({ text: e.text ?? null, icons: e.icons ?? [] }));
  return {
    purpose: plan.purpose,
    goals: plan.goals.map((g) => ({ id: g.id, text: g.text, smart: g.smart, delimitation: g.delimitation,
      primaryTheme: ref(g.primaryTheme), secondaryTheme: ref(g.secondaryTheme), icons: g.icons, type: g.type,
      currentScore: score(g.currentScore), expectedScore: score(g.expectedScore), citizenScore: score(g.citizenScore),
      disagreementNote: g.disagreementNote, offerIds: g.offerIds })),
    resourceField: entries(plan.resourceField),
    themeFields: plan.themeFields.map((f) => ({ theme: ref(f.theme), entries: entries(f.entries) })),
    employmentField: entries(plan.employmentField),
    notes: plan.notes,
    parkingLot,
    actionPlan: plan.actionPlan,
    meeting: plan.meeting ? { date: plan.meeting.date, participants: plan.meeting.participants.map((p) => ({ name: p.name, role: p.role })) } : null,
  };
}
