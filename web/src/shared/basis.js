// A rule's legal basis as the console and the portal show it: the statute and article the server takes from
// its one table (domain/legal_basis.h) — "basis" in Chinese, "basis_en" (or the refs' English titles) under the
// English switch. Never an internal section number: a "DOMAIN §…" part of an old stored text is dropped.
import { locale } from './i18n.js';

function withoutInternal(s) {
  return String(s || '')
    .split(/[;；]\s*/)
    .filter((p) => p && !/DOMAIN\s*§/.test(p))
    .join(locale.value === 'en' ? '; ' : '；');
}

export function basisText(x) {
  if (!x) return '';
  if (locale.value === 'en') {
    if (x.basis_en) return withoutInternal(x.basis_en);
    const refs = Array.isArray(x.basis_refs) ? x.basis_refs.map((r) => r.title_en).filter(Boolean) : [];
    if (refs.length) return refs.join('; ');
  }
  return withoutInternal(x.basis);
}
