// Citizen overview: who the citizen is (CPR masked, shown on request), the current cycle on a timeline with a button
// to move it forward (the model's rule when it refuses), links to the other pages, offers and people around the
// citizen (editable, with If-Match; a 412 lets the user choose), and earlier cycles with their history.
import { h, pageHeading, announce, showError, chooseVersion, formatDate } from '../ui.js';
import { t, language } from '../i18n.js';
import { get, post, put, all } from '../api.js';
import { textField, showFieldErrors } from './citizen-new.js';
import { citizenMeetingsSection } from './year-wheel.js';

export const texts = ['citizen', 'yearwheel'];
export const styles = ['citizen', 'yearwheel'];

// The stages shown on the timeline; CLOSED is where the last one leads.
const TIMELINE = ['PREPARATION', 'PLAN_MEETING', 'FOLLOW_UP', 'TARGETED_EFFORT', 'STATUS_REVIEW'];
const NEXT = { PREPARATION: 'PLAN_MEETING', PLAN_MEETING: 'FOLLOW_UP', FOLLOW_UP: 'TARGETED_EFFORT',
  TARGETED_EFFORT: 'STATUS_REVIEW', STATUS_REVIEW: 'CLOSED' };
const OFFER_KINDS = ['RESIDENTIAL', 'DAY', 'MENTORING', 'RESOURCE_CENTRE', 'OTHER'];
const ROLES = ['RELATIVE', 'COMPANION', 'GUARDIAN', 'PARTY_REPRESENTATIVE'];

const stageLabel = (stage) => t(`citizen.stage_${stage}`);

export async function render(view, [citizenId]) {
  /** Draws the page again from the API (after a change), and puts focus on `focus` (a selector) if given. */
  async function refresh(focus) {
    const fresh = h('div');
    await fill(fresh, citizenId, refresh);
    view.replaceChildren(...fresh.childNodes);
    if (focus) view.querySelector(focus)?.focus();
  }
  view.classList.add('citizen-overview');
  await fill(view, citizenId, refresh);
}

async function fill(container, citizenId, refresh) {
  const citizenAnswer = await get(`/api/citizens/${encodeURIComponent(citizenId)}`);
  const citizen = citizenAnswer.data;
  let cycles;
  let plans;
  try {
    [cycles, plans] = await Promise.all([
      all(`/api/citizens/${encodeURIComponent(citizenId)}/cycles`),
      all(`/api/citizens/${encodeURIComponent(citizenId)}/plans`)]);
  } catch (error) {
    if (error.status !== 404) throw error;
    // Not the whole plan (a provider's staff): the goals shared with the user's offer, and their staircases.
    container.append(pageHeading(citizen.name), h('p', { class: 'intro' }, t('citizen.sharedIntro')),
      await sharedGoals(citizenId));
    return;
  }
  const current = cycles.find((cycle) => cycle.open) ?? null;
  const plan = current ? plans.find((p) => p.cycleId === current.id) ?? null : null;
  // The year wheel's meetings, for caseworkers and offer managers (an empty fragment for others).
  const meetings = await citizenMeetingsSection(citizen, current);
  container.append(
    pageHeading(citizen.name),
    h('p', { class: 'intro' }, t('citizen.overviewIntro')),
    facts(citizen),
    links(citizen, current, plan),
    cycleSection(citizen, current, plan, refresh),
    meetings,
    offersAndPeople(citizen, citizenAnswer.etag, refresh),
    earlierCycles(cycles.filter((cycle) => cycle !== current)));
}

async function sharedGoals(citizenId) {
  const goals = await all(`/api/citizens/${encodeURIComponent(citizenId)}/goals`);
  const section = h('section', { class: 'card shared-goals', 'aria-labelledby': 'shared-goals-title' },
    h('h2', { id: 'shared-goals-title' }, t('citizen.sharedGoals')));
  if (goals.length === 0) {
    section.append(h('p', {}, t('citizen.noSharedGoals')));
    return section;
  }
  section.append(h('ul', {}, goals.map(({ goal }) => h('li', {}, h('strong', {}, goal.text), ' – ',
    h('a', { href: `#/staircase/${encodeURIComponent(goal.id)}` }, t('citizen.staircase', { goal: goal.text }))))));
  return section;
}

