// The application shell: loads texts, applies the language, and routes #/<page>/<args…> to pages/<page>.js.
// A page module exports `texts` (the text modules it needs), optionally `styles` (its stylesheets in styles/), and
// `render(view, args)`; nothing else is registered.
import { loadTexts, translate, language, setLanguage, t } from './i18n.js';
import { h, showError } from './ui.js';
import { currentSession, del } from './api.js';

/** Pages anyone may open; every other page needs a login (and a password of the user's own). */
const OPEN_PAGES = ['login', 'password'];

const main = document.getElementById('main');

async function route() {
  let [page = 'start', ...args] = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const session = await currentSession().catch(() => null);
  showUser(session);
  if (!OPEN_PAGES.includes(page)) {
    if (!session) {
      sessionStorage.setItem('borgerplan.returnTo', location.hash);
      location.replace('#/login');
      return;
    }
    if (session.account.passwordChangeRequired) {
      location.replace('#/password');
      return;
    }
    // The administrator has no citizens: the administration is the start.
    if (page === 'start' && session.account.role === 'ADMINISTRATOR') page = 'icon-packs';
  }
  let module;
  if (/^[a-z][a-z-]*$/.test(page)) {
    module = await import(`./pages/${page}.js`).catch((failure) => { console.error(failure); return null; });
  }
  await Promise.all([loadTexts(module?.texts ?? []), ...(module?.styles ?? []).map(loadStyle)]);
  translate(document);
  // Each page starts in the default look; a citizen's pages apply the citizen's chosen look themselves.
  document.body.dataset.look = 'colourful';
  const view = h('div', { class: 'page' });
  try {
    if (!module) throw new Error(t('common.noSuchPage'));
    await module.render(view, args.map(decodeURIComponent));
  } catch (failure) {
    console.error(failure);
    showError(view, failure);
  }
  main.replaceChildren(view);
  // The page is drawn and its handlers are attached: what the UI benchmark measures as "interactive".
  performance.mark('borgerplan:page-rendered', { detail: page });
  document.title = `${view.querySelector('h1')?.textContent ?? ''} – Borgerplan`;
  const heading = view.querySelector('h1');
  if (heading && document.activeElement === document.body) heading.focus?.();
  markCurrentNavigation();
}

/** Adds styles/<name>.css once, and resolves when it has loaded. */
function loadStyle(name) {
  const href = `/app/styles/${name}.css`;
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve) => {
    const link = h('link', { rel: 'stylesheet', href, onload: resolve, onerror: resolve });
    document.head.append(link);
  });
}

function markCurrentNavigation() {
  document.querySelectorAll('.app-nav a').forEach((link) => {
    const current = location.hash === link.getAttribute('href') || (location.hash === '' && link.getAttribute('href') === '#/');
    if (current) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  });
}

/** The header: who is logged in, a way out, and only the links the role may use. */
function showUser(session) {
  const box = document.getElementById('user');
  const administrator = session?.account.role === 'ADMINISTRATOR';
  document.querySelector('.app-nav a[href="#/"]').hidden = !session || administrator;
  document.querySelector('.app-nav a[href="#/icon-packs"]').hidden = !administrator;
  // The year wheel is planned by caseworkers and offer managers; its group meetings are read by contact persons
  // and peer guides too.
  const role = session?.account.role;
  document.querySelector('.app-nav a[href="#/year-wheel"]').hidden = !['CASEWORKER', 'OFFER_MANAGER'].includes(role);
  document.querySelector('.app-nav a[href="#/progression-report"]').hidden =
    !['CASEWORKER', 'OFFER_MANAGER'].includes(role);
  document.querySelector('.app-nav a[href="#/group-meetings"]').hidden =
    !['CASEWORKER', 'OFFER_MANAGER', 'CONTACT_PERSON', 'PEER_GUIDE'].includes(role);
  if (!session) {
    box.replaceChildren();
    return;
  }
  const logout = h('button', { type: 'button', class: 'logout' }, t('common.logOut'));
  logout.addEventListener('click', async () => {
    await del('/api/session').catch(() => null);
    location.replace('#/login');
    location.reload();
  });
  box.replaceChildren(h('span', { class: 'user-name' }, session.account.displayName,
    h('span', { class: 'user-role' }, ` (${session.account.roleLabel})`)), logout);
}

function setUpLanguageSwitch() {
  const other = language() === 'da' ? 'en' : 'da';
  const button = document.getElementById('language-switch');
  button.textContent = other === 'en' ? 'English' : 'Dansk';
  button.lang = other;
  button.addEventListener('click', () => { setLanguage(other); location.reload(); });
}

document.documentElement.lang = language();
setUpLanguageSwitch();
window.addEventListener('hashchange', () => { document.activeElement?.blur?.(); route(); });
route();
