// Texts live in texts/<language>/<module>.json, never in code: t(id) with id "plan.title" reads "title" of plan.json.
const STORAGE_KEY = 'borgerplan.language';
export const LANGUAGES = ['da', 'en'];
const loaded = new Map(); // "da/plan" -> object

export function language() {
  const stored = localStorage.getItem(STORAGE_KEY);
  return LANGUAGES.includes(stored) ? stored : 'da';
}

export function setLanguage(lang) {
  localStorage.setItem(STORAGE_KEY, lang);
}

/** Loads the text modules a page needs (common is always there). */
export async function loadTexts(modules) {
  const lang = language();
  await Promise.all(['common', ...modules].map(async (module) => {
    const key = `${lang}/${module}`;
    if (!loaded.has(key)) {
      const response = await fetch(`/app/texts/${key}.json`);
      if (!response.ok) throw new Error(`texts ${key}: ${response.status}`);
      loaded.set(key, await response.json());
    }
  }));
}

/** The text for "module.key" in the current language, with {name} placeholders filled from params. */
export function t(id, params = {}) {
  const dot = id.indexOf('.');
  const texts = loaded.get(`${language()}/${id.slice(0, dot)}`);
  const text = texts?.[id.slice(dot + 1)];
  if (text === undefined) {
    console.warn(`missing text ${id}`);
    return id;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** Fills elements marked data-t (text) and data-t-label (aria-label) below root. */
export function translate(root) {
  root.querySelectorAll('[data-t]').forEach((element) => { element.textContent = t(element.dataset.t); });
  root.querySelectorAll('[data-t-label]').forEach((element) => {
    element.setAttribute('aria-label', t(element.dataset.tLabel));
  });
}
