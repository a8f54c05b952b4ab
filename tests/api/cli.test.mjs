// The CLI (issue #2 item 8): import of UTF-8 and GB18030 CSV (all or nothing, row-level errors), export
// round trips, and `audit verify` detecting a modified or deleted record. SQLite files in a temp dir.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync, readFileSync, copyFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { BIN, ROOT } from '../lib/server.mjs';
import { makeUscc, sql } from './helpers.mjs';

let dir;
let n = 0;
before(() => { dir = mkdtempSync(path.join(os.tmpdir(), 'socorg-cli-')); });
after(() => { rmSync(dir, { recursive: true, force: true }); });

const freshDb = () => `sqlite:${path.join(dir, `db${++n}.db`)}`;
function run(args) {
  const r = spawnSync(BIN, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function ok(args) {
  const r = run(args);
  assert.equal(r.code, 0, `${args.join(' ')} exited ${r.code}: ${r.err}`);
  return r;
}
const exportJson = (db) => JSON.parse(ok(['export', '--db', db, '--format', 'json']).out);

const HEADER = 'uscc,name,type,level,region_code,registered_on,legal_rep,address,business_scope,supervisory_unit';
// Codes made from DOMAIN §2.1 for the type (position 2) and authority (positions 3-8).
const code = (cat, region, serial) => makeUscc(`5${cat}${region}`, `MA${String(serial).padStart(6, '0')}`);
function rows(base) {
  return [
    [code(1, '152502', base + 1), '锡林浩特市"马术"协会', 'social_group', 'county', '152502', '2019-03-01', '王芳', '锡林浩特市团结路1号', '行业服务, 培训', '锡林浩特市体育局'],
    [code(2, '152500', base + 2), '锡林郭勒盟爱心社会工作服务中心', 'social_service_agency', 'municipal', '152500', '2020-07-15', '李强', '锡林浩特市', '社会工作服务', '锡林郭勒盟民政局'],
    [code(3, '150000', base + 3), '内蒙古自治区助学基金会', 'foundation', 'provincial', '150000', '2018-11-30', '赵敏', '呼和浩特市', '资助', '内蒙古自治区教育厅'],
    [code(9, '152502', base + 4), '锡林浩特市幸福社区志愿服务队', 'community', 'county', '152502', '2021-05-20', '', '', '', ''],
  ];
}
const csvField = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const toCsv = (header, rs) => [header, ...rs.map((r) => r.map(csvField).join(','))].join('\r\n') + '\r\n';
function writeCsv(name, text, encoding = 'UTF-8') {
  const utf8 = path.join(dir, `${name}.utf8.csv`);
  writeFileSync(utf8, text);
  if (encoding === 'UTF-8') return utf8;
  const out = path.join(dir, `${name}.${encoding}.csv`);
  writeFileSync(out, execFileSync('iconv', ['-f', 'UTF-8', '-t', encoding, utf8]));
  return out;
}

test('import a UTF-8 CSV', () => {
  const db = freshDb();
  const data = rows(100);
  const r = ok(['import', '--db', db, writeCsv('utf8', toCsv(HEADER, data))]);
  assert.match(r.out, /imported 4 organizations \(UTF-8\)/);
  const got = exportJson(db);
  assert.equal(got.length, 4);
  for (const want of data) {
    const g = got.find((x) => x.uscc === want[0]);
    assert.ok(g, `missing ${want[0]}`);
    assert.equal(g.name, want[1]);  // quotes survive
    assert.equal(g.business_scope, want[8]);  // so do commas
    assert.equal(g.type, want[2]);
    assert.equal(g.region_code, want[4]);
    assert.equal(g.status, 'active');
  }
});

// Large and first imports take other paths (docs/benchmarks.md round 4): a rollback journal while the
// import runs alone, the name index of a first import built in a scratch file and copied in. Afterwards
// the file is back in WAL mode, no scratch file is left, and the names of both imports are found.
test('a first and a second import into one file: names indexed, WAL mode kept, no scratch files left', () => {
  const db = freshDb();
  const tmp = path.join(dir, 'tmp-scratch');
  mkdirSync(tmp);
  const runIn = (file) => {
    const r = spawnSync(BIN, ['import', '--db', db, file], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TMPDIR: tmp } });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };
  const many = (base, count, word) => Array.from({ length: count }, (_, i) =>
    [code(1, '152502', base + i), `锡林浩特市第${base + i}${word}协会`, 'social_group', 'county', '152502', '2019-03-01', '', '', '', '']);
  assert.match(runIn(writeCsv('first', toCsv(HEADER, many(1000, 25000, '马术')))), /imported 25000 organizations/);
  assert.match(runIn(writeCsv('second', toCsv(HEADER, many(40000, 300, '摄影')))), /imported 300 organizations/);
  assert.deepEqual(readdirSync(tmp), []);
  assert.equal(sql(db, 'PRAGMA journal_mode').trim(), 'wal');
  const matches = (q) => Number(sql(db, `SELECT count(*) FROM org_search WHERE org_search MATCH '"${q}"'`).trim());
  assert.equal(matches('马术'), 25000);
  assert.equal(matches('摄影'), 300);
  assert.equal(matches('协会'), 25300);
  assert.equal(sql(db, "INSERT INTO org_search(org_search) VALUES ('integrity-check'); SELECT 'ok'").trim(), 'ok');
});

