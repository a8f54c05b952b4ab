// The one way the web app talks to /api/v1. Errors become ApiError with the server's code, message
// (Chinese and English) and the field it is about, so forms can mark that field.
import { reactive } from 'vue';
import { locale, t } from './i18n.js';

export class ApiError extends Error {
  constructor(status, body) {
    const e = body?.error || {};
    super(e.message || `HTTP ${status}`);
    this.status = status;
    this.code = e.code || (status === 0 ? 'network' : 'http_' + status);
    this.message_zh = e.message || '';
    this.message_en = e.message_en || '';
    this.field = e.field || null;
  }
  get text() {
    if (this.status === 0) return t('err.network');
    const m = locale.value === 'en' ? this.message_en || this.message_zh : this.message_zh || this.message_en;
    return m || `HTTP ${this.status}`;
  }
}

const TOKEN_KEY = 'socorg.session';
function loadSession() {
  try {
    const s = JSON.parse(sessionStorage.getItem(TOKEN_KEY) || 'null');
    if (s && s.token && (!s.expires_at || new Date(s.expires_at) > new Date())) return s;
  } catch { /* ignore */ }
  return null;
}

// The signed-in officer: {token, expires_at, user}. Kept in sessionStorage (closes with the tab).
export const session = reactive({ value: loadSession(), me: null });

export function setSession(s) {
  session.value = s;
  session.me = null;
  if (s) sessionStorage.setItem(TOKEN_KEY, JSON.stringify(s));
  else sessionStorage.removeItem(TOKEN_KEY);
}

let onUnauthorized = () => {};
export function setUnauthorizedHandler(f) {
  onUnauthorized = f;
}

export async function request(method, path, { body, auth = true, query } = {}) {
  const headers = { accept: 'application/json' };
  if (auth && session.value?.token) headers.authorization = `Bearer ${session.value.token}`;
  let payload;
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let url = path.startsWith('/') ? path : `/api/v1/${path}`;
  if (query) {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') qs.set(k, v);
    const s = qs.toString();
    if (s) url += (url.includes('?') ? '&' : '?') + s;
  }
  let res;
  try {
    res = await fetch(url, { method, headers, body: payload });
  } catch {
    throw new ApiError(0, null);
  }
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch { /* not JSON */ }
  if (!res.ok) {
    const err = new ApiError(res.status, json);
    if (res.status === 401 && auth && session.value) {
      setSession(null);
      onUnauthorized(err);
    }
    throw err;
  }
  return json;
}

export const api = {
  get: (p, query, opts = {}) => request('GET', p, { ...opts, query }),
  post: (p, body, opts = {}) => request('POST', p, { ...opts, body }),
};

// Downloads a file from an authenticated endpoint (export) and hands it to the browser.
export async function download(path, query, fallbackName) {
  const qs = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== '' && v != null)).toString();
  let res;
  try {
    res = await fetch(`/api/v1/${path}${qs ? '?' + qs : ''}`, {
      headers: { authorization: `Bearer ${session.value?.token || ''}` },
    });
  } catch {
    throw new ApiError(0, null);
  }
  if (!res.ok) {
    let json = null;
    try { json = await res.json(); } catch { /* ignore */ }
    throw new ApiError(res.status, json);
  }
  const blob = await res.blob();
  const cd = res.headers.get('content-disposition') || '';
  const m = /filename="?([^";]+)"?/.exec(cd);
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = m ? m[1] : fallbackName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  return a.download;
}

// /meta is fetched once per page load and shared.
let metaPromise = null;
export function getMeta() {
  if (!metaPromise) metaPromise = request('GET', 'meta', { auth: false }).catch((e) => { metaPromise = null; throw e; });
  return metaPromise;
}

const regionCache = new Map();
export function getRegion(code) {
  if (!regionCache.has(code)) {
    const p = request('GET', `regions/${code}`, { auth: false }).catch((e) => { regionCache.delete(code); throw e; });
    regionCache.set(code, p);
  }
  return regionCache.get(code);
}
