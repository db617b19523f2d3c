// #/progression-report/<groupBy>: how goals progressed across the citizens the user may see, per offer, team, theme,
// method or acting municipality and per cycle number — the server's SVG chart, the same numbers as a table, and the
// CSV file for a spreadsheet. Cells of fewer than five citizens are hidden by the server (and one more with them),
// and the page never adds a total.
import { h, pageHeading } from '../ui.js';
import { t, language } from '../i18n.js';
import { get } from '../api.js';

export const texts = ['report'];
export const styles = ['report'];

const GROUPINGS = ['municipality', 'offer', 'team', 'theme', 'method'];

export async function render(view, [groupArg]) {
  const groupBy = GROUPINGS.includes(groupArg) ? groupArg : 'municipality';
  const query = `groupBy=${encodeURIComponent(groupBy)}`;
  const { data: report } = await get(`/api/reports/progression?${query}`);
  const lang = encodeURIComponent(language());

  const choice = h('select', { id: 'report-grouping', name: 'groupBy' },
    GROUPINGS.map((g) => h('option', { value: g, selected: g === groupBy }, t(`report.by${g[0].toUpperCase()}${g.slice(1)}`))));
  const chooser = h('form', { class: 'chooser card', 'aria-labelledby': 'choose-grouping-heading', onsubmit: (event) => {
    event.preventDefault();
    location.hash = `#/progression-report/${choice.value}`;
  } },
  h('h2', { id: 'choose-grouping-heading', class: 'visually-hidden' }, t('report.chooseGrouping')),
  h('div', {}, h('label', { for: 'report-grouping' }, t('report.groupBy')), choice),
  h('button', { type: 'submit' }, t('report.show')));

  view.classList.add('report-page');
  view.append(
    pageHeading(t('report.title')),
    h('p', { class: 'intro' }, t('report.intro', { minimum: report.minimumCitizens })),
    chooser,
    h('p', {}, h('a', { href: `/api/reports/progression/export?${query}&lang=${lang}`, download: '' },
      t('report.download'))));
  if (report.groups.length === 0) {
    view.append(h('p', {}, t('report.empty')));
    return;
  }
  // The chart is the server's picture; its words are in the table below it too.
  view.append(h('figure', { class: 'report-chart card' },
    h('img', { src: `/api/reports/progression/chart?${query}&lang=${lang}`,
      alt: t('report.chartAlt', { grouping: report.groupByLabel }) }),
    h('figcaption', {}, t('report.chartCaption'))));
  view.append(table(report));
}

const COLUMNS = ['citizens', 'goals', 'reviewed', 'improved', 'unchanged', 'worsened', 'expectedReached', 'succeeded',
  'notReviewed'];

function table(report) {
  const rows = [];
  report.groups.forEach((group) => group.cycles.forEach((cell) => {
    const first = h('th', { scope: 'row' }, group.label);
    const cycle = h('td', { class: 'number' }, t('report.cycleNumber', { number: cell.cycleNumber }));
    rows.push(cell.suppressed
      ? h('tr', { class: 'suppressed' }, first, cycle,
        h('td', { colspan: COLUMNS.length }, cell.suppressionLabel))
      : h('tr', {}, first, cycle, COLUMNS.map((c) => h('td', { class: 'number' }, String(cell.counts[c])))));
  }));
  return h('div', { class: 'table-scroll' },
    h('table', { class: 'report-table' },
      h('caption', {}, t('report.tableCaption', { grouping: report.groupByLabel })),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, report.groupByLabel),
        h('th', { scope: 'col' }, t('report.cycle')),
        COLUMNS.map((c) => h('th', { scope: 'col' }, t(`report.column${c[0].toUpperCase()}${c.slice(1)}`))))),
      h('tbody', {}, rows)));
}
