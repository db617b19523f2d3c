// #/group-meetings/<area|all>/<year>: the group preparation meetings (gruppeforberedelsesmøder) of each area, four a
// year (seed 001, 2.2.1): when, where, how many places are free; for caseworkers and offer managers a form to make
// one, change it (PUT with If-Match; a 412 lets the user choose) and cancel it; each as a calendar file (.ics).
// Also the year wheel's small helpers, which year-wheel.js and october-planning.js use.
import { h, pageHeading, announce, showError, chooseVersion } from '../ui.js';
import { t, language } from '../i18n.js';
import { get, post, put, all, currentSession } from '../api.js';
import { showFieldErrors } from './citizen-new.js';

export const texts = ['yearwheel'];
export const styles = ['yearwheel'];

export const AREAS = ['AUTISM', 'ACQUIRED_BRAIN_INJURY', 'INTELLECTUAL_DISABILITY'];
/** The roles that plan the year wheel's meetings; contact persons and peer guides only read them. */
export const PLANNERS = ['CASEWORKER', 'OFFER_MANAGER'];

/** "Now" as a Danish wall-clock time, "2027-04-04T09:00:00", as the API writes meeting times. */
export function nowInDenmark() {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
    .format(new Date()).replace(' ', 'T');
}

/** A Danish wall-clock time ("2027-04-04T09:00:00") in words, as it is: never moved to the browser's time zone. */
export function formatDateTime(local) {
  if (!local) return '';
  const [date, time = '00:00'] = local.split('T');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return new Intl.DateTimeFormat(language() === 'da' ? 'da-DK' : 'en-GB', { weekday: 'long', day: 'numeric',
    month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })
    .format(new Date(Date.UTC(year, month - 1, day, hour, minute)));
}

/** "3 ledige pladser", "1 ledig plads", or full. */
export function placesText(meeting) {
  if (meeting.freePlaces <= 0) return t('yearwheel.full');
  return meeting.freePlaces === 1 ? t('yearwheel.placesOne') : t('yearwheel.places', { free: meeting.freePlaces });
}

/** The calendar file of a meeting, as a download; described by the meeting's heading (`describedBy`). */
export function calendarLink(href, describedBy) {
  return h('a', { class: 'button calendar-file', href, download: '', 'aria-describedby': describedBy },
    t('yearwheel.calendarFile'));
}

/** Asks before cancelling a meeting; resolves true when the user confirms. Focus returns to `opener` otherwise. */
export function confirmCancel(opener) {
  return new Promise((resolve) => {
    const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': 'confirm-cancel-title',
      'aria-describedby': 'confirm-cancel-text' },
    h('h2', { id: 'confirm-cancel-title' }, t('yearwheel.confirmCancelTitle')),
    h('p', { id: 'confirm-cancel-text' }, t('yearwheel.confirmCancelText')),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'danger confirm-cancel', onclick: () => close(true) },
        t('yearwheel.confirmCancel')),
      h('button', { type: 'button', class: 'keep-meeting', onclick: () => close(false) }, t('yearwheel.keep'))));
    function close(yes) {
      dialog.close();
      dialog.remove();
      if (!yes) opener?.focus();
      resolve(yes);
    }
    dialog.addEventListener('cancel', (event) => { event.preventDefault(); close(false); });
    document.body.append(dialog);
    dialog.showModal();
    dialog.querySelector('.keep-meeting').focus();
  });
}

/** A labelled control with its place for the API's message, as showFieldErrors (citizen-new.js) expects. */
export function field(id, name, label, control) {
  control.id = id;
  control.name = name;
  control.setAttribute('aria-describedby', `${id}-error`);
  return h('div', { class: 'field', dataset: { field: name } }, h('label', { for: id }, label), control,
    h('p', { id: `${id}-error`, class: 'field-error', hidden: true }));
}

/** Date and time of day as one field "start" (Danish wall-clock time); value() is null until both are given. */
export function startField(prefix, start) {
  const [date = '', time = ''] = (start ?? '').split('T');
  const dateInput = h('input', { type: 'date', id: `${prefix}-date`, value: date, required: true,
    'aria-describedby': `${prefix}-start-error` });
  const timeInput = h('input', { type: 'time', id: `${prefix}-time`, value: time.slice(0, 5), step: 300, required: true,
    'aria-describedby': `${prefix}-start-error` });
  const wrapper = h('fieldset', { class: 'field when', dataset: { field: 'start' } },
    h('legend', {}, t('yearwheel.when')),
    h('div', { class: 'when-row' },
      h('div', {}, h('label', { for: dateInput.id }, t('yearwheel.date')), dateInput),
      h('div', {}, h('label', { for: timeInput.id }, t('yearwheel.time')), timeInput)),
    h('p', { id: `${prefix}-start-error`, class: 'field-error', hidden: true }));
  const value = () => (dateInput.value && timeInput.value ? `${dateInput.value}T${timeInput.value.slice(0, 5)}:00` : null);
  return { wrapper, value };
}

