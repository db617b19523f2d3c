// Small helpers every page uses: building elements, announcing to screen readers, read-aloud, errors.
import { t, language } from './i18n.js';

/** h('button', {type: 'button', onclick: f, class: 'x'}, 'text', child…): an element; null children are skipped. */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name in element && typeof value !== 'string') element[name] = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** Says something to screen-reader users without moving focus (saved, deleted, …). */
export function announce(message) {
  const announcer = document.getElementById('announcer');
  announcer.textContent = '';
  setTimeout(() => { announcer.textContent = message; }, 50);
}

/** A concept's icon from the catalogue; alt is its label unless it is decoration next to the same words. */
export function icon(concept, alt = '', size = 48) {
  return h('img', { src: `/api/icons/${encodeURIComponent(concept)}`, alt, width: size, height: size, class: 'icon' });
}

let voicesReady;
function voices() {
  if (!('speechSynthesis' in window)) return Promise.resolve([]);
  voicesReady ??= new Promise((resolve) => {
    const now = speechSynthesis.getVoices();
    if (now.length) { resolve(now); return; }
    speechSynthesis.addEventListener('voiceschanged', () => resolve(speechSynthesis.getVoices()), { once: true });
    setTimeout(() => resolve(speechSynthesis.getVoices()), 1500);
  });
  return voicesReady;
}

/**
 * A "read aloud" button for a text (a string, or a function giving the current text). It uses the browser's speech
 * synthesis with a voice in the page's language; where there is none, the button says so instead of pretending.
 */
export function readAloudButton(text, label = t('common.readAloud')) {
  const button = h('button', { type: 'button', class: 'read-aloud' }, h('span', { class: 'speaker', 'aria-hidden': 'true' }), label);
  const lang = language();
  voices().then((all) => {
    const voice = all.find((v) => v.lang.toLowerCase().startsWith(lang));
    if (!voice) {
      button.setAttribute('aria-disabled', 'true');
      button.classList.add('unavailable');
      button.lastChild.textContent = t('common.noVoice');
      button.title = t('common.noVoiceHelp');
      button.setAttribute('aria-label', `${t('common.noVoice')}: ${t('common.noVoiceHelp')}`);
      return;
    }
    button.addEventListener('click', () => {
      speechSynthesis.cancel();
      const utterance = new SpeechSynthesisUtterance(typeof text === 'function' ? text() : text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      speechSynthesis.speak(utterance);
    });
  });
  return button;
}

/**
 * An error box for a failed call: the API's words, each named field, and a reassurance that nothing typed is lost.
 * Returns the element (role=alert, so it is read out).
 */
export function errorBox(error) {
  const box = h('div', { class: 'error-box', role: 'alert' });
  if (error?.status === 0) box.append(h('p', {}, t('common.offline')));
  else box.append(h('p', {}, error?.message || t('common.failed')));
  if (error?.errors?.length) {
    box.append(h('ul', {}, error.errors.map((e) => h('li', {}, e.message))));
  }
  box.append(h('p', { class: 'kept' }, t('common.inputKept')));
  return box;
}

/** Shows an error at the top of a container, replacing an earlier one. */
export function showError(container, error) {
  container.querySelector(':scope > .error-box')?.remove();
  const box = errorBox(error);
  container.prepend(box);
  box.scrollIntoView?.({ block: 'nearest' });
  return box;
}

/** Formats an ISO date (2026-11-19) as the user's language writes it. */
export function formatDate(iso) {
  if (!iso) return '';
  const date = new Date(`${iso.slice(0, 10)}T12:00:00`);
  return date.toLocaleDateString(language() === 'da' ? 'da-DK' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** A page heading that takes focus after navigation, so screen readers start at the new page. */
export function pageHeading(text) {
  return h('h1', { tabindex: '-1', class: 'page-heading' }, text);
}

/**
 * Asks the user to choose when someone else saved meanwhile (412): shows what they typed beside what is saved now.
 * Resolves to 'mine' (save mine over the new version) or 'theirs' (take the saved version).
 */
export function chooseVersion({ mine, theirs }) {
  return new Promise((resolve) => {
    const dialog = h('dialog', { class: 'conflict-dialog', 'aria-labelledby': 'conflict-title' },
      h('h2', { id: 'conflict-title' }, t('common.conflictTitle')),
      h('p', {}, t('common.conflictText')),
      h('div', { class: 'conflict-columns' },
        h('section', {}, h('h3', {}, t('common.conflictMine')), h('pre', {}, mine)),
        h('section', {}, h('h3', {}, t('common.conflictTheirs')), h('pre', {}, theirs))),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary', onclick: () => close('mine') }, t('common.conflictKeepMine')),
        h('button', { type: 'button', onclick: () => close('theirs') }, t('common.conflictTakeTheirs'))));
    function close(choice) { dialog.close(); dialog.remove(); resolve(choice); }
    dialog.addEventListener('cancel', (event) => { event.preventDefault(); });
    document.body.append(dialog);
    dialog.showModal();
  });
}
