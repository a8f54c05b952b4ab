// Region names for the party screens, from the one region cache (shared/api.js getRegion).
import { getRegion } from '../../shared/api.js';

// GB/T 2260: a code's ancestors are its province (2 digits + 0000) and its city (4 digits + 00). The path from
// the user's own region (root; 100000 the whole country) down to `code`, each with its name; a code the server
// does not know (a city level that does not exist) is left out.
const NATIONAL = '100000';
const stem = (c) => c.replace(/(00)+$/, '');
export async function regionPath(root, code) {
  const top = root || NATIONAL;
  const chain = [...new Set([NATIONAL, `${code.slice(0, 2)}0000`, `${code.slice(0, 4)}00`, code])];
  const codes = top === NATIONAL ? chain : chain.filter((c) => c.startsWith(stem(top)) && stem(c).length >= stem(top).length);
  const named = await Promise.all(codes.map((c) => getRegion(c).then((r) => ({ code: c, name: r.name }), () => null)));
  return named.filter(Boolean);
}

// { code → name } of a region's children, and the region's own name.
export async function childNames(code) {
  try {
    const r = await getRegion(code);
    return { name: r.name, children: Object.fromEntries((r.children || []).map((c) => [c.code, c.name])) };
  } catch {
    return { name: code, children: {} };
  }
}
