// Start: the caseworker's citizens.
import { h, pageHeading } from '../ui.js';
import { t } from '../i18n.js';
import { get } from '../api.js';

export const texts = ['start'];

export async function render(main) {
  const { data } = await get('/api/citizens?limit=50');
  main.append(pageHeading(t('start.title')),
    h('ul', { class: 'citizen-list' }, data.items.map((citizen) =>
      h('li', {}, h('a', { href: `#/citizen/${citizen.id}` }, citizen.name)))));
}