/** A whole number from a number input, or null when it is empty (the API then says what is required). */
/**
 * The "Ret" button of a meeting in a list: opens the meeting's form in place (once), focuses its first field, and
 * gives the focus back to the button when the form closes.
 */
export function editButton(item, describedBy, makeForm, firstField = 'input') {
  const edit = h('button', { type: 'button', class: 'edit-meeting', 'aria-describedby': describedBy,
    'aria-expanded': 'false' }, t('yearwheel.edit'));
  edit.addEventListener('click', () => {
    if (item.querySelector('form')) return;
    edit.setAttribute('aria-expanded', 'true');
    const form = makeForm(() => { form.remove(); edit.setAttribute('aria-expanded', 'false'); edit.focus(); });
    item.append(form);
    form.querySelector(firstField)?.focus();
  });
  return edit;
}

export const numberOf = (input) => (input.value.trim() === '' ? null : Number(input.value));
const blank = (value) => (value.trim() === '' ? undefined : value.trim());

/**
 * Saves with If-Match; on 412 shows what the user typed beside what is saved now (chooseVersion) and saves again on
 * the new version if the user keeps theirs. Resolves to the answer, or null when the user took the saved version.
 */
export async function saveChoosing(save, etag, { reread, mine, theirs }) {
  try {
    return await save(etag);
  } catch (error) {
    if (error.status !== 412) throw error;
    const fresh = await reread();
    const choice = await chooseVersion({ mine, theirs: theirs(fresh.data) });
    if (choice !== 'mine') return null;
    return save(fresh.etag);
  }
}

function summary(meeting) {
  return [formatDateTime(meeting.start), t('yearwheel.minutes', { minutes: meeting.durationMinutes ?? '' }),
    meeting.place || t('yearwheel.noPlace'), `${t('yearwheel.capacity')}: ${meeting.capacity ?? ''}`,
    t(`yearwheel.area_${meeting.area}`)].join('\n');
}

