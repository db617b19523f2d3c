// #/progress/<citizenId>: each goal over the cycles it was continued through: score now, expected and at the status
// review, drawn on the scale's words (the better end at the top, whichever way the scale runs), with the same facts
// in a table beside it.
import { h, pageHeading } from '../ui.js';
import { t } from '../i18n.js';
import { get, all } from '../api.js';

export const texts = ['progress'];
export const styles = ['progress'];

const SVG = 'http://www.w3.org/2000/svg';

export async function render(view, [citizenId]) {
  const [{ data: citizen }, { data: scales }, goals] = await Promise.all([
    get(`/api/citizens/${encodeURIComponent(citizenId)}`), get('/api/scales'),
    all(`/api/citizens/${encodeURIComponent(citizenId)}/progression`)]);
  document.body.dataset.look = citizen.look === 'NEUTRAL' ? 'neutral' : 'colourful';
  view.append(
    h('p', { class: 'no-print' }, h('a', { href: `#/citizen/${encodeURIComponent(citizen.id)}` }, `← ${citizen.name}`)),
    pageHeading(t('progress.title')), h('p', {}, t('progress.intro')));
  if (goals.length === 0) { view.append(h('p', {}, t('progress.none'))); return; }
  goals.forEach((goal, index) => {
    const scale = scales.find((s) => s.id === goal.scale) ?? scales[0];
    const headingId = `goal-${index}`;
    view.append(h('section', { class: 'goal-progress card', 'aria-labelledby': headingId },
      h('h2', { id: headingId }, goal.text),
      h('p', { class: 'help' }, `${goal.typeLabel} · ${scale.name}`),
      chart(goal, scale, index), table(goal, scale)));
  });
}

function chart(goal, scale, index) {
  const levels = scale.levels.map((l) => l.value);
  const best = goal.lowerIsBetter ? Math.min(...levels) : Math.max(...levels);
  const worst = goal.lowerIsBetter ? Math.max(...levels) : Math.min(...levels);
  const width = 560;
  const left = 230;
  const rowHeight = 34;
  const top = 20;
  const height = top * 2 + rowHeight * (levels.length - 1) + 30;
  const points = goal.points;
  const step = points.length > 1 ? (width - left - 40) / (points.length - 1) : 0;
  const x = (i) => left + 20 + i * step;
  const y = (value) => top + (Math.abs(value - best) / Math.max(1, Math.abs(worst - best))) * rowHeight * (levels.length - 1);
  const svg = document.createElementNS(SVG, 'svg');
  const describe = `desc-${index}`;
  for (const [name, value] of Object.entries({ viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': describe, class: 'chart' })) {
    svg.setAttribute(name, value);
  }
  const add = (tag, attributes, text) => {
    const element = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    if (text !== undefined) element.textContent = text;
    svg.append(element);
    return element;
  };
  add('title', { id: describe }, t('progress.chartText', { goal: goal.text, summary: goal.points.map((p) =>
    t('progress.pointText', { cycle: p.cycleNumber, now: p.current?.label ?? '–', expected: p.expected?.label ?? '–',
      reviewed: p.reviewed?.label ?? '–' })).join('; ') }));
  for (const level of scale.levels) {
    add('line', { x1: left, x2: width - 10, y1: y(level.value), y2: y(level.value), class: 'grid' });
    add('text', { x: left - 8, y: y(level.value) + 4, 'text-anchor': 'end', class: 'level' }, `${level.value} ${level.easyRead ?? level.label}`);
  }
  add('text', { x: 4, y: height - 6, class: 'axis' }, `↑ ${t('progress.better')}`);
  points.forEach((p, i) => add('text', { x: x(i), y: height - 6, 'text-anchor': 'middle', class: 'axis' }, t('progress.cycle', { number: p.cycleNumber })));
  const line = (key, cls) => {
    const known = points.map((p, i) => [i, p[key]?.value]).filter(([, v]) => v !== undefined && v !== null);
    if (known.length > 1) add('polyline', { points: known.map(([i, v]) => `${x(i)},${y(v)}`).join(' '), class: `line ${cls}` });
    known.forEach(([i, v]) => {
      if (cls === 'expected') add('rect', { x: x(i) - 6, y: y(v) - 6, width: 12, height: 12, class: `point ${cls}` });
      else if (cls === 'reviewed') add('path', { d: `M${x(i)} ${y(v) - 8} L${x(i) + 8} ${y(v) + 6} L${x(i) - 8} ${y(v) + 6} Z`, class: `point ${cls}` });
      else add('circle', { cx: x(i), cy: y(v), r: 7, class: `point ${cls}` });
    });
  };
  line('current', 'current');
  line('expected', 'expected');
  line('reviewed', 'reviewed');
  const legend = h('ul', { class: 'legend', 'aria-hidden': 'true' },
    h('li', { class: 'current' }, t('progress.legendNow')), h('li', { class: 'expected' }, t('progress.legendExpected')),
    h('li', { class: 'reviewed' }, t('progress.legendReviewed')));
  return h('figure', { class: 'chart-figure' }, svg, legend);
}

function table(goal, scale) {
  const words = (score) => (score ? `${score.value} – ${score.label}` : '–');
  const yesNo = (value) => (value === null || value === undefined ? '–' : value ? t('progress.yes') : t('progress.no'));
  return h('table', { class: 'progress-table' },
    h('caption', {}, t('progress.tableCaption', { goal: goal.text })),
    h('thead', {}, h('tr', {}, ['cycleHeader', 'nowHeader', 'expectedHeader', 'reviewedHeader', 'outcomeHeader', 'changeHeader', 'reachedHeader']
      .map((key) => h('th', { scope: 'col' }, t(`progress.${key}`))))),
    h('tbody', {}, goal.points.map((p) => h('tr', {},
      h('th', { scope: 'row' }, t('progress.cycle', { number: p.cycleNumber })),
      h('td', {}, words(p.current)), h('td', {}, words(p.expected)), h('td', {}, words(p.reviewed)),
      h('td', {}, p.outcomeLabel ?? p.statusLabel ?? '–'),
      h('td', {}, p.change ? t(`progress.change_${p.change}`) : '–'),
      h('td', {}, yesNo(p.expectedReached))))));
}
