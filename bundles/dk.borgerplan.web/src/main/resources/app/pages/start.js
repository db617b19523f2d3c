// Start: the caseworker's citizens, searchable by name. The name goes in the body of POST /api/citizens/search,
// never in a URL (not the route, not a query string). Each citizen shows where the cycle stands and what is due,
// as the plan model decides it.
import { h, pageHeading, announce, showError, formatDate } from '../ui.js';
import { t } from '../i18n.js';
import { post, currentSession } from '../api.js';

export const texts = ['start'];
export const styles = ['start'];

const PAGE = 50;
// The last search, kept in this tab's memory only, so coming back from an overview shows the same list.
let lastName = '';

export async function render(view) {
  const role = (await currentSession())?.account?.role;
  if (role === 'PEER_GUIDE') {
    // A peer guide searches no citizens: they are invited to one meeting's sheet at a time.
    view.append(pageHeading(t('start.title')), h('p', { class: 'intro' }, t('start.peerGuide')));
    return;
  }
  const input = h('input', { id: 'citizen-search', type: 'search', name: 'citizen-search', autocomplete: 'off',
    value: lastName, 'aria-describedby': 'citizen-search-help' });
  const status = h('p', { class: 'search-status', role: 'status' });
  const list = h('ul', { class: 'citizen-list' });
  const more = h('button', { type: 'button', class: 'more', hidden: true }, t('start.more'));
  const results = h('section', { class: 'results', 'aria-labelledby': 'results-heading' },
    h('h2', { id: 'results-heading' }, t('start.resultsHeading')), status, list, more);
  let shown = 0;
  let name = lastName;

  async function search(offset) {
    const { data } = await post('/api/citizens/search', { name, offset, limit: PAGE });
    if (offset === 0) list.replaceChildren();
    list.append(...data.items.map(item));
    shown = offset + data.items.length;
    more.hidden = shown >= data.total;
    if (data.total === 0) status.textContent = name ? t('start.noneFound') : t('start.noCitizens');
    else status.textContent = data.total === 1 ? t('start.foundOne') : t('start.found', { count: data.total });
    return data;
  }

  const form = h('form', { class: 'citizen-search-form card', role: 'search',
    onsubmit: async (event) => {
      event.preventDefault();
      name = input.value.trim();
      lastName = name;
      try {
        await search(0);
        announce(status.textContent);
      } catch (error) { showError(view, error); }
    } },
  h('label', { for: 'citizen-search' }, t('start.searchLabel')),
  h('p', { id: 'citizen-search-help', class: 'help' }, t('start.searchHelp')),
  h('div', { class: 'search-row' }, input,
    h('button', { type: 'submit', class: 'primary' }, t('start.searchButton')),
    h('button', { type: 'button', onclick: () => { input.value = ''; form.requestSubmit(); } }, t('start.showAll'))));

  more.addEventListener('click', async () => {
    try {
      await search(shown);
      list.children[shown - 1]?.querySelector('a')?.focus();
    } catch (error) { showError(view, error); }
  });

  view.append(
    h('div', { class: 'start-head' }, pageHeading(t('start.title')),
      // Only a caseworker registers citizens (and has them in their caseload).
      role === 'CASEWORKER' ? h('a', { class: 'button primary new-citizen', href: '#/citizen-new' },
        h('span', { 'aria-hidden': 'true' }, '+ '), t('start.newCitizen')) : null),
    h('p', { class: 'intro' }, t('start.intro')),
    // Caseworkers and offer managers plan the year wheel's meetings.
    ['CASEWORKER', 'OFFER_MANAGER'].includes(role)
      ? h('p', { class: 'year-wheel-link' }, h('a', { href: '#/year-wheel' }, t('start.yearWheel'))) : '',
    form, results);
  await search(0);
}

/** One citizen: the name as a link to the overview, where the cycle stands, and what is due. */
function item(citizen) {
  const cycle = citizen.cycle;
  const facts = h('ul', { class: 'facts' },
    cycle
      ? [h('li', { class: 'stage' }, t('start.cycle', { number: cycle.number, stage: cycle.stageLabel })),
        h('li', { class: 'phase' }, t('start.phase', { phase: cycle.phaseLabel }))]
      : h('li', { class: 'stage' }, t('start.noCycle')),
    citizen.planMeetingDate ? h('li', { class: 'meeting-date' },
      t('start.meetingDate', { date: formatDate(citizen.planMeetingDate) })) : null,
    cycle ? h('li', {}, t('start.preparationCount', { count: citizen.preparationMeetings })) : null);
  const dueId = `due-${citizen.id}`;
  const due = citizen.due.length
    ? h('div', { class: 'due' }, h('h4', { id: dueId }, t('start.dueHeading')),
      h('ul', { class: 'due-list', 'aria-labelledby': dueId },
        citizen.due.map((d) => h('li', { class: 'due-flag', dataset: { due: d.code } },
          h('span', { 'aria-hidden': 'true', class: 'due-mark' }, '!'), d.label))))
    : h('p', { class: 'nothing-due' }, h('span', { 'aria-hidden': 'true' }, '✓ '), t('start.nothingDue'));
  return h('li', { class: 'citizen card', dataset: { citizenId: citizen.id } },
    h('h3', {}, h('a', { href: `#/citizen/${citizen.id}` }, citizen.name)),
    facts, due);
}
