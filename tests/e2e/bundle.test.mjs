// Performance budget: the console's first load stays under 1 MB of compressed JavaScript, per screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../lib/server.mjs';
import { ensureWebBuilt } from './lib.mjs';

test('first-load JavaScript ≤ 1 MB gzip on every main screen', () => {
  ensureWebBuilt();
  const out = execFileSync('node', [path.join(ROOT, 'web', 'scripts', 'size.mjs')], { encoding: 'utf8' });
  process.stdout.write(out.split('\n').map((l) => `# ${l}`).join('\n') + '\n');
  const m = /largest first load: ([\d.]+) KiB/.exec(out);
  assert.ok(m, out);
  assert.ok(Number(m[1]) <= 1024, `largest first load ${m[1]} KiB gzip`);
});
