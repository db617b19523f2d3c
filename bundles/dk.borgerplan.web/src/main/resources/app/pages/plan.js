// The plan meeting's visual plan, "Mit liv – Min plan", as the paper plan draws it: a wheel with the resource
// (smiley) field at the top centre, the life-theme fields around it, the employment field, and beside it the date,
// the citizen's name, the purpose, three SMART goals scored now and expected, and notes. The rules are the plan
// model's: this page shows its hints, refusals and completeness as they come.
import { h, icon, announce, showError, chooseVersion, pageHeading, formatDate } from '../ui.js';
import { t, language } from '../i18n.js';
import { get, post, put } from '../api.js';
import { pickIcons } from '../components/icon-picker.js';
import { scorePicker } from '../components/score-picker.js';

export const texts = ['plan', 'icons'];
export const styles = ['plan'];

const GOAL_SLOTS = 3;
const DEFAULT_SCALE = 'fko';
const SMART = ['specific', 'measurable', 'accepted', 'realistic', 'timeBound'];
const PARTIES = ['CITIZEN', 'PROVIDER', 'AUTHORITY'];

/** #/plan/<planId> */
export async function render(view, [planId]) {
  const { data: plan, etag } = await get(`/api/plans/${encodeURIComponent(planId)}`);
  await renderEditor(view, { plan, etag, citizenId: plan.citizenId });
}

