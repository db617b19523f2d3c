// The JSON API, with its conventions: ETag/If-Match versions, problem+json errors, the user's language, and the
// session: the cookie travels by itself; every state-changing request repeats the session's CSRF token.
import { language } from './i18n.js';

let session; // {account, csrfToken, expires} of the logged-in user, or null

/** The logged-in user, asked once per page load (null when nobody is). */
export async function currentSession({ fresh = false } = {}) {
  if (session !== undefined && !fresh) return session;
  const response = await fetch('/api/session', { headers: { Accept: 'application/json' }, cache: 'no-cache' });
  session = response.ok ? await response.json() : null;
  return session;
}

/** Remembers the session a login or a password change answered with. */
export function useSession(answered) {
  session = answered;
}

/** A refusal or failure from the API: status, the problem's detail, and the fields it names. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
    this.errors = problem?.errors ?? [];
  }

  /** The message for one field (e.g. "goals[0].text"), if the API named it. */
  fieldMessage(field) {
    return this.errors.find((error) => error.field === field)?.message;
  }

  get isConflict() { return this.status === 412; }
}

/**
 * One call. Returns {status, data, etag, location}; throws ApiError for 4xx/5xx and for a network failure
 * (status 0), so a page can keep the user's input and say what went wrong.
 */
export async function api(method, path, { body, etag, contentType } = {}) {
  const headers = { 'Accept-Language': language(), Accept: 'application/json' };
  let payload;
  if (body instanceof Blob || body instanceof ArrayBuffer) {
    payload = body;
    headers['Content-Type'] = contentType || body.type || 'application/octet-stream';
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  }
  if (etag) headers['If-Match'] = etag;
  if (method !== 'GET' && method !== 'HEAD' && session?.csrfToken) headers['X-CSRF-Token'] = session.csrfToken;
  let response;
  try {
    response = await fetch(path, { method, headers, body: payload, cache: 'no-cache' });
  } catch (failure) {
    throw new ApiError(0, { detail: failure.message });
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : null;
  if (response.status === 401 && !path.startsWith('/api/session')) {
    // The session ended (idle, logged out elsewhere): log in again and come back here.
    session = null;
    sessionStorage.setItem('borgerplan.returnTo', location.hash);
    location.hash = '#/login';
  }
  if (!response.ok) throw new ApiError(response.status, data);
  return { status: response.status, data, etag: response.headers.get('ETag'), location: response.headers.get('Location') };
}

export const get = (path) => api('GET', path);
export const post = (path, body, etag) => api('POST', path, { body, etag });
export const put = (path, body, etag) => api('PUT', path, { body, etag });
export const del = (path, etag) => api('DELETE', path, { etag });

/** Every item of a paged list ({items, offset, limit, total}). */
export async function all(path) {
  const items = [];
  for (let offset = 0; ; offset += 200) {
    const { data } = await get(`${path}${path.includes('?') ? '&' : '?'}offset=${offset}&limit=200`);
    items.push(...data.items);
    if (items.length >= data.total || data.items.length === 0) return items;
  }
}