test('import a GB18030 CSV (as Excel in China writes it), with a UTF-8 BOM variant', () => {
  const db = freshDb();
  const data = rows(200);
  const file = writeCsv('gb', toCsv(HEADER, data), 'GB18030');
  const bytes = readFileSync(file);
  assert.ok(!bytes.toString('utf8').includes('锡林浩特'), 'iconv did not re-encode');
  const r = ok(['import', '--db', db, file]);
  assert.match(r.out, /imported 4 organizations \(GB18030\)/);
  const names = exportJson(db).map((x) => x.name).sort();
  assert.deepEqual(names, data.map((x) => x[1]).sort());
  // UTF-8 with a byte-order mark, as saved by "CSV UTF-8" in Excel.
  const db2 = freshDb();
  const bom = path.join(dir, 'bom.csv');
  writeFileSync(bom, '\ufeff' + toCsv(HEADER, rows(300)));
  assert.match(ok(['import', '--db', db2, bom]).out, /imported 4 organizations \(UTF-8\)/);
});

test('a CSV with one bad row imports nothing and reports the row and column', () => {
  const db = freshDb();
  ok(['import', '--db', db, writeCsv('seed', toCsv(HEADER, rows(400)))]);
  const before = exportJson(db).length;
  const bad = (mutate, column) => {
    const data = rows(500 + n * 10);
    mutate(data[1]);  // the second data row
    const r = run(['import', '--db', db, writeCsv(`bad${n}`, toCsv(HEADER, data))]);
    assert.equal(r.code, 1, `exit ${r.code}: ${r.out} ${r.err}`);
    assert.match(r.err, /nothing was imported/);
    assert.match(r.err, new RegExp(`row 2, ${column}`), r.err);
    assert.equal(exportJson(db).length, before, 'rows were imported');
  };
  bad((row) => { row[0] = row[0].slice(0, 17) + (row[0][17] === 'A' ? 'B' : 'A'); }, 'uscc');      // altered position 18
  bad((row) => { row[0] = row[0].slice(0, 16) + 'I' + row[0][17]; }, 'uscc');                      // forbidden letter
  bad((row) => { row[4] = '999999'; }, 'region_code');
  bad((row) => { row[3] = 'county'; }, 'level');                                                    // 152500 is a city
  bad((row) => { row[2] = 'club'; }, 'type');
  bad((row) => { row[2] = 'foundation'; }, 'uscc');                                                 // position 2 says agency
  bad((row) => { row[5] = '2020-02-30'; }, 'registered_on');
  bad((row) => { row[5] = '2999-01-01'; }, 'registered_on');
  bad((row) => { row[1] = ''; }, 'name');
});