/** The editor for a saved plan ({plan, etag}) or a new one ({citizenId}). Used by new-plan.js too. */
export async function renderEditor(view, { plan = null, etag = null, citizenId }) {
  const [{ data: citizen, etag: citizenEtag }, { data: themes }, { data: scales }, { data: catalogue }, { data: guides }] = await Promise.all([
    get(`/api/citizens/${encodeURIComponent(citizenId)}`), get('/api/themes'), get('/api/scales'), get('/api/icons'),
    get('/api/guides?phase=DRAFT')]);
  // The SMART questions are the shared guide "smart" (a municipality may have edited them); its items by field.
  const smartGuide = guides.find((g) => g.source === 'shared' && g.id === 'smart');
  const smartItem = (part) => smartGuide?.items.find((i) => i.id === part.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
  const labels = new Map(catalogue.map((entry) => [entry.concept, entry.label]));
  const state = { plan, etag, citizen, citizenEtag, dirty: false, slotOfIndex: [] };
  const draft = draftOf(plan, themes);
  const scaleOf = (id) => scales.find((s) => s.id === id) ?? scales.find((s) => s.id === DEFAULT_SCALE) ?? scales[0];
  document.body.dataset.look = citizen.look === 'NEUTRAL' ? 'neutral' : 'colourful';

  const status = h('p', { class: 'save-state', 'aria-live': 'polite' });
  const markDirty = () => { state.dirty = true; status.textContent = t('plan.unsaved'); };
  const form = h('form', { class: 'plan-form', novalidate: true });

  // ---- the head of the sheet: title, name, date, look, print
  const dateInput = h('input', { type: 'date', id: 'meeting-date', value: draft.meetingDate ?? '', dataset: { field: 'meeting.date' } });
  dateInput.addEventListener('input', () => { draft.meetingDate = dateInput.value || null; printed.date.textContent = formatDate(draft.meetingDate); markDirty(); });
  const printed = { date: h('span', { class: 'print-only' }, formatDate(draft.meetingDate)) };
  const head = h('div', { class: 'sheet-head' },
    h('p', { class: 'sheet-name' }, h('span', { class: 'caption' }, `${t('plan.name')}: `), h('strong', {}, citizen.name)),
    h('p', { class: 'sheet-date' }, h('label', { for: 'meeting-date', class: 'caption inline' }, `${t('plan.date')}: `),
      dateInput, printed.date));

  // ---- the wheel
  const wheel = h('div', { class: 'wheel', role: 'group', 'aria-label': t('plan.wheel') });
  const resource = fieldBox({ key: 'resource', title: t('plan.resourceField'), help: t('plan.resourceHelp'),
    pictogram: 'resource.smiley', entries: draft.resourceField, pickTheme: null, palette: ['resource.smiley', 'resource.strong', 'resource.creative', 'resource.helpful'] });
  resource.classList.add('field-resource');
  wheel.append(resource);
  themes.forEach((theme, index) => {
    const entry = draft.themeFields.get(theme.ref.code);
    const box = fieldBox({ key: `theme-${theme.wheelField}`, title: theme.label, pictogram: theme.icon,
      entries: entry.entries, pickTheme: theme.wheelField,
      palette: [...new Set([...theme.subThemes.map((sub) => sub.icon).filter(Boolean),
        ...catalogue.filter((entry) => entry.themes.includes(theme.wheelField) && entry.concept !== theme.icon)
          .map((entry) => entry.concept)])].slice(0, 4) });
    box.classList.add('field-theme', `field-theme-${index + 1}`);
    wheel.append(box);
  });
  const centre = h('div', { class: 'wheel-centre' }, h('p', { class: 'wheel-title' }, t('plan.title')),
    h('p', { class: 'wheel-name' }, citizen.name));
  wheel.append(centre);
  const employment = fieldBox({ key: 'employment', title: t('plan.employmentField'), help: t('plan.employmentHelp'),
    pictogram: 'employment.work', entries: draft.employmentField, pickTheme: null,
    palette: ['employment.work', 'employment.education', 'employment.internship', 'employment.volunteer'] });
  employment.classList.add('field-employment');
  wheel.append(employment);

  // ---- purpose, goals, notes
  const purpose = textArea('purpose', t('plan.purpose'), draft.purpose, (value) => { draft.purpose = value; }, t('plan.purposeHelp'));
  const goalsList = h('ol', { class: 'goals' });
  draft.goals.forEach((goal, slot) => goalsList.append(goalSlot(goal, slot)));
  const notes = textArea('notes', t('plan.notes'), draft.notes, (value) => { draft.notes = value; });
  const section141 = actionPlanSection();

  const approvals = h('section', { class: 'approvals no-print', 'aria-labelledby': 'approvals-heading' });
  const hintsBox = h('div', { class: 'hints no-print' });
  const saveButton = h('button', { type: 'submit', class: 'primary' }, t('plan.save'));
  const parkingLotLink = h('p', { class: 'no-print' });
  const drawParkingLotLink = () => parkingLotLink.replaceChildren(...(state.plan ? [h('a',
    { href: `#/parking-lot/${encodeURIComponent(state.plan.id)}` }, t('plan.parkingLotLink'))] : []));

  form.append(head, wheel,
    h('section', { class: 'plan-text', 'aria-labelledby': 'goals-heading' },
      purpose,
      h('h2', { id: 'goals-heading' }, t('plan.goals')),
      h('p', { class: 'help no-print' }, t('plan.goalsHelp')),
      goalsList, notes, section141),
    h('div', { class: 'actions no-print sticky-actions' }, saveButton, status));

  view.append(
    h('div', { class: 'plan-top no-print' },
      h('p', {}, h('a', { href: `#/citizen/${encodeURIComponent(citizen.id)}` }, `← ${citizen.name}`)),
      lookSwitch(), printButtons()),
    pageHeading(t('plan.title')),
    miHelp(), form, hintsBox, approvals, parkingLotLink);
  drawParkingLotLink();
  drawApprovals();
  drawHints();

  form.addEventListener('input', (event) => { if (!event.target.closest('.score-picker')) markDirty(); });
  form.addEventListener('submit', (event) => { event.preventDefault(); save(); });
  const leaveGuard = (event) => { if (state.dirty && view.isConnected) { event.preventDefault(); event.returnValue = ''; } };
  window.addEventListener('beforeunload', leaveGuard);

  // ---------------------------------------------------------------- pieces

  function textArea(field, label, value, onInput, help) {
    const id = `field-${field}`;
    const area = h('textarea', { id, rows: 3, dataset: { field } });
    area.value = value ?? '';
    const copy = h('p', { class: 'print-only print-text' }, value ?? '');
    area.addEventListener('input', () => { onInput(area.value); copy.textContent = area.value; });
    return h('div', { class: `text-field text-field-${field}` }, h('label', { for: id }, label),
      help ? h('p', { class: 'help no-print', id: `${id}-help` }, help) : null, area, copy);
  }

  function fieldBox({ key, title, help, pictogram, entries, pickTheme, palette }) {
    const list = h('ul', { class: 'entries' });
    const headingId = `heading-${key}`;
    const box = h('section', { class: 'wheel-field', 'aria-labelledby': headingId, dataset: { fieldKey: key } },
      h('h3', { id: headingId }, icon(pictogram, '', 36), h('span', {}, title)),
      help ? h('p', { class: 'help no-print' }, help) : null, list);
    const draw = () => {
      list.replaceChildren(...entries.map((entry, i) => {
        const words = entry.text || entry.icons.map((c) => labels.get(c) ?? c).join(', ');
        return h('li', {},
          entry.icons.map((concept) => icon(concept, labels.get(concept) ?? concept, 40)),
          entry.text ? h('span', { class: 'entry-text' }, entry.text) : null,
          h('button', { type: 'button', class: 'remove no-print', 'aria-label': t('plan.removeEntry', { entry: words, field: title }),
            onclick: () => { entries.splice(i, 1); draw(); markDirty(); box.querySelector('.add-text input').focus(); } }, '✕'));
      }));
    };
    const add = (entry) => { entries.push(entry); draw(); markDirty(); announce(t('plan.entryAdded', { field: title })); };
    const textId = `add-${key}`;
    const textInput = h('input', { type: 'text', id: textId });
    const addText = () => {
      if (textInput.value.trim()) { add({ text: textInput.value.trim(), icons: [] }); textInput.value = ''; }
      textInput.focus();
    };
    textInput.addEventListener('keydown', (event) => { if (event.key === 'Enter') { event.preventDefault(); addText(); } });
    const tools = h('div', { class: 'field-tools no-print' },
      h('div', { class: 'add-text' }, h('label', { for: textId, class: 'visually-hidden' }, t('plan.addWordsTo', { field: title })),
        textInput, h('button', { type: 'button', onclick: addText }, t('plan.addWords'))),
      h('button', { type: 'button', class: 'pick-icons', onclick: async () => {
        const chosen = await pickIcons({ title: t('plan.pickFor', { field: title }), theme: pickTheme ?? undefined });
        if (chosen?.length) add({ text: null, icons: chosen });
        box.querySelector('.pick-icons').focus();
      } }, t('plan.pickIcons')),
      palette.length ? h('div', { class: 'palette', role: 'group', 'aria-label': t('plan.palette', { field: title }) },
        palette.map((concept) => {
          const button = h('button', { type: 'button', class: 'palette-icon', draggable: 'true',
            'aria-label': t('plan.addIcon', { icon: labels.get(concept) ?? concept, field: title }), dataset: { concept } },
          icon(concept, '', 32));
          button.addEventListener('click', () => add({ text: null, icons: [concept] }));
          button.addEventListener('dragstart', (event) => {
            event.dataTransfer.setData('text/plain', concept);
            event.dataTransfer.effectAllowed = 'copy';
          });
          return button;
        })) : null);
    box.append(tools);
    // Any palette icon can be dragged onto any field of the wheel (where the device has drag and drop).
    box.addEventListener('dragover', (event) => { event.preventDefault(); box.classList.add('drop-target'); });
    box.addEventListener('dragleave', () => box.classList.remove('drop-target'));
    box.addEventListener('drop', (event) => {
      event.preventDefault();
      box.classList.remove('drop-target');
      const concept = event.dataTransfer.getData('text/plain');
      if (/^[a-z0-9.-]+$/.test(concept)) add({ text: null, icons: [concept] });
    });
    draw();
    return box;
  }

  function goalSlot(goal, slot) {
    const base = `goal-${slot}`;
    const scale = scaleOf(goal.scale);
    const textId = `${base}-text`;
    const text = h('textarea', { id: textId, rows: 2, dataset: { field: `${base}.text` }, 'aria-describedby': `${base}-smart-summary` });
    text.value = goal.text;
    const copy = h('p', { class: 'print-only print-text' }, goal.text);
    const smart = h('details', { class: 'smart-help no-print' },
      h('summary', { id: `${base}-smart-summary` }, t('plan.smartHelp')),
      h('p', { class: 'help' }, t('plan.smartIntro')),
      SMART.map((part) => {
        const id = `${base}-smart-${part}`;
        const input = h('input', { type: 'text', id, dataset: { field: `${base}.smart.${part}` } });
        input.value = goal.smart[part] ?? '';
        input.addEventListener('input', () => { goal.smart[part] = input.value; });
        const item = smartItem(part);
        return h('div', { class: 'smart-question' }, h('label', { for: id }, item?.name ?? t(`plan.smart_${part}`)),
          item ? h('p', { class: 'help', id: `${id}-q` }, item.what) : null, input);
      }),
      h('ul', { class: 'goal-hints', dataset: { slot: String(slot) } }));
    text.addEventListener('focus', () => { smart.open = true; });
    text.addEventListener('input', () => { goal.text = text.value; copy.textContent = text.value; });

    const note = h('div', { class: 'disagreement' });
    const noteId = `${base}-note`;
    const noteArea = h('textarea', { id: noteId, rows: 2, dataset: { field: `${base}.disagreementNote` } });
    noteArea.value = goal.note ?? '';
    const noteCopy = h('p', { class: 'print-only print-text' }, goal.note ?? '');
    noteArea.addEventListener('input', () => { goal.note = noteArea.value; noteCopy.textContent = noteArea.value; });
    note.append(h('label', { for: noteId }, t('plan.disagreementNote')),
      h('p', { class: 'help no-print' }, t('plan.disagreementHelp')), noteArea, noteCopy);
    const showNote = () => note.classList.toggle('hidden', goal.citizen === null || goal.citizen === goal.current);
    showNote();

    const li = h('li', { class: 'goal', dataset: { slot: String(slot) } },
      h('h3', {}, t('plan.goalNumber', { number: slot + 1 })),
      h('label', { for: textId }, t('plan.goalText')), text, copy, smart,
      h('div', { class: 'scores' },
        scorePicker({ legend: t('plan.scoreNow'), scale, value: goal.current, field: `${base}.currentScore.value`,
          onChange: (value) => { goal.current = value; showNote(); markDirty(); } }),
        scorePicker({ legend: t('plan.scoreExpected'), scale, value: goal.expected, field: `${base}.expectedScore.value`,
          onChange: (value) => { goal.expected = value; markDirty(); } }),
        scorePicker({ legend: t('plan.citizenScore'), scale, value: goal.citizen, optional: true,
          noneLabel: t('plan.citizenAgrees'), field: `${base}.citizenScore.value`,
          onChange: (value) => { goal.citizen = value; showNote(); markDirty(); } })),
      note);
    return li;
  }

  function actionPlanSection() {
    const elements = draft.actionPlan;
    const input = (field, label, value, onInput) => {
      const id = `ap-${field.replace(/\./g, '-')}`;
      const area = h('input', { type: 'text', id, dataset: { field: `actionPlan.${field}` } });
      area.value = value ?? '';
      area.addEventListener('input', () => onInput(area.value));
      return h('div', { class: 'ap-field' }, h('label', { for: id }, label), area);
    };
    const missing = h('ul', { class: 'missing' });
    const section = h('details', { class: 'action-plan no-print' },
      h('summary', {}, t('plan.actionPlan')), h('p', { class: 'help' }, t('plan.actionPlanHelp')), missing,
      input('neededEffort', t('plan.neededEffort'), elements.neededEffort, (v) => { elements.neededEffort = v; }),
      input('expectedDuration', t('plan.expectedDuration'), elements.expectedDuration, (v) => { elements.expectedDuration = v; }),
      ['housing', 'employment', 'personalHelp', 'treatment', 'aids'].map((part) =>
        input(`specialConditions.${part}`, t(`plan.special_${part}`), elements.specialConditions[part],
          (v) => { elements.specialConditions[part] = v; })));
    const drawMissing = () => {
      const list = state.plan?.completeness?.missing ?? [];
      missing.replaceChildren(...list.map((m) => h('li', {}, t('plan.missingElement', { element: m.label }))));
    };
    drawMissing();
    section.drawMissing = drawMissing;
    return section;
  }

  function drawHints() {
    const hints = state.plan?.hints ?? [];
    form.querySelectorAll('.goal-hints').forEach((list) => list.replaceChildren());
    const general = [];
    for (const hint of hints) {
      const match = /^goals\[(\d+)]/.exec(hint.field ?? '');
      const slot = match ? state.slotOfIndex[Number(match[1])] ?? Number(match[1]) : null;
      const list = slot === null ? null : form.querySelector(`.goal-hints[data-slot="${slot}"]`);
      if (list) list.append(h('li', {}, hint.message)); else general.push(hint);
    }
    hintsBox.replaceChildren();
    if (general.length) {
      hintsBox.append(h('section', { 'aria-labelledby': 'hints-heading' }, h('h2', { id: 'hints-heading' }, t('plan.hints')),
        h('ul', {}, general.map((hint) => h('li', {}, hint.message)))));
    }
    section141.drawMissing();
  }

  function drawApprovals() {
    approvals.replaceChildren(h('h2', { id: 'approvals-heading' }, t('plan.approvals')));
    if (!state.plan) { approvals.append(h('p', {}, t('plan.approveAfterSave'))); return; }
    approvals.append(h('p', {}, state.plan.approved ? t('plan.approvedAll', { revision: state.plan.revision })
      : t('plan.notApprovedYet', { revision: state.plan.revision })));
    approvals.append(h('ul', { class: 'parties' }, PARTIES.map((party) => {
      const given = state.plan.approvals.find((a) => a.party === party);
      return h('li', {}, h('span', { class: 'party' }, t(`plan.party_${party}`)), ' ',
        // The party says who approved; the stamp names an account id, which is no one's name.
        given ? h('span', { class: 'approved' }, '✓ ', given.onBehalfOf
          ? t('plan.approvedOnBehalf', { name: given.onBehalfOf, at: formatDate(given.stamp.at) })
          : t('plan.approvedOn', { at: formatDate(given.stamp.at) }))
          : h('button', { type: 'button', class: 'approve', dataset: { party }, onclick: () => approve(party) },
            t('plan.approveAs', { party: t(`plan.party_${party}`) })));
    })));
  }

  async function approve(party) {
    if (state.dirty) { showError(approvals, { message: t('plan.saveBeforeApproval') }); return; }
    try {
      const answer = await post(`/api/plans/${encodeURIComponent(state.plan.id)}/approvals`, { party }, state.etag);
      state.plan = answer.data;
      state.etag = answer.etag;
      drawApprovals();
      announce(t('plan.approvedAnnounce', { party: t(`plan.party_${party}`) }));
      approvals.querySelector('button.approve')?.focus();
    } catch (error) {
      if (error.status === 412) {
        await reload();
        showError(approvals, { message: t('plan.changedMeanwhile') });
      } else {
        showError(approvals, error);
      }
    }
  }

  function lookSwitch() {
    const name = 'plan-look';
    const set = h('fieldset', { class: 'look-switch' }, h('legend', {}, t('plan.look')));
    for (const look of ['COLOURFUL', 'NEUTRAL']) {
      const id = `look-${look.toLowerCase()}`;
      const input = h('input', { type: 'radio', name, id, value: look, checked: citizen.look === look });
      input.addEventListener('change', () => chooseLook(look));
      set.append(h('span', { class: 'look-option' }, input, h('label', { for: id }, t(`plan.look_${look}`))));
    }
    return set;
  }

  async function chooseLook(look) {
    document.body.dataset.look = look === 'NEUTRAL' ? 'neutral' : 'colourful';
    // The citizen's choice is remembered on the citizen; on a version conflict, read the citizen again once.
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const answer = await put(`/api/citizens/${encodeURIComponent(citizen.id)}`, citizenBody({ ...state.citizen, look }), state.citizenEtag);
        state.citizen = answer.data;
        state.citizenEtag = answer.etag;
        announce(t('plan.lookSaved', { look: t(`plan.look_${look}`) }));
        return;
      } catch (error) {
        if (error.status !== 412 || attempt === 1) { showError(view.querySelector('.plan-top'), error); return; }
        const fresh = await get(`/api/citizens/${encodeURIComponent(citizen.id)}`);
        state.citizen = fresh.data;
        state.citizenEtag = fresh.etag;
      }
    }
  }

  function printButtons() {
    // The paper size is an @page rule in its own stylesheet (the CSP allows no inline style), swapped in first.
    const print = (paper) => {
      document.getElementById('print-paper')?.remove();
      const link = h('link', { rel: 'stylesheet', id: 'print-paper', href: `/app/styles/print-${paper}.css` });
      link.addEventListener('load', () => window.print(), { once: true });
      document.head.append(link);
    };
    return h('div', { class: 'print-buttons' },
      h('button', { type: 'button', onclick: () => print('a4') }, t('plan.printA4')),
      h('button', { type: 'button', onclick: () => print('a3') }, t('plan.printA3')),
      downloads());
  }

  // The plan as files made on the server: what the authority files in the case system (PDF, PNG), the plain
  // document for a citizen who opted out of the visual plan (DOCX), and FHIR for other systems. Saved plans only.
  function downloads() {
    if (!state.plan) return null;
    const base = `/api/plans/${encodeURIComponent(state.plan.id)}/export`;
    const link = (format, paper, label) => h('li', {}, h('a', {
      href: `${base}/${format}?${new URLSearchParams({ ...(paper ? { paper } : {}), lang: language() })}`,
      download: '' }, label));
    return h('details', { class: 'downloads' }, h('summary', {}, t('plan.download')),
      h('ul', {},
        link('pdf', 'A4', t('plan.downloadPdfA4')), link('pdf', 'A3', t('plan.downloadPdfA3')),
        link('png', 'A4', t('plan.downloadPng')), link('docx', null, t('plan.downloadDocx')),
        link('fhir', null, t('plan.downloadFhir'))));
  }

  // ---------------------------------------------------------------- saving

  async function save() {
    clearFieldErrors();
    const body = bodyOf(draft);
    saveButton.disabled = true;
    status.textContent = t('plan.saving');
    try {
      const answer = state.plan
        ? await put(`/api/plans/${encodeURIComponent(state.plan.id)}`, body, state.etag)
        : await post(`/api/citizens/${encodeURIComponent(citizen.id)}/plans`, body);
      saved(answer);
    } catch (error) {
      if (error.status === 412) await resolveConflict(body);
      else failed(error);
    } finally {
      saveButton.disabled = false;
    }
  }

  function saved(answer) {
    const isNew = !state.plan;
    state.plan = answer.data;
    state.etag = answer.etag;
    state.dirty = false;
    // Goals keep their ids from now on: a later save changes them instead of making new ones.
    state.plan.goals.forEach((goal, index) => {
      const slot = state.slotOfIndex[index];
      if (slot !== undefined) draft.goals[slot].id = goal.id;
    });
    status.textContent = t('plan.savedAt', { revision: state.plan.revision });
    announce(t('plan.saved'));
    drawApprovals();
    drawHints();
    drawParkingLotLink();
    if (isNew) history.replaceState(null, '', `#/plan/${state.plan.id}`);
  }

  function failed(error) {
    status.textContent = t('plan.notSaved');
    showFieldErrors(error);
    showError(form, error);
  }

  async function resolveConflict(body) {
    const theirs = await get(`/api/plans/${encodeURIComponent(state.plan.id)}`);
    const choice = await chooseVersion({ mine: summary(body), theirs: summary(theirs.data) });
    if (choice === 'mine') {
      try {
        saved(await put(`/api/plans/${encodeURIComponent(state.plan.id)}`, body, theirs.etag));
      } catch (error) { failed(error); }
    } else {
      state.dirty = false;
      view.replaceChildren();
      window.removeEventListener('beforeunload', leaveGuard);
      await renderEditor(view, { plan: theirs.data, etag: theirs.etag, citizenId: citizen.id });
    }
  }

  async function reload() {
    const fresh = await get(`/api/plans/${encodeURIComponent(state.plan.id)}`);
    state.plan = fresh.data;
    state.etag = fresh.etag;
    drawApprovals();
  }

  function bodyOf(d) {
    state.slotOfIndex = [];
    const goals = [];
    d.goals.forEach((goal, slot) => {
      const empty = !goal.text.trim() && goal.current === null && goal.expected === null && !goal.id;
      if (empty) return;
      state.slotOfIndex.push(slot);
      const scale = scaleOf(goal.scale).id;
      const smart = Object.fromEntries(SMART.map((part) => [part, goal.smart[part]?.trim() || null]));
      goals.push({
        ...goal.kept,
        id: goal.id ?? undefined,
        text: goal.text,
        smart: SMART.some((part) => smart[part]) ? smart : null,
        currentScore: goal.current === null ? null : { scale, value: goal.current },
        expectedScore: goal.expected === null ? null : { scale, value: goal.expected },
        citizenScore: goal.citizen === null ? null : { scale, value: goal.citizen },
        disagreementNote: goal.note?.trim() ? goal.note : null,
      });
    });
    const entries = (list) => list.map((e) => ({ text: e.text || null, icons: e.icons }));
    const ap = d.actionPlan;
    const blank = (v) => (v && v.trim() ? v : null);
    return {
      purpose: d.purpose,
      goals,
      resourceField: entries(d.resourceField),
      themeFields: [...d.themeFields.values()].filter((f) => f.entries.length)
        .map((f) => ({ theme: f.theme, entries: entries(f.entries) })),
      employmentField: entries(d.employmentField),
      notes: blank(d.notes),
      parkingLot: d.parkingLot,
      actionPlan: { neededEffort: blank(ap.neededEffort), expectedDuration: blank(ap.expectedDuration),
        specialConditions: Object.fromEntries(Object.entries(ap.specialConditions).map(([k, v]) => [k, blank(v)])) },
      meeting: d.meetingDate ? { date: d.meetingDate, participants: d.participants } : null,
    };
  }

  function summary(p) {
    const goals = (p.goals ?? []).map((g, i) => `${i + 1}. ${g.text} (${t('plan.scoreNow')}: ${g.currentScore?.value ?? '–'}, `
      + `${t('plan.scoreExpected')}: ${g.expectedScore?.value ?? '–'})`);
    return [`${t('plan.purpose')}: ${p.purpose ?? ''}`, ...goals, `${t('plan.notes')}: ${p.notes ?? ''}`].join('\n');
  }

  /** The API names fields of the body it was sent; goals[i] is the i-th goal sent, which is slot slotOfIndex[i]. */
  function elementFor(field) {
    const goal = /^goals\[(\d+)](?:\.(.*))?$/.exec(field);
    let key = field;
    if (goal) {
      const slot = state.slotOfIndex[Number(goal[1])] ?? Number(goal[1]);
      key = `goal-${slot}${goal[2] ? `.${goal[2]}` : '.text'}`;
      if (/^goal-\d+\.(currentScore|expectedScore|citizenScore)$/.test(key)) key += '.value';
    }
    return form.querySelector(`[data-field="${CSS.escape(key)}"]`);
  }

  function showFieldErrors(error) {
    for (const e of error.errors ?? []) {
      const target = elementFor(e.field);
      if (!target) continue;
      const id = `error-${Math.random().toString(36).slice(2, 8)}`;
      target.setAttribute('aria-invalid', 'true');
      target.setAttribute('aria-describedby', `${target.getAttribute('aria-describedby') ?? ''} ${id}`.trim());
      target.after(h('p', { class: 'field-error', id }, e.message));
    }
    form.querySelector('[aria-invalid="true"]')?.focus?.();
  }

  function clearFieldErrors() {
    form.querySelectorAll('.field-error').forEach((e) => e.remove());
    form.querySelectorAll('[aria-invalid]').forEach((e) => {
      e.removeAttribute('aria-invalid');
      const kept = (e.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.startsWith('error-'));
      if (kept.length) e.setAttribute('aria-describedby', kept.join(' ')); else e.removeAttribute('aria-describedby');
    });
    form.querySelector(':scope > .error-box')?.remove();
  }

  function citizenBody(c) {
    return {
      name: c.name, targetGroups: c.targetGroups, actingMunicipality: c.actingMunicipality ?? undefined,
      payingMunicipality: c.payingMunicipality ?? undefined, look: c.look, visualPlanOptOut: c.visualPlanOptOut,
      offers: c.offers.map((o) => ({ id: o.id, kind: o.kind, name: o.name, provider: o.provider ?? undefined,
        contactPerson: o.contactPerson ?? undefined })),
      people: c.people.map((p) => ({ name: p.name, role: p.role, relation: p.relation ?? undefined })),
    };
  }

  /** The conversation guides for the plan meeting (all but SMART, which sits beside each goal), from the API. */
  function miHelp() {
    const shown = guides.filter((g) => !(g.source === 'shared' && g.id === 'smart'));
    return h('details', { class: 'mi-help no-print' },
      h('summary', {}, t('plan.miHelp')),
      shown.map((guide) => h('section', { class: 'guide', dataset: { guide: `${guide.source}:${guide.id}` } },
        h('h2', {}, guide.title), h('p', {}, guide.about),
        h('div', { class: 'mi-techniques' }, guide.items.map((item) => h('section', { class: 'mi-technique' },
          h('h3', {}, item.name), h('p', {}, item.what),
          item.examples.length ? h('ul', {}, item.examples.map((example) => h('li', {}, example))) : null))))));
  }
}

