// "Hvem har adgang": the citizen's recorded relationships — caseload, team, the citizen's own account, relatives'
// consents, peer guides' invitations — and, for the citizen's caseworker, recording and ending them. Shown on the
// access-log page: who may see the information, above who has seen it.
import { h, showError, announce, formatDate } from '../ui.js';
import { t } from '../i18n.js';
import { all, post, del, currentSession } from '../api.js';

const CONSENTABLE = ['PLAN', 'GOAL', 'STAIRCASE', 'PREPARATION_MEETING', 'PREPARATION_SHEET'];

export async function relationshipsSection(citizenId) {
  const id = encodeURIComponent(citizenId);
  const section = h('section', { class: 'relationships card', 'aria-labelledby': 'relationships-title' });
  const session = await currentSession();
  const mayChange = session?.account?.role === 'CASEWORKER';
  async function fill() {
    const grants = await all(`/api/citizens/${id}/relationships`);
    const items = grants.map((grant) => {
      const who = grant.team ?? grant.accountName ?? '';
      const parts = grant.parts.length ? ` (${grant.parts.map((p) => p.label).join(', ')})` : '';
      const until = grant.validUntil ? ` – ${t('accesslog.until', { date: formatDate(grant.validUntil) })}` : '';
      const item = h('li', {}, h('strong', {}, grant.kindLabel), `: ${who}${parts}${until}`);
      if (mayChange) {
        const remove = h('button', { type: 'button', class: 'no-print' }, t('accesslog.remove'));
        remove.setAttribute('aria-label', `${t('accesslog.remove')}: ${grant.kindLabel} ${who}`);
        remove.addEventListener('click', async () => {
          try {
            await del(`/api/citizens/${id}/relationships/${encodeURIComponent(grant.id)}`);
            announce(t('accesslog.removed'));
            await refresh();
          } catch (error) {
            showError(section, error);
          }
        });
        item.append(' ', remove);
      }
      return item;
    });
    return h('ul', { class: 'relationship-list' }, items);
  }
  async function refresh() {
    section.replaceChildren(h('h2', { id: 'relationships-title' }, t('accesslog.relationships')),
      h('p', { class: 'intro' }, t('accesslog.relationshipsIntro')), await fill());
    if (mayChange) {
      section.append(addForm(id, refresh));
    }
  }
  await refresh();
  return section;
}

function addForm(id, refresh) {
  const kind = h('select', { id: 'grant-kind', name: 'kind' },
    ['TEAM', 'CASEWORKER', 'CITIZEN_ACCOUNT', 'RELATIVE_CONSENT'].map((value) =>
      h('option', { value }, t(`accesslog.kind.${value}`))));
  const name = h('input', { id: 'grant-name', name: 'name', type: 'text', autocomplete: 'off' });
  const nameLabel = h('label', { for: 'grant-name' }, t('accesslog.team'));
  const parts = h('fieldset', { class: 'grant-parts', hidden: true }, h('legend', {}, t('accesslog.covers')),
    CONSENTABLE.map((part) => h('label', {}, h('input', { type: 'checkbox', name: 'parts', value: part }), ' ',
      t(`accesslog.part.${part}`))));
  const until = h('input', { id: 'grant-until', name: 'validUntil', type: 'date' });
  const untilField = h('p', { hidden: true }, h('label', { for: 'grant-until' }, t('accesslog.validUntil')), ' ', until);
  kind.addEventListener('change', () => {
    nameLabel.textContent = t(kind.value === 'TEAM' ? 'accesslog.team' : 'accesslog.username');
    parts.hidden = kind.value !== 'RELATIVE_CONSENT';
    untilField.hidden = kind.value !== 'RELATIVE_CONSENT';
  });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('accesslog.add'));
  const form = h('form', { class: 'grant-form no-print', novalidate: true },
    h('h3', {}, t('accesslog.addTitle')),
    h('p', {}, h('label', { for: 'grant-kind' }, t('accesslog.kind')), ' ', kind),
    h('p', {}, nameLabel, ' ', name), parts, untilField, h('div', { class: 'actions' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { kind: kind.value };
    if (kind.value === 'TEAM') {
      body.team = name.value;
    } else {
      body.username = name.value;
    }
    if (kind.value === 'RELATIVE_CONSENT') {
      body.parts = [...form.querySelectorAll('input[name=parts]:checked')].map((box) => box.value);
      body.validUntil = until.value || null;
    }
    submit.disabled = true;
    try {
      await post(`/api/citizens/${id}/relationships`, body);
      announce(t('accesslog.added'));
      await refresh();
    } catch (error) {
      showError(form, error);
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}