test('all or nothing also when a code is already in the register', () => {
  const db = freshDb();
  const first = rows(600);
  ok(['import', '--db', db, writeCsv('first', toCsv(HEADER, first))]);
  const second = rows(700);
  second[2] = first[2];  // third row: already registered
  const r = run(['import', '--db', db, writeCsv('second', toCsv(HEADER, second))]);
  assert.equal(r.code, 1, r.out + r.err);
  assert.match(r.err, /row 3/);
  const codes = exportJson(db).map((x) => x.uscc);
  assert.equal(codes.length, 4);
  for (const row of second) if (row !== first[2]) assert.ok(!codes.includes(row[0]), `${row[0]} was imported`);
  // After a row error later rows are only checked, and a code already in the register is still reported.
  const third = rows(750);
  third[1][4] = '999999';  // second row: unknown region
  third[2] = first[3];     // third row: already registered
  const t = run(['import', '--db', db, writeCsv('third', toCsv(HEADER, third))]);
  assert.equal(t.code, 1, t.out + t.err);
  assert.match(t.err, /row 2, region_code/);
  assert.match(t.err, /row 3, uscc/);
  assert.equal(exportJson(db).length, 4);
  // Duplicates inside one file are refused too.
  const dup = rows(800);
  dup[3] = [...dup[0]];
  dup[3][1] = '另一个名称协会';
  const d = run(['import', '--db', freshDb(), writeCsv('dup', toCsv(HEADER, dup))]);
  assert.equal(d.code, 1);
  assert.match(d.err, /row 4, uscc/);
});

test('a file missing a required column is refused', () => {
  const data = rows(900).map((r) => r.slice(0, 5));
  const r = run(['import', '--db', freshDb(), writeCsv('nocol', toCsv('uscc,name,type,level,region_code', data))]);
  assert.notEqual(r.code, 0);
  assert.match(r.err, /registered_on/);
});

// Minimal ZIP reader (central directory + deflate) for the XLSX export.
function unzip(buf) {
  const files = {};
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'not a zip file');
  let p = buf.readUInt32LE(eocd + 16);
  const count = buf.readUInt16LE(eocd + 10);
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50);
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    files[name] = method === 8 ? inflateRawSync(data) : data;
    p += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}
