// #/october-planning/<year>: the planning in October (seed 001, 2.2.1: authority and offer managers plan next year's
// plan meetings in October the year before): per offer, the year's plan meetings month by month as a table, and the
// citizens with no plan meeting that year, each with a link to the citizen's page to schedule one.
import { h, pageHeading } from '../ui.js';
import { t } from '../i18n.js';
import { get } from '../api.js';
import { formatDateTime, nowInDenmark } from './group-meetings.js';

export const texts = ['yearwheel'];
export const styles = ['yearwheel'];

export async function render(view, [yearArg]) {
  const asked = /^\d{4}$/.test(yearArg ?? '') ? `?year=${yearArg}` : '';
  const { data: planning } = await get(`/api/year-wheel/october-planning${asked}`);
  const year = planning.year;
  const thisYear = Number(nowInDenmark().slice(0, 4));
  const years = [...new Set([thisYear - 1, thisYear, thisYear + 1, thisYear + 2, year])].sort();
  const yearChoice = h('select', { id: 'planning-year', name: 'year' },
    years.map((y) => h('option', { value: y, selected: y === year }, String(y))));
  const chooser = h('form', { class: 'chooser card', 'aria-labelledby': 'choose-year-heading', onsubmit: (event) => {
    event.preventDefault();
    location.hash = `#/october-planning/${yearChoice.value}`;
  } },
  h('h2', { id: 'choose-year-heading', class: 'visually-hidden' }, t('yearwheel.chooseYear')),
  h('div', {}, h('label', { for: 'planning-year' }, t('yearwheel.year')), yearChoice),
  h('button', { type: 'submit' }, t('yearwheel.show')));

  view.classList.add('year-wheel-page');
  view.append(
    h('p', {}, h('a', { href: '#/year-wheel' }, `← ${t('yearwheel.backToWheel')}`)),
    pageHeading(t('yearwheel.octoberTitle')),
    h('p', { class: 'intro' }, t('yearwheel.octoberIntro')),
    chooser,
    h('h2', {}, t('yearwheel.octoberYearHeading', { year })));
  if (planning.offers.length === 0) {
    view.append(h('p', {}, t('yearwheel.noOffers')));
    return;
  }
  planning.offers.forEach((offer, index) => view.append(offerSection(offer, index, year)));
  view.append(unscheduledSection('all-unscheduled', t('yearwheel.allUnscheduledHeading', { year }),
    planning.unscheduled, year, 'h2'));
}

function offerSection(offer, index, year) {
  const name = offer.offerName ?? t('yearwheel.withoutOffer');
  const headingId = `offer-${index}-heading`;
  const rows = offer.months.map((month) => h('tr', { dataset: { month: month.month } },
    h('th', { scope: 'row' }, month.monthLabel),
    h('td', { class: 'number' }, String(month.count)),
    h('td', {}, month.meetings.length ? h('ul', { class: 'planned' }, month.meetings.map((meeting) => h('li', {},
      h('a', { href: `#/citizen/${encodeURIComponent(meeting.citizenId)}` },
        meeting.citizenName ?? t('yearwheel.unknownCitizen')), ', ',
      h('time', { datetime: meeting.start }, formatDateTime(meeting.start)),
      meeting.cancelled ? ` (${t('yearwheel.cancelledShort')})` : null))) : '')));
  return h('section', { class: 'card offer-planning', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, name),
    offer.provider ? h('p', { class: 'help' }, t('yearwheel.provider', { provider: offer.provider })) : null,
    h('p', {}, t('yearwheel.offerFacts', { citizens: offer.citizens, total: offer.total })),
    h('div', { class: 'table-scroll' },
      h('table', { class: 'month-table' },
        h('caption', {}, t('yearwheel.tableCaption', { year, offer: name })),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, t('yearwheel.month')),
          h('th', { scope: 'col' }, t('yearwheel.count')),
          h('th', { scope: 'col' }, t('yearwheel.meetingsColumn')))),
        h('tbody', {}, rows),
        h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, t('yearwheel.total')),
          h('td', { class: 'number' }, String(offer.total)), h('td', {}, ''))))),
    unscheduledSection(`offer-${index}-unscheduled`, t('yearwheel.unscheduledHeading', { year }), offer.unscheduled,
      year, 'h4'));
}

/** The citizens with no plan meeting in the year, each with a link to their page, where it is scheduled. */
function unscheduledSection(id, heading, citizens, year, level) {
  return h('div', { class: 'unscheduled' },
    h(level, { id }, heading),
    citizens.length
      ? h('ul', { 'aria-labelledby': id }, citizens.map((citizen) => h('li', {},
        h('a', { href: `#/citizen/${encodeURIComponent(citizen.id)}` },
          t('yearwheel.schedule', { name: citizen.name ?? t('yearwheel.unknownCitizen') })))))
      : h('p', {}, t('yearwheel.unscheduledNone', { year })));
}
