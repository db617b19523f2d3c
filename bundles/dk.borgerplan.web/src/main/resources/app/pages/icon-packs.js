// #/icon-packs: the administrator's page for icon packs: the installed packs in precedence order with licence and
// count, upload of a new pack or version, reorder, disable/enable, remove, and the log of admin actions. Every
// action takes effect at once; the list is read again after each one.
import { h, icon, announce, showError, pageHeading } from '../ui.js';
import { t, language } from '../i18n.js';
import { get, post, put, del, api } from '../api.js';

export const texts = ['iconpacks'];
export const styles = ['iconpacks'];

const PREVIEW = 6;

export async function render(view) {
  const list = h('ol', { class: 'packs' });
  const log = h('div', { class: 'log' });
  const feedback = h('div', { class: 'feedback' });
  const file = h('input', { type: 'file', id: 'pack-file', accept: '.jar,application/java-archive' });
  const uploadForm = h('form', { class: 'card upload', 'aria-labelledby': 'upload-heading' },
    h('h2', { id: 'upload-heading' }, t('iconpacks.upload')),
    h('p', { class: 'help' }, t('iconpacks.uploadHelp')),
    h('label', { for: 'pack-file' }, t('iconpacks.file')), file,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('iconpacks.uploadButton'))));
  uploadForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const jar = file.files?.[0];
    if (!jar) { showError(uploadForm, { message: t('iconpacks.chooseFile') }); file.focus(); return; }
    uploadForm.querySelector(':scope > .error-box')?.remove();
    try {
      const { data, status } = await api('POST', '/api/admin/icon-packs', { body: jar, contentType: 'application/java-archive' });
      file.value = '';
      await done(t(status === 201 ? 'iconpacks.installed' : 'iconpacks.updated', { name: data.name, version: data.version }));
    } catch (error) {
      showError(uploadForm, error);
      file.focus();
    }
  });

  view.append(pageHeading(t('iconpacks.title')), h('p', {}, t('iconpacks.intro')), feedback,
    h('section', { 'aria-labelledby': 'packs-heading' }, h('h2', { id: 'packs-heading' }, t('iconpacks.installedHeading')),
      h('p', { class: 'help' }, t('iconpacks.orderHelp')), list),
    uploadForm,
    h('section', { 'aria-labelledby': 'log-heading' }, h('h2', { id: 'log-heading' }, t('iconpacks.log')), log));
  await draw();

  async function draw(focus) {
    const [{ data: packs }, { data: icons }, { data: entries }] = await Promise.all([
      get('/api/admin/icon-packs'), get('/api/icons'), get('/api/admin/icon-packs/log')]);
    list.replaceChildren(...packs.map((pack, index) => packItem(pack, index, packs, icons)));
    log.replaceChildren(logTable(entries));
    if (focus) list.querySelector(focus)?.focus();
  }

  async function done(message, focus) {
    feedback.replaceChildren();
    await draw(focus);
    feedback.append(h('p', { class: 'done', role: 'status' }, message));
    announce(message);
  }

  async function act(action, message, focus) {
    try {
      await action();
      await done(message, focus);
    } catch (error) {
      feedback.replaceChildren();
      showError(feedback, error);
      await draw();
    }
  }

  function packItem(pack, index, packs, icons) {
    const preview = icons.filter((entry) => entry.pack === pack.id).slice(0, PREVIEW);
    const id = encodeURIComponent(pack.id);
    const order = (to) => {
      const ids = packs.map((p) => p.id);
      ids.splice(index, 1);
      ids.splice(to, 0, pack.id);
      return act(() => put('/api/admin/icon-packs/order', { order: ids }), t('iconpacks.moved', { name: pack.name, position: to + 1 }),
        `[data-pack="${CSS.escape(pack.id)}"] .${to < index ? 'up' : 'down'}`);
    };
    const active = pack.state === 'active';
    return h('li', { class: `pack card ${active ? 'active' : 'disabled'}`, dataset: { pack: pack.id } },
      h('h3', {}, `${pack.position}. ${pack.name}`),
      h('dl', {},
        h('dt', {}, t('iconpacks.id')), h('dd', {}, pack.id),
        h('dt', {}, t('iconpacks.version')), h('dd', {}, pack.version),
        h('dt', {}, t('iconpacks.licence')), h('dd', {}, pack.licence),
        h('dt', {}, t('iconpacks.attribution')), h('dd', {}, pack.attribution ?? '–'),
        h('dt', {}, t('iconpacks.count')), h('dd', {}, String(pack.icons)),
        h('dt', {}, t('iconpacks.state')), h('dd', { class: 'state' }, active ? t('iconpacks.active') : t('iconpacks.disabledState')),
        h('dt', {}, t('iconpacks.builtIn')), h('dd', {}, pack.removable ? t('iconpacks.no') : t('iconpacks.yes'))),
      preview.length ? h('div', { class: 'preview', role: 'group', 'aria-label': t('iconpacks.preview', { name: pack.name }) },
        preview.map((entry) => h('figure', {}, icon(entry.concept, '', 40), h('figcaption', {}, entry.label)))) : null,
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'up', disabled: index === 0, onclick: () => order(index - 1) },
          t('iconpacks.up', { name: pack.name })),
        h('button', { type: 'button', class: 'down', disabled: index === packs.length - 1, onclick: () => order(index + 1) },
          t('iconpacks.down', { name: pack.name })),
        h('button', { type: 'button', class: active ? 'disable' : 'enable',
          onclick: () => act(() => post(`/api/admin/icon-packs/${id}/${active ? 'disable' : 'enable'}`),
            t(active ? 'iconpacks.disabledDone' : 'iconpacks.enabledDone', { name: pack.name }),
            `[data-pack="${CSS.escape(pack.id)}"] .${active ? 'enable' : 'disable'}`) },
        t(active ? 'iconpacks.disable' : 'iconpacks.enable', { name: pack.name })),
        pack.removable ? h('button', { type: 'button', class: 'danger remove', onclick: () => confirmRemove(pack) },
          t('iconpacks.remove', { name: pack.name })) : null));
  }

  function confirmRemove(pack) {
    const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': 'confirm-title' },
      h('h2', { id: 'confirm-title' }, t('iconpacks.confirmTitle', { name: pack.name })),
      h('p', {}, t('iconpacks.confirmText')),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'danger confirm-remove', onclick: async () => {
          close();
          await act(() => del(`/api/admin/icon-packs/${encodeURIComponent(pack.id)}`), t('iconpacks.removed', { name: pack.name }));
          document.getElementById('packs-heading')?.focus?.();
        } }, t('iconpacks.confirmRemove')),
        h('button', { type: 'button', class: 'cancel-remove', onclick: () => { close(); list.querySelector(`[data-pack="${CSS.escape(pack.id)}"] .remove`)?.focus(); } },
          t('iconpacks.keep'))));
    function close() { dialog.close(); dialog.remove(); }
    document.body.append(dialog);
    dialog.showModal();
    dialog.querySelector('.cancel-remove').focus();
  }

  function logTable(entries) {
    if (!entries.length) return h('p', {}, t('iconpacks.noLog'));
    const when = (iso) => new Date(iso).toLocaleString(language() === 'da' ? 'da-DK' : 'en-GB');
    return h('table', { class: 'log-table' },
      h('caption', { class: 'visually-hidden' }, t('iconpacks.log')),
      h('thead', {}, h('tr', {}, ['logTime', 'logActor', 'logAction', 'logPack', 'logVersion', 'logOutcome']
        .map((key) => h('th', { scope: 'col' }, t(`iconpacks.${key}`))))),
      h('tbody', {}, [...entries].reverse().map((entry) => h('tr', {},
        h('td', {}, when(entry.time)), h('td', {}, entry.actor), h('td', {}, actionWords(entry.action)),
        h('td', {}, entry.pack ?? ''), h('td', {}, entry.version ?? ''), h('td', {}, outcomeWords(entry.outcome))))));
  }

  /** The log records actions and outcomes as codes (upload, done, "refused: …"); the page says them in words. */
  function actionWords(action) {
    const known = ['upload', 'enable', 'disable', 'remove', 'order'];
    return known.includes(action) ? t(`iconpacks.action_${action}`) : action;
  }

  function outcomeWords(outcome) {
    if (outcome === 'done') return t('iconpacks.outcomeDone');
    if (outcome.startsWith('done: ')) return `${t('iconpacks.outcomeDone')} (${outcome.slice(6)})`;
    if (outcome.startsWith('refused: ')) return `${t('iconpacks.outcomeRefused')}: ${outcome.slice(9)}`;
    return outcome;
  }
}