export async function render(view, [areaArg, yearArg]) {
  const role = (await currentSession())?.account?.role;
  const mayWrite = PLANNERS.includes(role);
  const thisYear = Number(nowInDenmark().slice(0, 4));
  const area = AREAS.includes(areaArg) ? areaArg : '';
  const year = /^\d{4}$/.test(yearArg ?? '') ? Number(yearArg) : thisYear;
  view.classList.add('year-wheel-page');
  const content = h('div', { class: 'group-content' });

  async function draw(focus) {
    const meetings = await all(`/api/group-meetings?year=${year}${area ? `&area=${area}` : ''}`);
    content.replaceChildren(...(area ? [area] : AREAS).map((a) => areaSection(a, meetings.filter((m) => m.area === a))));
    if (mayWrite) content.append(groupForm({ area: area || AREAS[0], start: null, durationMinutes: 120, capacity: 10 }));
    if (focus) content.querySelector(focus)?.focus();
  }

  function areaSection(a, meetings) {
    const standing = meetings.filter((m) => !m.cancelled).length;
    const headingId = `area-${a}-heading`;
    return h('section', { class: 'card area-meetings', 'aria-labelledby': headingId, dataset: { area: a } },
      h('h2', { id: headingId, tabindex: '-1' }, t('yearwheel.areaYear', { area: t(`yearwheel.area_${a}`), year })),
      h('p', { class: 'norm' }, t('yearwheel.meetingsPlanned', { count: standing }),
        standing < 4 ? [' ', h('span', { class: 'below-norm' }, t('yearwheel.belowNorm'))] : null),
      meetings.length ? h('ul', { class: 'meeting-list' }, meetings.map(meetingItem))
        : h('p', {}, t('yearwheel.noGroupMeetings')));
  }

  function meetingItem(meeting) {
    const id = encodeURIComponent(meeting.id);
    const titleId = `group-${meeting.id}-title`;
    const item = h('li', { class: `wheel-meeting${meeting.cancelled ? ' cancelled' : ''}`, dataset: { meetingId: meeting.id } });
    const actions = h('div', { class: 'actions' }, calendarLink(`/api/group-meetings/${id}/invitation`, titleId));
    if (mayWrite && !meeting.cancelled) {
      const edit = editButton(item, titleId, (close) => groupForm(meeting, close), 'select, input');
      const cancel = h('button', { type: 'button', class: 'danger cancel-meeting', 'aria-describedby': titleId },
        t('yearwheel.cancel'));
      cancel.addEventListener('click', async () => {
        if (!(await confirmCancel(cancel))) return;
        try {
          await post(`/api/group-meetings/${id}/cancellation`, undefined, `"${meeting.version}"`);
          announce(t('yearwheel.cancelledDone'));
          await draw(`#area-${meeting.area}-heading`);
        } catch (error) {
          if (error.status === 412) {
            announce(t('yearwheel.changedMeanwhile'));
            await draw(`#area-${meeting.area}-heading`);
          } else {
            showError(item, error);
          }
        }
      });
      actions.append(edit, cancel);
    }
    item.append(
      h('h3', { id: titleId }, h('time', { datetime: meeting.start }, formatDateTime(meeting.start)),
        meeting.cancelled ? h('span', { class: 'state cancelled-state' }, ` – ${t('yearwheel.cancelled')}`) : null),
      h('ul', { class: 'facts' },
        h('li', {}, t('yearwheel.minutes', { minutes: meeting.durationMinutes })),
        h('li', {}, meeting.place || t('yearwheel.noPlace')),
        h('li', {}, t('yearwheel.signedUp', { signedUp: meeting.signedUp, capacity: meeting.capacity })),
        meeting.cancelled ? null : h('li', { class: 'free-places' }, placesText(meeting))),
      actions);
    return item;
  }

  /** Makes a meeting (no id) or changes one (with id and version); `close` puts the change away. */
  function groupForm(meeting, close) {
    const changing = Boolean(meeting.id);
    const prefix = changing ? `edit-${meeting.id}` : 'new-group';
    const areaSelect = h('select', {}, AREAS.map((a) => h('option', { value: a, selected: a === meeting.area },
      t(`yearwheel.area_${a}`))));
    const start = startField(prefix, meeting.start);
    const duration = h('input', { type: 'number', min: 15, max: 480, step: 15, inputmode: 'numeric',
      value: meeting.durationMinutes ?? '' });
    const place = h('input', { type: 'text', autocomplete: 'off', maxlength: 200, value: meeting.place ?? '' });
    const capacity = h('input', { type: 'number', min: 1, max: 50, inputmode: 'numeric', value: meeting.capacity ?? '' });
    const headingId = `${prefix}-heading`;
    const submit = h('button', { type: 'submit', class: 'primary' }, changing ? t('yearwheel.save') : t('yearwheel.create'));
    const form = h('form', { class: `group-form${changing ? '' : ' card'}`, novalidate: true, 'aria-labelledby': headingId },
      h(changing ? 'h4' : 'h2', { id: headingId }, changing ? t('yearwheel.editHeading') : t('yearwheel.newGroupHeading')),
      field(`${prefix}-area`, 'area', t('yearwheel.area'), areaSelect),
      start.wrapper,
      h('div', { class: 'two' },
        field(`${prefix}-duration`, 'durationMinutes', t('yearwheel.duration'), duration),
        field(`${prefix}-capacity`, 'capacity', t('yearwheel.capacity'), capacity)),
      field(`${prefix}-place`, 'place', t('yearwheel.place'), place),
      h('div', { class: 'actions' }, submit,
        changing ? h('button', { type: 'button', onclick: () => close?.() }, t('yearwheel.close')) : null));
    const body = () => ({ area: areaSelect.value, start: start.value(), durationMinutes: numberOf(duration),
      place: blank(place.value), capacity: numberOf(capacity) });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      submit.disabled = true;
      try {
        if (!changing) {
          const { data } = await post('/api/group-meetings', body());
          announce(t('yearwheel.created'));
          await draw(`#area-${data.area}-heading`);
          return;
        }
        const path = `/api/group-meetings/${encodeURIComponent(meeting.id)}`;
        const saved = await saveChoosing((etag) => put(path, body(), etag), `"${meeting.version}"`, {
          reread: () => get(path), mine: summary(body()), theirs: summary });
        announce(saved ? t('yearwheel.saved') : t('yearwheel.theirsShown'));
        await draw(`#area-${(saved?.data ?? meeting).area}-heading`);
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

  const years = [...new Set([thisYear - 1, thisYear, thisYear + 1, thisYear + 2, year])].sort();
  const areaChoice = h('select', { id: 'chosen-area', name: 'area' },
    h('option', { value: 'all', selected: !area }, t('yearwheel.allAreas')),
    AREAS.map((a) => h('option', { value: a, selected: a === area }, t(`yearwheel.area_${a}`))));
  const yearChoice = h('select', { id: 'chosen-year', name: 'year' },
    years.map((y) => h('option', { value: y, selected: y === year }, String(y))));
  const chooser = h('form', { class: 'chooser card', 'aria-labelledby': 'chooser-heading', onsubmit: (event) => {
    event.preventDefault();
    location.hash = `#/group-meetings/${areaChoice.value}/${yearChoice.value}`;
  } },
  h('h2', { id: 'chooser-heading', class: 'visually-hidden' }, t('yearwheel.chooseAreaYear')),
  h('div', {}, h('label', { for: 'chosen-area' }, t('yearwheel.area')), areaChoice),
  h('div', {}, h('label', { for: 'chosen-year' }, t('yearwheel.year')), yearChoice),
  h('button', { type: 'submit' }, t('yearwheel.show')));

  view.append(...[
    mayWrite ? h('p', {}, h('a', { href: '#/year-wheel' }, `← ${t('yearwheel.backToWheel')}`)) : null,
    pageHeading(t('yearwheel.groupTitle')),
    h('p', { class: 'intro' }, t('yearwheel.groupIntro')),
    chooser, content].filter(Boolean));
  await draw();
}
