// #/preparation/<cycleId>: the cycle's preparation meetings, and registering one (group or individual, date, who
// takes part). Each meeting opens its sheet "Her er mit liv".
import { h, announce, showError, pageHeading, formatDate } from '../ui.js';
import { t } from '../i18n.js';
import { get, post } from '../api.js';

export const texts = ['preparation'];
export const styles = ['sheet'];

const ROLES = ['CITIZEN', 'CONTACT_PERSON', 'PEER_GUIDE', 'CASEWORKER', 'RELATIVE', 'GUARDIAN', 'COMPANION',
  'REPRESENTATIVE', 'OTHER'];

export async function render(view, [cycleId]) {
  const [{ data: cycle }, { data: meetings }] = await Promise.all([
    get(`/api/cycles/${encodeURIComponent(cycleId)}`),
    get(`/api/preparation-meetings?cycleId=${encodeURIComponent(cycleId)}&limit=200`)]);
  const { data: citizen } = await get(`/api/citizens/${encodeURIComponent(cycle.citizenId)}`);

  view.append(
    h('p', {}, h('a', { href: `#/citizen/${encodeURIComponent(citizen.id)}` }, `← ${citizen.name}`)),
    pageHeading(t('preparation.title')),
    h('p', {}, t('preparation.intro', { number: cycle.number, stage: cycle.stageLabel })));

  if (cycle.carriedParkingLot?.length) {
    view.append(h('section', { class: 'card carried', 'aria-labelledby': 'carried-heading' },
      h('h2', { id: 'carried-heading' }, t('preparation.carriedParkingLot')),
      h('ul', {}, cycle.carriedParkingLot.map((thought) => h('li', {}, thought)))));
  }

  view.append(h('section', { 'aria-labelledby': 'meetings-heading' },
    h('h2', { id: 'meetings-heading' }, t('preparation.meetings')),
    meetings.items.length === 0 ? h('p', {}, t('preparation.none'))
      : h('ul', { class: 'meeting-list' }, meetings.items.map((meeting) => h('li', { class: 'card' },
        h('h3', {}, `${meeting.kindLabel}, ${formatDate(meeting.date)}`),
        meeting.participants.length ? h('p', {}, t('preparation.participantsList', {
          names: meeting.participants.map((p) => `${p.name} (${p.roleLabel})`).join(', ') })) : null,
        h('a', { class: 'button primary', href: `#/sheet/${encodeURIComponent(meeting.id)}` }, t('preparation.openSheet')))))));

  if (cycle.open && ['PREPARATION', 'PLAN_MEETING'].includes(cycle.stage)) view.append(registerForm(cycle));
}

function registerForm(cycle) {
  const participants = [{ name: '', role: 'CITIZEN' }];
  const rows = h('div', { class: 'participants' });
  const date = h('input', { type: 'date', id: 'meeting-date', required: true, value: new Date().toISOString().slice(0, 10), dataset: { field: 'date' } });
  const kind = (value, checked) => h('span', { class: 'choice' },
    h('input', { type: 'radio', name: 'kind', id: `kind-${value}`, value, checked }),
    h('label', { for: `kind-${value}` }, t(`preparation.kind_${value}`)));

  const drawRows = () => rows.replaceChildren(...participants.map((participant, i) => {
    const name = h('input', { type: 'text', id: `participant-${i}-name`, value: participant.name, dataset: { field: `participants[${i}].name` } });
    name.addEventListener('input', () => { participant.name = name.value; });
    const role = h('select', { id: `participant-${i}-role`, dataset: { field: `participants[${i}].role` } },
      ROLES.map((r) => h('option', { value: r, selected: r === participant.role }, t(`preparation.role_${r}`))));
    role.addEventListener('change', () => { participant.role = role.value; });
    return h('div', { class: 'participant-row' },
      h('div', {}, h('label', { for: name.id }, t('preparation.participantName', { number: i + 1 })), name),
      h('div', {}, h('label', { for: role.id }, t('preparation.participantRole', { number: i + 1 })), role),
      h('button', { type: 'button', class: 'remove', onclick: () => { participants.splice(i, 1); drawRows(); form.querySelector('.add-participant').focus(); } },
        t('preparation.removeParticipant', { number: i + 1 })));
  }));
  drawRows();

  const form = h('form', { class: 'card register-meeting', novalidate: true, 'aria-labelledby': 'register-heading' },
    h('h2', { id: 'register-heading' }, t('preparation.register')),
    h('fieldset', {}, h('legend', {}, t('preparation.kind')), kind('INDIVIDUAL', true), kind('GROUP', false)),
    h('label', { for: 'meeting-date' }, t('preparation.date')), date,
    h('h3', {}, t('preparation.participants')), rows,
    h('button', { type: 'button', class: 'add-participant', onclick: () => {
      participants.push({ name: '', role: 'CONTACT_PERSON' }); drawRows();
      rows.lastElementChild?.querySelector('input')?.focus();
    } }, t('preparation.addParticipant')),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('preparation.registerButton'))));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    form.querySelectorAll('.field-error').forEach((e) => e.remove());
    form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
    const body = {
      cycleId: cycle.id,
      kind: form.querySelector('input[name=kind]:checked').value,
      date: date.value || null,
      participants: participants.filter((p) => p.name.trim()).map((p) => ({ name: p.name.trim(), role: p.role })),
    };
    try {
      const { data } = await post('/api/preparation-meetings', body);
      announce(t('preparation.registered'));
      location.hash = `#/sheet/${data.id}`;
    } catch (error) {
      for (const e of error.errors ?? []) {
        const target = form.querySelector(`[data-field="${CSS.escape(e.field)}"]`);
        if (!target) continue;
        target.setAttribute('aria-invalid', 'true');
        target.after(h('p', { class: 'field-error' }, e.message));
      }
      showError(form, error);
    }
  });
  return form;
}