function facts(citizen) {
  const cprValue = h('span', { class: 'cpr', id: 'cpr-value' }, citizen.cprNumber ?? t('citizen.noCpr'));
  let revealed = false;
  const reveal = citizen.cprNumber ? h('button', { type: 'button', class: 'reveal-cpr', 'aria-controls': 'cpr-value',
    'aria-expanded': 'false', onclick: async () => {
      if (revealed) {
        cprValue.textContent = citizen.cprNumber;
        revealed = false;
      } else {
        try {
          // The number is fetched on request only, and shown in place: never in a URL, never kept.
          const { data } = await get(`/api/citizens/${encodeURIComponent(citizen.id)}/cpr`);
          // Ten digits as the CPR number is written: DDMMYY-SSSS.
          cprValue.textContent = /^\d{10}$/.test(data.cprNumber)
            ? `${data.cprNumber.slice(0, 6)}-${data.cprNumber.slice(6)}` : data.cprNumber;
          revealed = true;
        } catch (error) { showError(reveal.parentElement, error); return; }
      }
      reveal.textContent = revealed ? t('citizen.hideCpr') : t('citizen.showCpr');
      reveal.setAttribute('aria-expanded', String(revealed));
    } }, t('citizen.showCpr')) : null;
  const list = (items) => (items.length ? items.join(', ') : t('citizen.none'));
  const row = (term, ...value) => [h('dt', {}, term), h('dd', {}, ...value)];
  return h('section', { class: 'citizen-facts card', 'aria-labelledby': 'facts-heading' },
    h('h2', { id: 'facts-heading' }, t('citizen.facts')),
    h('dl', {},
      row(t('citizen.cprShown'), h('span', { class: 'cpr-row' }, cprValue, reveal,
        citizen.fictitiousCpr ? h('span', { class: 'badge fictitious-cpr' }, t('citizen.fictitiousCpr')) : null)),
      row(t('citizen.targetGroups'), list(citizen.targetGroups.map((g) => t(`citizen.targetGroup_${g}`)))),
      row(t('citizen.actingMunicipality'), citizen.actingMunicipality ?? t('citizen.none')),
      row(t('citizen.payingMunicipality'), citizen.payingMunicipality ?? t('citizen.none')),
      row(t('citizen.look'), t(`citizen.look_${citizen.look}`)),
      row(t('citizen.optOutShort'), citizen.visualPlanOptOut ? t('citizen.yes') : t('citizen.no'))));
}

