// The API client: the token from sessionStorage (this tab only, gone when it closes) as a Bearer
// header, and errors turned into exceptions carrying the API's code, message and field.

const KEY = 'chokepoint.token';

export function token() {
  return sessionStorage.getItem(KEY);
}

export function setToken(t) {
  if (t) sessionStorage.setItem(KEY, t);
  else sessionStorage.removeItem(KEY);
}

/** An API error: HTTP status, stable code, message and field. */
export class ApiError extends Error {
  constructor(status, code, message, field) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

/** Whether a document's text is YAML rather than JSON: JSON starts with a brace or bracket. */
export function isYaml(text) {
  const first = text.trimStart()[0];
  return first !== undefined && first !== '{' && first !== '[';
}

/**
 * Calls the API; resolves to the JSON body, rejects with an ApiError. A string body is sent as
 * it is, as YAML when it reads as YAML (docs/api.md), an object as JSON.
 */
export async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (token()) headers.Authorization = `Bearer ${token()}`;
  let payload;
  if (body !== undefined) {
    const yaml = typeof body === 'string' && isYaml(body);
    headers['Content-Type'] = yaml ? 'application/yaml' : 'application/json';
    payload = typeof body === 'string' ? body : JSON.stringify(body);
  }
  const res = await fetch(path, { method, headers, body: payload });
  const text = await res.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  if (!res.ok) {
    const err = (json && json.error) || {};
    if (res.status === 401) window.dispatchEvent(new Event('chokepoint:signed-out'));
    throw new ApiError(res.status, err.code || String(res.status), err.message || text, err.field);
  }
  return json;
}

export const get = (path) => api('GET', path);
export const post = (path, body) => api('POST', path, body);