const unxml = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
function xlsxRows(buf) {
  const files = unzip(buf);
  const sheetName = Object.keys(files).find((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  assert.ok(sheetName, `no worksheet in ${Object.keys(files)}`);
  const xml = files[sheetName].toString('utf8');
  return [...xml.matchAll(/<row[^>]*>(.*?)<\/row>/gs)].map((m) =>
    [...m[1].matchAll(/<c r="[A-Z]+\d+"[^>]*>(?:<is><t[^>]*>(.*?)<\/t><\/is>)?<\/c>/gs)].map((c) => unxml(c[1] ?? '')));
}

test('export csv / json / xlsx, then import into a fresh database: the same register', () => {
  const src = freshDb();
  ok(['demo', '--db', src, '--region', '150000', '--orgs', '150', '--seed', '11']);
  const base = exportJson(src);
  assert.ok(base.length > 100, `demo exported ${base.length}`);
  const key = (x) => `${x.uscc}|${x.name}|${x.type}|${x.level}|${x.region_code}|${x.registered_on}|${x.status}`;
  const want = base.map(key).sort();

  // CSV (with BOM and CRLF) straight back in.
  const csvFile = path.join(dir, 'export.csv');
  ok(['export', '--db', src, '--format', 'csv', '--out', csvFile]);
  const viaCsv = freshDb();
  assert.match(ok(['import', '--db', viaCsv, csvFile]).out, new RegExp(`imported ${base.length} organizations`));
  assert.deepEqual(exportJson(viaCsv).map(key).sort(), want);

  // JSON: the same columns, written as CSV for import.
  const header = 'uscc,name,type,level,region_code,registered_on,legal_rep,address,business_scope,supervisory_unit,status';
  const cols = header.split(',');
  const fromJson = writeCsv('fromjson', toCsv(header, base.map((x) => cols.map((c) => x[c] ?? ''))));
  const viaJson = freshDb();
  ok(['import', '--db', viaJson, fromJson]);
  assert.deepEqual(exportJson(viaJson).map(key).sort(), want);

  // XLSX: a real workbook with a header row and one row per organization.
  const xlsxFile = path.join(dir, 'export.xlsx');
  ok(['export', '--db', src, '--format', 'xlsx', '--out', xlsxFile]);
  const sheet = xlsxRows(readFileSync(xlsxFile));
  assert.deepEqual(sheet[0], cols);
  assert.equal(sheet.length - 1, base.length);
  const viaXlsx = freshDb();
  ok(['import', '--db', viaXlsx, writeCsv('fromxlsx', toCsv(header, sheet.slice(1)))]);
  assert.deepEqual(exportJson(viaXlsx).map(key).sort(), want);
});

test('audit verify passes, and fails after a record is modified or deleted', () => {
  const db = freshDb();
  ok(['demo', '--db', db, '--region', '152500', '--orgs', '20']);
  ok(['user', 'add', '--db', db, '--username', 'u1', '--password', 'u1-password', '--role', 'county_officer', '--region', '152502']);
  ok(['import', '--db', db, writeCsv('audit', toCsv(HEADER, rows(1000)))]);
  const good = ok(['audit', 'verify', '--db', db]);
  // demo (its generation, the supervision objects without an organization, the jobs run) + user add + import
  const records = Number(sql(db, 'SELECT count(*) FROM audit_log').trim());
  assert.ok(records >= 3, `${records} audit records`);
  assert.match(good.out, new RegExp(`intact: ${records} records`));
  const file = db.slice('sqlite:'.length);

  // The database refuses updates and deletes outright…
  assert.throws(() => sql(db, "UPDATE audit_log SET detail = '{}' WHERE id = 1"));
  assert.throws(() => sql(db, 'DELETE FROM audit_log WHERE id = 3'));

  // …and when someone removes the guard, verify notices.
  const modified = path.join(dir, 'modified.db');
  copyFileSync(file, modified);
  sql(`sqlite:${modified}`, `DROP TRIGGER audit_no_update; UPDATE audit_log SET detail = '{"rows":1}' WHERE id = 2`);
  const m = run(['audit', 'verify', '--db', `sqlite:${modified}`]);
  assert.equal(m.code, 1, m.out + m.err);
  assert.match(m.out, /BROKEN at record 2/);

  const lastGone = path.join(dir, 'last.db');
  copyFileSync(file, lastGone);
  sql(`sqlite:${lastGone}`, 'DROP TRIGGER audit_no_delete; DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)');
  const l = run(['audit', 'verify', '--db', `sqlite:${lastGone}`]);
  assert.equal(l.code, 1, l.out + l.err);
  assert.match(l.out, /BROKEN/);

  const middleGone = path.join(dir, 'middle.db');
  copyFileSync(file, middleGone);
  sql(`sqlite:${middleGone}`, 'DROP TRIGGER audit_no_delete; DELETE FROM audit_log WHERE id = 2');
  const g = run(['audit', 'verify', '--db', `sqlite:${middleGone}`]);
  assert.equal(g.code, 1, g.out + g.err);
  assert.match(g.out, /BROKEN at record 2/);

  // A re-hashed record whose successor still chains to the old hash is caught too.
  const rehashed = path.join(dir, 'rehashed.db');
  copyFileSync(file, rehashed);
  sql(`sqlite:${rehashed}`, "DROP TRIGGER audit_no_update; UPDATE audit_log SET actor = 'someone', hash = 'f00d' WHERE id = 1");
  const h = run(['audit', 'verify', '--db', `sqlite:${rehashed}`]);
  assert.equal(h.code, 1);

  // The original is still intact.
  assert.match(ok(['audit', 'verify', '--db', db]).out, /intact/);
});

test('user add validates role and scope', () => {
  const db = freshDb();
  const bad = [
    ['--username', 'x1', '--password', 'long-enough', '--role', 'emperor', '--region', '150000'],
    ['--username', 'x2', '--password', 'long-enough', '--role', 'county_officer', '--region', '152500'],
    ['--username', 'x3', '--password', 'long-enough', '--role', 'province_officer', '--region', '999999'],
    ['--username', 'x4', '--password', 'short', '--role', 'auditor', '--region', '150000'],
    ['--username', 'x5', '--password', 'long-enough', '--role', 'org_account'],
  ];
  for (const args of bad) assert.equal(run(['user', 'add', '--db', db, ...args]).code, 1, args.join(' '));
  ok(['user', 'add', '--db', db, '--username', 'ok1', '--password', 'long-enough', '--role', 'city_officer', '--region', '152500']);
  assert.equal(run(['user', 'add', '--db', db, '--username', 'ok1', '--password', 'long-enough', '--role', 'auditor', '--region', '150000']).code, 1,
    'duplicate username accepted');
  const list = ok(['user', 'list', '--db', db]).out;
  assert.match(list, /ok1\tcity_officer\t152500/);
  assert.ok(!/x[1-5]/.test(list));
});
