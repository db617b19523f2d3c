// #/year-wheel: the year wheel (årshjul) across the user's citizens, for caseworkers and offer managers: what needs
// attention, grouped by kind, each item linking to where it is done (the citizen, the plan, the staircase, the area's
// group meetings). Also the citizen page's section "Møder i årshjulet": the plan meeting and individual preparation
// meetings scheduled ahead (announce the date, change, cancel, calendar file) and the group meetings signed up for.
import { h, pageHeading, announce, showError, formatDate } from '../ui.js';
import { t } from '../i18n.js';
import { get, post, put, del, all, currentSession } from '../api.js';
import { showFieldErrors } from './citizen-new.js';
import { PLANNERS, AREAS, nowInDenmark, formatDateTime, placesText, calendarLink, confirmCancel, editButton, field,
  startField, numberOf, saveChoosing } from './group-meetings.js';

export const texts = ['yearwheel'];
export const styles = ['yearwheel'];

/** The kinds in the order of the cycle: plan the meeting, announce it, prepare, approve, sub-goals; then the rest. */
const KINDS = ['PLAN_MEETING_NOT_SCHEDULED', 'NOT_ANNOUNCED', 'PREPARATION_MISSING', 'PLAN_NOT_APPROVED',
  'SUB_GOAL_MISSING', 'THREE_MONTH_FOLLOW_UP', 'FEW_GROUP_MEETINGS'];

export async function render(view) {
  const items = await all('/api/year-wheel');
  view.classList.add('year-wheel-page');
  view.append(
    pageHeading(t('yearwheel.title')),
    h('p', { class: 'intro' }, t('yearwheel.intro')),
    h('nav', { class: 'card wheel-links', 'aria-labelledby': 'planning-heading' },
      h('h2', { id: 'planning-heading' }, t('yearwheel.planningHeading')),
      h('ul', {},
        h('li', {}, h('a', { href: '#/october-planning' }, t('yearwheel.octoberLink'))),
        h('li', {}, h('a', { href: '#/group-meetings' }, t('yearwheel.groupLink'))))));
  const attention = h('section', { class: 'attention', 'aria-labelledby': 'attention-heading' },
    h('h2', { id: 'attention-heading' }, t('yearwheel.attentionHeading')));
  view.append(attention);
  if (items.length === 0) {
    attention.append(h('p', { class: 'nothing-due' }, h('span', { 'aria-hidden': 'true' }, '✓ '), t('yearwheel.empty')));
    return;
  }
  attention.append(h('p', { class: 'wheel-summary' }, items.length === 1 ? t('yearwheel.summaryOne')
    : t('yearwheel.summary', { count: items.length })));
  const kinds = [...KINDS, ...new Set(items.map((item) => item.kind).filter((kind) => !KINDS.includes(kind)))];
  for (const kind of kinds) {
    const group = items.filter((item) => item.kind === kind)
      .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999')
        || (a.citizenName ?? '').localeCompare(b.citizenName ?? '', 'da'));
    if (group.length === 0) continue;
    const headingId = `kind-${kind}`;
    const known = KINDS.includes(kind);
    attention.append(h('section', { class: 'card wheel-kind', 'aria-labelledby': headingId, dataset: { kind } },
      h('h3', { id: headingId }, t('yearwheel.groupHeading', {
        label: known ? t(`yearwheel.kind_${kind}`) : group[0].label, count: group.length })),
      known ? h('p', { class: 'help' }, t(`yearwheel.help_${kind}`)) : null,
      h('ul', { class: 'wheel-items' }, group.map(itemLine))));
  }
}

/** Where an item is done: the staircase of a goal, the plan to approve, the area's group meetings, or the citizen. */
function target(item) {
  if (item.kind === 'SUB_GOAL_MISSING' && item.goalId) return `#/staircase/${encodeURIComponent(item.goalId)}`;
  if (item.kind === 'PLAN_NOT_APPROVED' && item.planId) return `#/plan/${encodeURIComponent(item.planId)}`;
  if (item.kind === 'FEW_GROUP_MEETINGS' && item.area) return `#/group-meetings/${item.area}/${item.year ?? ''}`;
  if (item.citizenId) return `#/citizen/${encodeURIComponent(item.citizenId)}`;
  if (item.planId) return `#/plan/${encodeURIComponent(item.planId)}`;
  return '#/group-meetings';
}

function itemLine(item) {
  const name = item.citizenId ? item.citizenName ?? t('yearwheel.unknownCitizen')
    : t('yearwheel.areaYear', { area: item.areaLabel ?? '', year: item.year ?? '' });
  return h('li', { class: 'wheel-item' },
    item.date ? h('time', { class: 'item-date', datetime: item.date }, formatDate(item.date)) : null,
    h('a', { href: target(item) }, name),
    h('span', { class: 'item-label' }, item.label));
}