function cycleSection(citizen, cycle, plan, refresh) {
  const section = h('section', { class: 'cycle card', 'aria-labelledby': 'cycle-heading' });
  if (!cycle) {
    const open = h('button', { type: 'button', class: 'primary open-cycle', onclick: async () => {
      try {
        await post(`/api/citizens/${encodeURIComponent(citizen.id)}/cycles`);
        await refresh('#cycle-heading');
      } catch (error) { showError(section, error); }
    } }, t('citizen.openCycle'));
    section.append(h('h2', { id: 'cycle-heading', tabindex: '-1' }, t('citizen.noCycleHeading')),
      h('p', {}, t('citizen.noCycle')), open);
    return section;
  }
  const at = TIMELINE.indexOf(cycle.stage);
  const timeline = h('ol', { class: 'timeline', 'aria-label': t('citizen.timeline') },
    TIMELINE.map((stage, i) => {
      const state = i < at ? 'done' : i === at ? 'now' : 'ahead';
      const word = { done: t('citizen.stageDone'), now: t('citizen.stageNow'), ahead: t('citizen.stageAhead') }[state];
      return h('li', { class: `stage ${state}`, 'aria-current': state === 'now' ? 'step' : null, dataset: { stage } },
        h('span', { class: 'marker', 'aria-hidden': 'true' }, state === 'done' ? '✓' : String(i + 1)),
        h('span', { class: 'stage-name' }, stageLabel(stage)),
        h('span', { class: 'stage-state' }, `(${word})`));
    }));
  const next = NEXT[cycle.stage];
  const feedback = h('div', { class: 'move-feedback' });
  const move = h('button', { type: 'button', class: 'primary move-forward', onclick: async () => {
    feedback.replaceChildren();
    move.disabled = true;
    try {
      // The cycle's ETag is its version in quotes.
      await post(`/api/cycles/${encodeURIComponent(cycle.id)}/transitions`, { to: next }, `"${cycle.version}"`);
      announce(t('citizen.moved', { stage: stageLabel(next) }));
      await refresh('#cycle-heading');
    } catch (error) {
      move.disabled = false;
      if (error.status === 409) {
        // The plan model's rule, in its words.
        const rules = error.errors.map((e) => e.message).filter((m) => m && m !== error.message);
        feedback.append(h('div', { class: 'error-box refusal', role: 'alert' },
          h('p', { class: 'refusal-title' }, t('citizen.refused')),
          h('p', { class: 'rule' }, error.message), rules.length ? h('ul', {}, rules.map((m) => h('li', {}, m))) : null));
        feedback.scrollIntoView?.({ block: 'nearest' });
      } else if (error.status === 412) {
        // Someone moved the cycle meanwhile: show it as it is now.
        announce(t('citizen.movedMeanwhile'));
        await refresh('#cycle-heading');
      } else {
        showError(feedback, error);
      }
    }
  } }, t('citizen.moveTo', { stage: stageLabel(next) }));
  section.append(...[
    h('h2', { id: 'cycle-heading', tabindex: '-1' }, t('citizen.cycleHeading', { number: cycle.number })),
    h('p', { class: 'current-stage' }, t('citizen.currentStage', { stage: cycle.stageLabel, phase: cycle.phaseLabel })),
    timeline,
    plan?.meeting?.date ? h('p', {}, `${stageLabel('PLAN_MEETING')}: ${formatDate(plan.meeting.date)}`) : null,
    h('div', { class: 'actions' }, move), feedback,
    cycle.history.length ? h('details', { class: 'cycle-history' }, h('summary', {}, t('citizen.history')),
      h('ul', { class: 'history' }, cycle.history.map(transition))) : null].filter(Boolean));
  return section;
}

function links(citizen, cycle, plan) {
  const id = encodeURIComponent(citizen.id);
  const items = [];
  if (cycle) items.push(h('a', { href: `#/preparation/${encodeURIComponent(cycle.id)}` }, t('citizen.preparation')));
  if (cycle) items.push(h('a', { href: `#/method/${encodeURIComponent(cycle.id)}` }, t('citizen.method')));
  if (plan) items.push(h('a', { href: `#/plan/${encodeURIComponent(plan.id)}` }, t('citizen.plan')));
  else items.push(h('a', { href: `#/new-plan/${id}` }, t('citizen.newPlan')));
  if (plan) {
    plan.goals.filter((goal) => goal.status === 'ACTIVE').forEach((goal) => items.push(
      h('a', { href: `#/staircase/${encodeURIComponent(goal.id)}` }, t('citizen.staircase', { goal: goal.text }))));
  }
  items.push(h('a', { href: `#/progress/${id}` }, t('citizen.progress')));
  if (plan) items.push(h('a', { href: `#/parking-lot/${encodeURIComponent(plan.id)}` }, t('citizen.parkingLot')));
  items.push(h('a', { href: `#/access-log/${id}` }, t('citizen.accessLog')));
  // A citizen from another municipality: that municipality is told what "Mit liv – Min plan" is (seed 001, 2.1.1).
  items.push(h('a', { href: `/api/citizens/${id}/export/information-letter?lang=${language()}`, download: '' },
    t('citizen.informationLetter')));
  return h('nav', { class: 'citizen-links card', 'aria-labelledby': 'links-heading' },
    h('h2', { id: 'links-heading' }, t('citizen.linksHeading')),
    h('ul', {}, items.map((link) => h('li', {}, link))));
}

