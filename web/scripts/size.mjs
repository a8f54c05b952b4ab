// Measures the compressed JavaScript a browser downloads for the first screens, from the Vite manifest:
// an entry, its static imports (transitively), plus the dynamic chunks of the screens named.
//   node scripts/size.mjs            (after npm run build)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const manifest = JSON.parse(readFileSync(dist + '.vite/manifest.json', 'utf8'));

function closure(keys) {
  const seen = new Set();
  const walk = (k) => {
    if (seen.has(k)) return;
    seen.add(k);
    for (const i of manifest[k].imports || []) walk(i);
  };
  keys.forEach(walk);
  return seen;
}
function measure(name, keys) {
  const files = [...closure(keys)].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  let raw = 0, gz = 0;
  for (const f of files) {
    const b = readFileSync(dist + f);
    raw += b.length;
    gz += gzipSync(b, { level: 9 }).length;
  }
  console.log(`${name.padEnd(44)} ${String(files.length).padStart(3)} files  ${(raw / 1024).toFixed(1).padStart(8)} KiB  gzip ${(gz / 1024).toFixed(1).padStart(7)} KiB`);
  return gz;
}
const find = (suffix) => Object.keys(manifest).find((k) => k.endsWith(suffix));
const c = find('index.html') === 'index.html' ? 'index.html' : find('/index.html');
const p = find('portal/index.html');
const v = (n) => find(`console/views/${n}.vue`);
const pv = (n) => find(`portal/views/${n}.vue`);
// A module's screens: console/<module>/views/, portal/<module>/.
const mv = (m, n) => find(`console/${m}/views/${n}.vue`);
const pm = (m, n) => find(`portal/${m}/${n}.vue`);

const results = {
  'console: login screen': measure('console: login screen (entry + Login)', [c, v('Login')]),
  'console: dashboard after login': measure('console: dashboard after login', [c, v('Login'), v('Layout'), v('Dashboard'), mv('supervision', 'SupDashboard')]),
  'console: register': measure('console: register table', [c, v('Layout'), v('Register')]),
  'console: organization page': measure('console: organization page', [c, v('Layout'), v('OrgPage')]),
  'portal: search': measure('portal: search (entry + Search)', [p, pv('Search')]),
  'portal: organization': measure('portal: organization page', [p, pv('Org')]),
  'portal: statistics': measure('portal: statistics (charts)', [p, pv('Stats')]),
  'portal: credit lists': measure('portal: credit lists', [p, pm('supervision', 'Credit')]),
  'portal: illegal organizations': measure('portal: illegal organizations', [p, pm('supervision', 'Illegal')]),
  'portal: complaint form': measure('portal: complaint form', [p, pm('supervision', 'Complaint')]),
};
const limit = 1024 * 1024;
const worst = Math.max(...Object.values(results));
console.log(`largest first load: ${(worst / 1024).toFixed(1)} KiB gzip (limit 1024 KiB) ${worst <= limit ? 'OK' : 'OVER'}`);
process.exitCode = worst <= limit ? 0 : 1;
