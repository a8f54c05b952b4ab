// Small helpers shared by the portal's supervision pages (credit lists, illegal organizations, org page).
import { onBeforeUnmount, onMounted, ref } from 'vue';
import { getRegion } from '../shared/api.js';
import { locale } from '../shared/i18n.js';
import { basisText } from '../shared/basis.js';

// A public entry's legal basis: the statute and article (English title under the English switch), from the
// server's basis / basis_en / basis_refs (shared/basis.js).
export function publicBasis(entry) {
  return basisText(entry);
}

// Rule explanations are stored as "中文 / English"; the part for the current language.
export function explanationText(s) {
  const str = String(s || '');
  const i = str.indexOf(' / ');
  if (i < 0) return str;
  return locale.value === 'en' ? str.slice(i + 3) : str.slice(0, i);
}

// Region names for codes (GET /regions/:code, cached per page load): the full name written the Chinese way
// (内蒙古自治区锡林郭勒盟锡林浩特市), or with short = true the region's own name (锡林浩特市).
export function useRegionNames({ short = false } = {}) {
  const names = ref({});
  function want(code) {
    if (!code || names.value[code] !== undefined) return;
    names.value = { ...names.value, [code]: '' };
    getRegion(code)
      .then((r) => { names.value = { ...names.value, [code]: (short ? r.name : String(r.full_name || '').replace(/\s+/g, '')) || r.name || code }; })
      .catch(() => { names.value = { ...names.value, [code]: code }; });
  }
  return { names, want };
}

// True at desktop width (tables); false on phones (cards).
export function useWide(min = 760) {
  const wide = ref(window.innerWidth >= min);
  const on = () => (wide.value = window.innerWidth >= min);
  onMounted(() => window.addEventListener('resize', on));
  onBeforeUnmount(() => window.removeEventListener('resize', on));
  return wide;
}