/** Offers and people as lists, and a form to change them (PUT with If-Match; a 412 asks which version to keep). */
function offersAndPeople(citizen, etag, refresh) {
  const section = h('section', { class: 'offers-people card', 'aria-labelledby': 'offers-heading' });
  const offerList = citizen.offers.length
    ? h('ul', { class: 'offer-list' }, citizen.offers.map((offer) => h('li', {},
      h('strong', {}, offer.name), ` (${offer.kindLabel})`,
      offer.provider ? h('span', { class: 'detail' }, `${t('citizen.provider')}: ${offer.provider}`) : null,
      offer.contactPerson ? h('span', { class: 'detail' }, `${t('citizen.contactPerson')}: ${offer.contactPerson}`) : null)))
    : h('p', {}, t('citizen.noOffers'));
  const peopleList = citizen.people.length
    ? h('ul', { class: 'people-list' }, citizen.people.map((person) => h('li', {},
      h('strong', {}, person.name), ` (${person.roleLabel}${person.relation ? `, ${person.relation}` : ''})`)))
    : h('p', {}, t('citizen.noPeople'));
  const edit = h('button', { type: 'button', class: 'edit-offers-people', 'aria-expanded': 'false',
    'aria-controls': 'offers-people-form' }, t('citizen.editOffersPeople'));
  const holder = h('div', { id: 'offers-people-form' });
  edit.addEventListener('click', () => {
    if (holder.firstChild) return;
    edit.setAttribute('aria-expanded', 'true');
    edit.hidden = true;
    holder.append(editor(citizen, etag, refresh));
    holder.querySelector('input, select')?.focus();
  });
  section.append(h('h2', { id: 'offers-heading' }, t('citizen.offers')), offerList,
    h('h2', { id: 'people-heading' }, t('citizen.people')), peopleList, edit, holder);
  return section;
}

