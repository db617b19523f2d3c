// #/sheet/<preparationMeetingId>: the preparation sheet "Her er mit liv", made for the citizen: pictogram first,
// short easy-read questions with a read-aloud button on every text, big touch targets, and entries in words, by
// picking pictures (icons), or as an uploaded drawing or photo. Works on a phone.
import { h, icon, announce, showError, chooseVersion, readAloudButton } from '../ui.js';
import { t } from '../i18n.js';
import { get, post, put, del, api } from '../api.js';
import { pickIcons } from '../components/icon-picker.js';

export const texts = ['sheet', 'icons'];
export const styles = ['sheet'];

const PICTOGRAMS = { WISH_TO_MANAGE: 'prep.wish-to-manage', CAN_DO: 'prep.can-do', DREAMS: 'prep.dreams', INTERESTS: 'prep.interests' };

export async function render(view, [meetingId]) {
  const path = `/api/preparation-meetings/${encodeURIComponent(meetingId)}`;
  const { data: catalogue } = await get('/api/icons');
  const labels = new Map(catalogue.map((entry) => [entry.concept, entry.label]));
  let { data: meeting, etag } = await get(path);
  const { data: citizen } = await get(`/api/citizens/${encodeURIComponent(meeting.citizenId)}`);
  document.body.dataset.look = citizen.look === 'NEUTRAL' ? 'neutral' : 'colourful';

  const onBehalf = h('input', { type: 'text', id: 'on-behalf-of' });
  const fields = h('div', { class: 'sheet-fields' });
  view.append(
    h('p', { class: 'no-print' }, h('a', { href: `#/preparation/${encodeURIComponent(meeting.cycleId)}` }, `← ${t('sheet.back')}`)),
    h('div', { class: 'sheet-title' },
      h('h1', { tabindex: '-1', class: 'page-heading' }, meeting.sheet.title),
      readAloudButton(`${meeting.sheet.title}. ${t('sheet.intro')}`)),
    h('p', { class: 'sheet-who' }, citizen.name),
    h('div', { class: 'read-row' }, h('p', { class: 'easy' }, t('sheet.intro')), readAloudButton(t('sheet.intro'))),
    h('details', { class: 'helper' }, h('summary', {}, t('sheet.forHelper')),
      h('label', { for: 'on-behalf-of' }, t('sheet.onBehalfOf')), h('p', { class: 'help' }, t('sheet.onBehalfOfHelp')), onBehalf),
    fields);
  draw();

  function draw() {
    fields.replaceChildren(...meeting.sheet.fields.map(fieldCard));
  }

  async function reload(focusSelector) {
    ({ data: meeting, etag } = await get(path));
    draw();
    if (focusSelector) fields.querySelector(focusSelector)?.focus();
  }

  function fieldCard(field) {
    const key = field.field;
    const question = t(`sheet.question_${key}`);
    const headingId = `field-${key}`;
    const card = h('section', { class: `sheet-field sheet-field-${key}`, 'aria-labelledby': headingId, dataset: { field: key } },
      h('div', { class: 'field-head' }, icon(PICTOGRAMS[key], '', 96),
        h('div', {},
          h('div', { class: 'read-row' }, h('h2', { id: headingId }, field.label), readAloudButton(field.label)),
          h('div', { class: 'read-row' }, h('p', { class: 'easy question' }, question), readAloudButton(question)))),
      h('ul', { class: 'sheet-entries', 'aria-label': t('sheet.entriesIn', { field: field.label }) },
        field.entries.map((entry) => entryCard(field, entry))));
    const writer = h('div', { class: 'writer hidden' });
    const textId = `write-${key}`;
    const area = h('textarea', { id: textId, rows: 3 });
    writer.append(h('label', { for: textId }, t('sheet.writeLabel', { field: field.label })), area,
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary save-words', onclick: () => saveNew(key, { text: area.value.trim() }, area) }, t('sheet.saveWords')),
        h('button', { type: 'button', onclick: () => { writer.classList.add('hidden'); card.querySelector('.write').focus(); } }, t('sheet.cancel'))));
    const fileId = `picture-${key}`;
    const file = h('input', { type: 'file', id: fileId, accept: 'image/png,image/jpeg', class: 'picture-input' });
    file.addEventListener('change', () => upload(key, file));
    card.append(
      h('div', { class: 'add-buttons' },
        h('button', { type: 'button', class: 'big write', onclick: () => { writer.classList.remove('hidden'); area.focus(); } },
          t('sheet.write')),
        h('button', { type: 'button', class: 'big pick', onclick: async () => {
          const chosen = await pickIcons({ title: t('sheet.pickTitle', { field: field.label }) });
          if (chosen?.length) await saveNew(key, { icons: chosen });
          else card.querySelector('.pick').focus();
        } }, t('sheet.pick')),
        h('div', { class: 'big upload' }, h('label', { for: fileId }, t('sheet.upload')), file)),
      writer);
    return card;
  }

  function entryCard(field, entry) {
    const words = entry.text || entry.icons.map((c) => labels.get(c) ?? c).join(', ') || t('sheet.picture');
    const item = h('li', { class: 'sheet-entry', dataset: { entryId: entry.id } },
      entry.icons.length ? h('div', { class: 'entry-icons' }, entry.icons.map((concept) =>
        h('figure', {}, icon(concept, '', 72), h('figcaption', {}, labels.get(concept) ?? concept)))) : null,
      entry.pictureHref ? h('img', { class: 'entry-picture', src: entry.pictureHref, alt: t('sheet.pictureAlt', { field: field.label }) }) : null,
      entry.text ? h('p', { class: 'entry-text' }, entry.text) : null,
      h('div', { class: 'entry-tools' },
        readAloudButton(words),
        entry.text !== null ? h('button', { type: 'button', class: 'edit', onclick: () => edit(field, entry, item) }, t('sheet.edit', { entry: words })) : null,
        h('button', { type: 'button', class: 'danger delete', onclick: () => remove(field, entry) }, t('sheet.delete', { entry: words }))),
      entry.onBehalfOf ? h('p', { class: 'help' }, t('sheet.writtenFor', { by: entry.writtenBy?.name ?? '', for: entry.onBehalfOf })) : null);
    return item;
  }

  function body(fieldKey, entry) {
    return { field: fieldKey, text: entry.text || null, icons: entry.icons ?? [], pictureId: entry.pictureId ?? null,
      onBehalfOf: onBehalf.value.trim() || entry.onBehalfOf || null };
  }

  async function saveNew(fieldKey, entry, keep) {
    if (!entry.text && !entry.icons?.length && !entry.pictureId) return;
    const card = fields.querySelector(`.sheet-field-${fieldKey}`);
    try {
      await post(`${path}/entries`, body(fieldKey, entry), etag);
      announce(t('sheet.added'));
      await reload(`.sheet-field-${fieldKey} .add-buttons button`);
    } catch (error) {
      if (error.status === 412) {
        // Someone added to the sheet meanwhile: an addition conflicts with nothing, so add it to the new version.
        ({ etag } = await get(path));
        try {
          await post(`${path}/entries`, body(fieldKey, entry), etag);
          await reload(`.sheet-field-${fieldKey} .add-buttons button`);
          return;
        } catch (again) { error = again; }
      }
      showError(card, error);
      if (keep) keep.focus();
    }
  }

  async function upload(fieldKey, input) {
    const card = fields.querySelector(`.sheet-field-${fieldKey}`);
    const picture = input.files?.[0];
    if (!picture) return;
    try {
      const { data } = await api('POST', '/api/pictures', { body: picture, contentType: picture.type || 'application/octet-stream' });
      await saveNew(fieldKey, { pictureId: data.id });
    } catch (error) {
      showError(card, error);
      card.querySelector('.picture-input')?.focus();
    }
  }

  function edit(field, entry, item) {
    const id = `edit-${entry.id}`;
    const area = h('textarea', { id, rows: 3 });
    area.value = entry.text ?? '';
    const form = h('div', { class: 'writer' }, h('label', { for: id }, t('sheet.editLabel')), area,
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary', onclick: () => saveEdit(field, entry, area) }, t('sheet.saveWords')),
        h('button', { type: 'button', onclick: () => reload() }, t('sheet.cancel'))));
    item.replaceChildren(form);
    area.focus();
  }

  async function saveEdit(field, entry, area) {
    const changed = { ...entry, text: area.value.trim() };
    const entryPath = `${path}/entries/${encodeURIComponent(entry.id)}`;
    try {
      await put(entryPath, body(field.field, changed), etag);
      announce(t('sheet.saved'));
      await reload();
    } catch (error) {
      if (error.status === 412) {
        const { data: now, etag: nowTag } = await get(path);
        const theirs = now.sheet.fields.flatMap((f) => f.entries).find((e) => e.id === entry.id);
        const choice = await chooseVersion({ mine: changed.text, theirs: theirs?.text ?? t('sheet.deleted') });
        if (choice === 'mine' && theirs) {
          try { await put(entryPath, body(field.field, changed), nowTag); await reload(); } catch (again) { showError(area.closest('li'), again); }
        } else {
          await reload();
        }
      } else {
        showError(area.closest('li'), error);
        area.focus();
      }
    }
  }

  async function remove(field, entry) {
    try {
      await del(`${path}/entries/${encodeURIComponent(entry.id)}`, etag);
      announce(t('sheet.deletedAnnounce'));
      await reload(`.sheet-field-${field.field} .add-buttons button`);
    } catch (error) {
      if (error.status === 412) {
        await reload();
        showError(fields, { message: t('sheet.changedMeanwhile') });
      } else {
        showError(fields.querySelector(`.sheet-field-${field.field}`), error);
      }
    }
  }
}