// ---- The citizen page's section ------------------------------------------------------------------------------------

/**
 * "Møder i årshjulet" for the citizen page (caseworkers and offer managers): an empty fragment for anyone else, and
 * where the API refuses the user this citizen's meetings.
 */
export async function citizenMeetingsSection(citizen, cycle) {
  const role = (await currentSession())?.account?.role;
  if (!PLANNERS.includes(role)) return document.createDocumentFragment();
  const id = encodeURIComponent(citizen.id);
  const section = h('section', { class: 'wheel-meetings card', 'aria-labelledby': 'wheel-meetings-heading' });

  async function draw(focus) {
    let meetings;
    let joined;
    try {
      [meetings, joined] = await Promise.all([all(`/api/citizens/${id}/meetings`),
        all(`/api/citizens/${id}/group-meetings`)]);
    } catch (error) {
      if (error.status === 404) return false;
      throw error;
    }
    const open = await openGroupMeetings(joined);
    meetings.sort((a, b) => a.start.localeCompare(b.start));
    section.replaceChildren(
      h('h2', { id: 'wheel-meetings-heading', tabindex: '-1' }, t('yearwheel.meetingsHeading')),
      h('p', { class: 'help' }, t('yearwheel.meetingsIntro')),
      h('h3', { id: 'scheduled-heading', tabindex: '-1' }, t('yearwheel.scheduledHeading')),
      meetings.length ? h('ul', { class: 'meeting-list' }, meetings.map(meetingItem)) : h('p', {}, t('yearwheel.noMeetings')),
      meetingForm({ kind: 'PLAN_MEETING', start: null, durationMinutes: 90, place: '', participants: null }),
      h('h3', { id: 'joined-heading', tabindex: '-1' }, t('yearwheel.signedUpHeading')),
      joined.length ? h('ul', { class: 'meeting-list' }, joined.map(joinedItem)) : h('p', {}, t('yearwheel.notSignedUp')),
      ...signUpForms(open));
    if (focus) section.querySelector(focus)?.focus();
    return true;
  }

  /** The coming group meetings of the citizen's areas, this year and next, not cancelled and not joined already. */
  async function openGroupMeetings(joined) {
    const year = Number(nowInDenmark().slice(0, 4));
    const now = nowInDenmark();
    const areas = AREAS.filter((area) => citizen.targetGroups.includes(area));
    const lists = await Promise.all(areas.flatMap((area) => [year, year + 1].map((y) =>
      all(`/api/group-meetings?area=${area}&year=${y}`))));
    const taken = new Set(joined.map((m) => m.id));
    const meetings = [...new Map(lists.flat().map((m) => [m.id, m])).values()]
      .filter((m) => !m.cancelled && m.start > now && !taken.has(m.id));
    return areas.map((area) => ({ area, meetings: meetings.filter((m) => m.area === area)
      .sort((a, b) => a.start.localeCompare(b.start)) }));
  }

  /** Runs a change of a meeting, then draws the section again; a 412 draws it as it is now. */
  async function act(change, done, focus, errorPlace) {
    try {
      await change();
      announce(done);
      await draw(focus);
    } catch (error) {
      if (error.status === 412) {
        announce(t('yearwheel.changedMeanwhile'));
        await draw(focus);
      } else {
        showError(errorPlace ?? section, error);
      }
    }
  }

  function meetingItem(meeting) {
    const path = `/api/citizens/${id}/meetings/${encodeURIComponent(meeting.id)}`;
    const titleId = `meeting-${meeting.id}-title`;
    const etag = `"${meeting.version}"`;
    const item = h('li', { class: `wheel-meeting${meeting.cancelled ? ' cancelled' : ''}`, dataset: { meetingId: meeting.id } });
    const state = meeting.cancelled ? t('yearwheel.cancelled')
      : meeting.announced ? t('yearwheel.announcedOn', { date: formatDate(meeting.announcedAt) })
        : t('yearwheel.notAnnounced');
    const actions = h('div', { class: 'actions' });
    if (!meeting.cancelled && !meeting.announced) {
      actions.append(h('button', { type: 'button', class: 'primary announce', 'aria-describedby': titleId,
        onclick: () => act(() => post(`${path}/announcement`, undefined, etag), t('yearwheel.announcedDone'),
          '#scheduled-heading', item) }, t('yearwheel.announce')));
    }
    if (!meeting.cancelled) {
      const edit = editButton(item, titleId, (close) => meetingForm(meeting, close));
      const cancel = h('button', { type: 'button', class: 'danger cancel-meeting', 'aria-describedby': titleId },
        t('yearwheel.cancel'));
      cancel.addEventListener('click', async () => {
        if (!(await confirmCancel(cancel))) return;
        await act(() => post(`${path}/cancellation`, undefined, etag), t('yearwheel.cancelledDone'),
          '#scheduled-heading', item);
      });
      actions.append(edit, cancel);
    }
    actions.append(calendarLink(`${path}/invitation`, titleId));
    item.append(
      h('h4', { id: titleId }, `${meeting.kindLabel}: `, h('time', { datetime: meeting.start }, formatDateTime(meeting.start))),
      h('ul', { class: 'facts' },
        h('li', { class: `state${meeting.cancelled ? ' cancelled-state' : meeting.announced ? ' announced' : ' not-announced'}` },
          state),
        h('li', {}, [t('yearwheel.minutes', { minutes: meeting.durationMinutes }), meeting.place].filter(Boolean).join(', ')),
        meeting.participants.length ? h('li', {}, t('yearwheel.participants', {
          names: meeting.participants.map((p) => `${p.name} (${p.roleLabel})`).join(', ') })) : null),
      actions);
    return item;
  }

  /** The people who are asked to come: the citizen and the contact persons of the citizen's offers. */
  function candidates(meeting) {
    const people = [{ name: citizen.name, role: 'CITIZEN' },
      ...citizen.offers.filter((o) => o.contactPerson).map((o) => ({ name: o.contactPerson, role: 'CONTACT_PERSON' }))];
    const chosen = meeting.participants ?? people;
    const everyone = [...chosen, ...people.filter((p) => !chosen.some((c) => c.name === p.name && c.role === p.role))];
    return everyone.map((p) => ({ ...p, checked: chosen.includes(p) }));
  }

  /** Schedules a meeting (no id) or changes one (with id and version; its kind stays). */
  function meetingForm(meeting, close) {
    const changing = Boolean(meeting.id);
    const prefix = changing ? `edit-${meeting.id}` : 'new-meeting';
    const headingId = `${prefix}-heading`;
    const kinds = ['PLAN_MEETING', 'PREPARATION_MEETING'];
    const kind = changing ? null : h('fieldset', { class: 'field choices', dataset: { field: 'kind' } },
      h('legend', {}, t('yearwheel.kind')),
      kinds.map((k) => h('label', { class: 'choice' },
        h('input', { type: 'radio', name: `${prefix}-kind`, value: k, checked: k === meeting.kind }),
        t(`yearwheel.kindM_${k}`))),
      h('p', { class: 'field-error', hidden: true }));
    const start = startField(prefix, meeting.start);
    const duration = h('input', { type: 'number', min: 15, max: 480, step: 15, inputmode: 'numeric',
      value: meeting.durationMinutes ?? '' });
    const place = h('input', { type: 'text', autocomplete: 'off', maxlength: 200, value: meeting.place ?? '' });
    const people = candidates(meeting);
    const participants = h('fieldset', { class: 'field choices', dataset: { field: 'participants' } },
      h('legend', {}, t('yearwheel.invite')),
      people.map((p, i) => h('label', { class: 'choice' },
        h('input', { type: 'checkbox', name: `${prefix}-participant`, value: String(i), checked: p.checked }),
        t('yearwheel.participantChoice', { name: p.name, role: p.roleLabel ?? t(`yearwheel.role_${p.role}`) }))),
      h('p', { class: 'field-error', hidden: true }));
    const submit = h('button', { type: 'submit', class: 'primary' },
      changing ? t('yearwheel.save') : t('yearwheel.scheduleButton'));
    const form = h('form', { class: 'meeting-form', novalidate: true, 'aria-labelledby': headingId },
      h(changing ? 'h5' : 'h4', { id: headingId }, changing ? t('yearwheel.editHeading') : t('yearwheel.scheduleHeading')),
      kind, start.wrapper,
      h('div', { class: 'two' },
        field(`${prefix}-duration`, 'durationMinutes', t('yearwheel.duration'), duration),
        field(`${prefix}-place`, 'place', t('yearwheel.place'), place)),
      participants,
      h('div', { class: 'actions' }, submit,
        changing ? h('button', { type: 'button', onclick: () => close?.() }, t('yearwheel.close')) : null));
    const body = () => ({
      kind: changing ? meeting.kind : form.querySelector(`input[name="${prefix}-kind"]:checked`)?.value,
      start: start.value(),
      durationMinutes: numberOf(duration),
      place: place.value.trim() === '' ? undefined : place.value.trim(),
      participants: [...form.querySelectorAll(`input[name="${prefix}-participant"]:checked`)]
        .map((box) => ({ name: people[Number(box.value)].name, role: people[Number(box.value)].role })),
      cycleId: changing ? meeting.cycleId ?? undefined : cycle?.open ? cycle.id : undefined,
    });
    const describe = (m) => [m.kindLabel ?? t(`yearwheel.kindM_${m.kind}`), formatDateTime(m.start),
      t('yearwheel.minutes', { minutes: m.durationMinutes ?? '' }), m.place ?? ''].join('\n');
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      submit.disabled = true;
      try {
        if (!changing) {
          await post(`/api/citizens/${id}/meetings`, body());
          announce(t('yearwheel.scheduled'));
          await draw('#scheduled-heading');
          return;
        }
        const path = `/api/citizens/${id}/meetings/${encodeURIComponent(meeting.id)}`;
        const saved = await saveChoosing((etag) => put(path, body(), etag), `"${meeting.version}"`,
          { reread: () => get(path), mine: describe(body()), theirs: describe });
        announce(saved ? t('yearwheel.saved') : t('yearwheel.theirsShown'));
        await draw('#scheduled-heading');
      } catch (error) {
        const first = showFieldErrors(form, error);
        showError(form, error);
        first?.focus();
      } finally {
        submit.disabled = false;
      }
    });
    return form;
  }

  function joinedItem(meeting) {
    const titleId = `joined-${meeting.id}-title`;
    const item = h('li', { class: `wheel-meeting${meeting.cancelled ? ' cancelled' : ''}` });
    const actions = h('div', { class: 'actions' });
    if (!meeting.cancelled && meeting.start > nowInDenmark()) {
      actions.append(h('button', { type: 'button', class: 'withdraw', 'aria-describedby': titleId,
        onclick: () => act(() => del(`/api/citizens/${id}/group-meetings/${encodeURIComponent(meeting.id)}`),
          t('yearwheel.withdrawn'), '#joined-heading', item) }, t('yearwheel.withdraw')));
    }
    actions.append(calendarLink(`/api/group-meetings/${encodeURIComponent(meeting.id)}/invitation`, titleId));
    item.append(
      h('h4', { id: titleId }, `${meeting.areaLabel}: `, h('time', { datetime: meeting.start }, formatDateTime(meeting.start)),
        meeting.cancelled ? ` – ${t('yearwheel.cancelled')}` : null),
      h('p', {}, [t('yearwheel.minutes', { minutes: meeting.durationMinutes }), meeting.place].filter(Boolean).join(', ')),
      actions);
    return item;
  }

  /** For each of the citizen's areas: a choice of its coming group meetings, and a button to sign up. */
  function signUpForms(open) {
    if (open.length === 0) return [h('p', {}, t('yearwheel.noTargetGroup'))];
    return open.map(({ area, meetings }) => {
      const areaName = t(`yearwheel.area_${area}`);
      if (meetings.length === 0) return h('p', {}, t('yearwheel.noOpenGroupMeetings', { area: areaName }));
      const select = h('select', {}, meetings.map((m) => h('option', { value: m.id, disabled: m.freePlaces <= 0 },
        t('yearwheel.meetingOption', { when: formatDateTime(m.start), place: m.place || t('yearwheel.noPlace'),
          places: placesText(m) }))));
      const first = meetings.find((m) => m.freePlaces > 0);
      if (first) select.value = first.id;
      const wrapper = field(`sign-up-${area}`, 'groupMeetingId', t('yearwheel.signUpLabel', { area: areaName }), select);
      const form = h('form', { class: 'sign-up', novalidate: true }, wrapper,
        h('button', { type: 'submit' }, t('yearwheel.signUp')));
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        try {
          const chosen = select.value || meetings[0].id;
          await post(`/api/citizens/${id}/group-meetings/${encodeURIComponent(chosen)}`);
          announce(t('yearwheel.signedUpDone'));
          await draw('#joined-heading');
        } catch (error) {
          // The refusal names capacity, area, citizenId, start or cancelled: all about the meeting chosen here.
          const message = wrapper.querySelector('.field-error');
          message.textContent = error.errors.map((e) => e.message).join(' ') || error.message;
          message.hidden = false;
          select.setAttribute('aria-invalid', 'true');
          showError(form, error);
          select.focus();
        }
      });
      return form;
    });
  }

  try {
    if (!(await draw())) return document.createDocumentFragment();
  } catch (error) {
    // The rest of the citizen's page stays usable when the year wheel cannot be read.
    section.replaceChildren(h('h2', { id: 'wheel-meetings-heading' }, t('yearwheel.meetingsHeading')));
    showError(section, error);
  }
  return section;
}