function editor(citizen, firstEtag, refresh) {
  let etag = firstEtag;
  const offers = citizen.offers.map((o) => ({ ...o }));
  const people = citizen.people.map((p) => ({ ...p }));
  const offerRows = h('div', { class: 'rows' });
  const peopleRows = h('div', { class: 'rows' });
  const form = h('form', { class: 'offers-people-form', novalidate: true });

  const select = (id, field, label, values, prefix, value) => {
    const control = h('select', { id, name: field, 'aria-describedby': `${id}-error` },
      values.map((v) => h('option', { value: v, selected: v === value }, t(`citizen.${prefix}${v}`))));
    return h('div', { class: 'field', dataset: { field } }, h('label', { for: id }, label), control,
      h('p', { id: `${id}-error`, class: 'field-error', hidden: true }));
  };
  const text = (id, field, label, value, key, row) => {
    const f = textField(id, field, label, { value });
    f.input.addEventListener('input', () => { row[key] = f.input.value; });
    return f.wrapper;
  };

  function drawOffers() {
    offerRows.replaceChildren(...offers.map((offer, i) => {
      const kind = select(`offer-${i}-kind`, `offers[${i}].kind`, t('citizen.offerKind'), OFFER_KINDS, 'kind_',
        offer.kind ?? 'OTHER');
      kind.querySelector('select').addEventListener('change', (e) => { offer.kind = e.target.value; });
      offer.kind ??= 'OTHER';
      return h('fieldset', { class: 'row offer-row' }, h('legend', {}, t('citizen.offerLegend', { number: i + 1 })),
        kind,
        text(`offer-${i}-name`, `offers[${i}].name`, t('citizen.offerName'), offer.name, 'name', offer),
        text(`offer-${i}-provider`, `offers[${i}].provider`, t('citizen.provider'), offer.provider, 'provider', offer),
        text(`offer-${i}-contact`, `offers[${i}].contactPerson`, t('citizen.contactPerson'), offer.contactPerson,
          'contactPerson', offer),
        h('button', { type: 'button', class: 'danger remove', onclick: () => {
          offers.splice(i, 1); drawOffers(); form.querySelector('.add-offer').focus();
        } }, t('citizen.removeOffer', { number: i + 1 })));
    }));
  }
  function drawPeople() {
    peopleRows.replaceChildren(...people.map((person, i) => {
      const role = select(`person-${i}-role`, `people[${i}].role`, t('citizen.personRole'), ROLES, 'role_',
        person.role ?? 'RELATIVE');
      role.querySelector('select').addEventListener('change', (e) => { person.role = e.target.value; });
      person.role ??= 'RELATIVE';
      return h('fieldset', { class: 'row person-row' }, h('legend', {}, t('citizen.personLegend', { number: i + 1 })),
        text(`person-${i}-name`, `people[${i}].name`, t('citizen.personName'), person.name, 'name', person),
        role,
        text(`person-${i}-relation`, `people[${i}].relation`, t('citizen.relation'), person.relation, 'relation', person),
        h('button', { type: 'button', class: 'danger remove', onclick: () => {
          people.splice(i, 1); drawPeople(); form.querySelector('.add-person').focus();
        } }, t('citizen.removePerson', { number: i + 1 })));
    }));
  }
  drawOffers();
  drawPeople();

  const blank = (value) => (value == null || String(value).trim() === '' ? undefined : value);
  const body = (base) => ({
    name: base.name,
    targetGroups: base.targetGroups,
    actingMunicipality: base.actingMunicipality ?? undefined,
    payingMunicipality: base.payingMunicipality ?? undefined,
    look: base.look,
    visualPlanOptOut: base.visualPlanOptOut,
    offers: offers.map((o) => ({ id: o.id ?? undefined, kind: o.kind, name: o.name ?? '', provider: blank(o.provider),
      contactPerson: blank(o.contactPerson) })),
    people: people.map((p) => ({ name: p.name ?? '', role: p.role, relation: blank(p.relation) })),
  });
  const summary = (offerItems, personItems) => [
    `${t('citizen.offers')}:`, ...offerItems.map((o) => `- ${o.name ?? ''}${o.provider ? `, ${o.provider}` : ''}${o.contactPerson ? `, ${o.contactPerson}` : ''}`),
    `${t('citizen.people')}:`, ...personItems.map((p) => `- ${p.name ?? ''} (${t(`citizen.role_${p.role}`)})`)].join('\n');

  const save = h('button', { type: 'submit', class: 'primary' }, t('citizen.saveOffersPeople'));
  form.append(
    h('h3', {}, t('citizen.offers')), offerRows,
    h('button', { type: 'button', class: 'add-offer', onclick: () => {
      offers.push({ kind: 'OTHER', name: '' }); drawOffers();
      offerRows.lastElementChild?.querySelector('select')?.focus();
    } }, t('citizen.addOffer')),
    h('h3', {}, t('citizen.people')), peopleRows,
    h('button', { type: 'button', class: 'add-person', onclick: () => {
      people.push({ role: 'RELATIVE', name: '' }); drawPeople();
      peopleRows.lastElementChild?.querySelector('input')?.focus();
    } }, t('citizen.addPerson')),
    h('div', { class: 'actions' }, save));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    save.disabled = true;
    try {
      await put(`/api/citizens/${encodeURIComponent(citizen.id)}`, body(citizen), etag);
      announce(t('citizen.savedOffersPeople'));
      await refresh('#offers-heading');
    } catch (error) {
      if (error.status === 412) {
        const theirs = await get(`/api/citizens/${encodeURIComponent(citizen.id)}`);
        const choice = await chooseVersion({ mine: summary(offers, people), theirs: summary(theirs.data.offers,
          theirs.data.people) });
        if (choice === 'mine') {
          etag = theirs.etag;
          try {
            await put(`/api/citizens/${encodeURIComponent(citizen.id)}`, body(theirs.data), etag);
            announce(t('citizen.savedOffersPeople'));
            await refresh('#offers-heading');
          } catch (again) { showFieldErrors(form, again); showError(form, again); }
        } else {
          announce(t('citizen.theirsShown'));
          await refresh('#offers-heading');
        }
      } else {
        const first = showFieldErrors(form, error);
        showError(form, error);
        first?.focus();
      }
    } finally {
      save.disabled = false;
    }
  });
  return form;
}

/** One step of a cycle's history: from → to, and when. */
function transition(step) {
  return h('li', {}, t('citizen.transition', { from: stageLabel(step.from), to: stageLabel(step.to) }),
    ' – ', h('time', { datetime: step.stamp.at }, formatDate(step.stamp.at)));
}

function earlierCycles(cycles) {
  return h('section', { class: 'earlier card', 'aria-labelledby': 'earlier-heading' },
    h('h2', { id: 'earlier-heading' }, t('citizen.earlierCycles')),
    cycles.length
      ? h('ul', { class: 'earlier-list' }, cycles.map((cycle) => h('li', {},
        h('details', {}, h('summary', {}, t('citizen.cycleSummary', { number: cycle.number, stage: cycle.stageLabel })),
          h('h3', { class: 'visually-hidden' }, t('citizen.history')),
          h('ul', { class: 'history' }, cycle.history.map(transition))))))
      : h('p', {}, t('citizen.noEarlierCycles')));
}
