// #/access-log/<citizenId>: who has seen the citizen's information — when, who as role and organisation (never the
// person), what and why — from the audit log, as the citizen has the right to see it; printable to hand over.
import { h, pageHeading } from '../ui.js';
import { t, language } from '../i18n.js';
import { get, all } from '../api.js';
import { relationshipsSection } from './relationships.js';

export const texts = ['accesslog'];

export async function render(view, [citizenId]) {
  const id = encodeURIComponent(citizenId);
  const [{ data: citizen }, accesses] = await Promise.all([get(`/api/citizens/${id}`),
    all(`/api/citizens/${id}/access-log`)]);
  const when = new Intl.DateTimeFormat(language() === 'da' ? 'da-DK' : 'en-GB',
    { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });
  const print = h('button', { type: 'button', class: 'no-print' }, t('accesslog.print'));
  print.addEventListener('click', () => window.print());
  view.append(
    h('p', { class: 'no-print' }, h('a', { href: `#/citizen/${id}` }, `← ${citizen.name}`)),
    pageHeading(t('accesslog.title')), h('p', { class: 'intro' }, t('accesslog.intro')),
    h('p', { class: 'no-print actions' }, print, ' ',
      h('a', { href: `/api/citizens/${id}/access-log/export`, download: 'adgangslog.csv' }, t('accesslog.download'))));
  view.append(await relationshipsSection(citizenId));
  view.append(h('h2', {}, t('accesslog.seen')));
  if (accesses.length === 0) {
    view.append(h('p', {}, t('accesslog.none')));
    return;
  }
  const head = ['when', 'who', 'what', 'why', 'outcome'].map((column) => h('th', { scope: 'col' }, t(`accesslog.${column}`)));
  const rows = accesses.map((access) => h('tr', {},
    h('td', {}, when.format(new Date(access.at))),
    h('td', {}, [access.roleLabel, access.organisation].filter(Boolean).join(', ')),
    h('td', {}, `${access.actionLabel}: ${access.resource}`),
    h('td', {}, access.purposeLabel),
    h('td', {}, access.outcomeLabel)));
  view.append(h('table', { class: 'access-log' }, h('thead', {}, h('tr', {}, head)), h('tbody', {}, rows)));
}
