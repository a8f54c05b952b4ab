// How the console writes a Finding's facts (DESIGN "Explainable rules": rule id, basis, facts, outcome).
// A fact's name and its code values are shown with a label where a module has one: each module registers
// the key prefixes of its labels (console/modules.js calls registerFactLabels with the module's
// `factLabels`), e.g. { names: 'sup.fact.', values: { list: 'sup.list.' } } → the fact "list" is labelled
// t('sup.fact.list') and its value "serious" t('sup.list.serious'). Without a label the code is shown.
import { t } from '../../shared/i18n.js';

const namePrefixes = [];
const valuePrefixes = {}; // fact name → [key prefix of its values]

export function registerFactLabels({ names, values = {} } = {}) {
  if (names) namePrefixes.push(names);
  for (const [k, p] of Object.entries(values)) (valuePrefixes[k] ||= []).push(p);
}

function lookup(prefixes, code) {
  for (const p of prefixes || []) {
    const s = t(p + code);
    if (s !== p + code) return s;
  }
  return null;
}
export function factLabel(k) {
  return lookup(namePrefixes, k) ?? k;
}
export function factValue(k, v) {
  if (!v) return v;
  return lookup(valuePrefixes[k], v) ?? v;
}