/** What the page edits, from a saved plan (or empty): three goal slots, one field per theme of the wheel. */
function draftOf(plan, themes) {
  const entries = (list) => (list ?? []).map((e) => ({ text: e.text ?? null, icons: [...(e.icons ?? [])] }));
  const themeFields = new Map(themes.map((theme) => [theme.ref.code, { theme: theme.ref, entries: [] }]));
  for (const field of plan?.themeFields ?? []) {
    const slot = themeFields.get(field.theme.code);
    if (slot) slot.entries = entries(field.entries);
  }
  const goals = [];
  for (let slot = 0; slot < GOAL_SLOTS; slot++) {
    const goal = plan?.goals?.[slot];
    const ref = (theme) => (theme ? { system: theme.system, version: theme.version, code: theme.code } : null);
    goals.push({
      id: goal?.id ?? null,
      text: goal?.text ?? '',
      scale: goal?.currentScore?.scale ?? null,
      current: goal?.currentScore?.value ?? null,
      expected: goal?.expectedScore?.value ?? null,
      citizen: goal?.citizenScore?.value ?? null,
      note: goal?.disagreementNote ?? '',
      smart: { ...(goal?.smart ?? {}) },
      // What this page does not edit, sent back as it was.
      kept: goal ? { delimitation: goal.delimitation, primaryTheme: ref(goal.primaryTheme),
        secondaryTheme: ref(goal.secondaryTheme), icons: goal.icons, type: goal.type, offerIds: goal.offerIds } : {},
    });
  }
  const ap = plan?.actionPlan ?? {};
  return {
    purpose: plan?.purpose ?? '',
    notes: plan?.notes ?? '',
    meetingDate: plan?.meeting?.date ?? new Date().toISOString().slice(0, 10),
    participants: plan?.meeting?.participants?.map((p) => ({ name: p.name, role: p.role })) ?? [],
    resourceField: entries(plan?.resourceField),
    employmentField: entries(plan?.employmentField),
    themeFields,
    goals,
    parkingLot: [...(plan?.parkingLot ?? [])],
    actionPlan: { neededEffort: ap.neededEffort ?? '', expectedDuration: ap.expectedDuration ?? '',
      specialConditions: { housing: '', employment: '', personalHelp: '', treatment: '', aids: '', ...(ap.specialConditions ?? {}) } },
  };
}
