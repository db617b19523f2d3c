// The application shell: loads texts, applies the language, and routes #/<page>/<args…> to pages/<page>.js.
// A page module exports `texts` (the text modules it needs), optionally `styles` (its stylesheets in styles/), and
// `render(view, args)`; nothing else is registered.
import { loadTexts, translate, language, setLanguage, t } from './i18n.js';
import { h, showError } from './ui.js';

const main = document.getElementById('main');

async function route() {
  const [page = 'start', ...args] = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
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
