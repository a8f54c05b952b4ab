// A rule's basis is shown as law (issue #14 item 4): every response that carries a rule's basis carries the
// statute and article from the one table (domain/legal_basis.h) — basis, basis_en, basis_refs — and no
// response says "DOMAIN". Checked over the demo data: public credit lists, an organization's supervision view
// and credit, flags, rating eligibility, founding and leader-review findings, the officer's record.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';
import { applicationBody, assertOk, makeId } from './helpers.mjs';

let s, nmg, xlht;

before(async () => {
  s = await startServer({ orgs: 300 });
  [nmg, xlht] = await Promise.all(['nmg', 'xlht'].map((u) => s.login(u)));
});
after(async () => { await s?.stop(); });

// Every object in `body` that names a rule: its basis is the table's statute text, with structured refs.
function basisCarriers(body, out = []) {
  if (Array.isArray(body)) body.forEach((x) => basisCarriers(x, out));
  else if (body && typeof body === 'object') {
    if (typeof body.rule_id === 'string' && 'basis' in body) out.push(body);
    Object.values(body).forEach((x) => basisCarriers(x, out));
  }
  return out;
}

function checkBody(what, body) {
  const text = JSON.stringify(body);
  assert.ok(!text.includes('DOMAIN'), `${what}: no internal DOMAIN reference in ${text.slice(0, 300)}`);
  assert.ok(!text.includes('§'), `${what}: no internal section sign`);
  const carriers = basisCarriers(body);
  for (const c of carriers) {
    assert.equal(typeof c.basis, 'string', `${what} ${c.rule_id}`);
    assert.ok(c.basis.length > 0, `${what} ${c.rule_id}: a basis`);
    assert.ok(Array.isArray(c.basis_refs), `${what} ${c.rule_id}: basis_refs`);
    assert.equal(typeof c.basis_en, 'string', `${what} ${c.rule_id}: basis_en`);
    for (const r of c.basis_refs) {
      assert.match(r.statute, /《.+》/, `${what} ${c.rule_id}: statute ${r.statute}`);
      assert.ok(r.article === '' || /^第/.test(r.article), `${what} ${c.rule_id}: article ${r.article}`);
      assert.ok(r.title_en.length > 0, `${what} ${c.rule_id}: English title`);
      assert.ok(c.basis.includes(r.statute + r.article), `${what} ${c.rule_id}: the display text names ${r.statute}${r.article}`);
      assert.ok(c.basis_en.includes(r.title_en), `${what} ${c.rule_id}: basis_en`);
    }
  }
  return carriers;
}

async function getOk(path, token) {
  const r = await s.get(path, token);
  assert.equal(r.status, 200, `${path}: ${r.text}`);
  return r.json;
}

test('public credit lists carry the statute, never DOMAIN', async () => {
  for (const list of ['anomaly', 'serious']) {
    const body = await getOk(`/api/v1/public/credit/${list}?page_size=100`);
    assert.ok(body.items.length > 0, `the demo lists organizations on the ${list} list`);
    const carriers = checkBody(`public ${list}`, body);
    assert.ok(carriers.length >= body.items.length);
    for (const e of body.items) {
      // Anomaly ② from party data (#16) also names the rule that requires the party organization.
      const statutes = e.rule_id === 'CREDIT-ANOMALY-PARTY'
        ? ['《社会组织信用信息管理办法》', '《中国共产党章程》'] : ['《社会组织信用信息管理办法》'];
      assert.equal(e.basis, e.rule_id === 'CREDIT-ANOMALY-PARTY'
        ? '《社会组织信用信息管理办法》；《中国共产党章程》第三十条第一款' : '《社会组织信用信息管理办法》', e.rule_id);
      assert.deepEqual(e.basis_refs.map((r) => r.statute), statutes);
    }
  }
});

test('flags, the supervision view, credit and rating eligibility carry the statute', async () => {
  const seen = new Set();
  const orgs = new Set();
  for (const kind of ['zombie', 'overdue_election', 'revocation_candidate']) {
    const body = await getOk(`/api/v1/supervision/flags?kind=${kind}&page_size=100`, nmg);
    for (const c of checkBody(`flags ${kind}`, body)) seen.add(c.rule_id);
    for (const f of body.items.slice(0, 3)) orgs.add(f.org.uscc);
  }
  assert.ok(seen.has('ZOMBIE'), 'the demo has zombie flags');
  const anomaly = await getOk('/api/v1/public/credit/serious?page_size=3');
  for (const e of anomaly.items) orgs.add(e.org.uscc);
  assert.ok(orgs.size > 0);
  for (const uscc of orgs) {
    for (const c of checkBody(`supervision ${uscc}`, await getOk(`/api/v1/orgs/${uscc}/supervision`, nmg))) seen.add(c.rule_id);
    for (const c of checkBody(`credit ${uscc}`, await getOk(`/api/v1/orgs/${uscc}/credit`, nmg))) seen.add(c.rule_id);
    const elig = await getOk(`/api/v1/orgs/${uscc}/rating-eligibility`, nmg);
    for (const c of checkBody(`rating eligibility ${uscc}`, elig)) seen.add(c.rule_id);
    checkBody(`record ${uscc}`, await getOk(`/api/v1/orgs/${uscc}`, nmg));
  }
  assert.ok([...seen].some((id) => id.startsWith('RATING-ELIG-')), 'eligibility findings were checked');
  assert.ok([...seen].some((id) => id.startsWith('CREDIT-')), 'credit listings were checked');
  const zombie = (await getOk('/api/v1/supervision/flags?kind=zombie&page_size=1', nmg)).items[0];
  assert.equal(zombie.basis, '《民政部关于开展“僵尸型”社会组织专项整治的通知》');
});

test('founding and leader-review findings carry statute and article', async () => {
  const app = assertOk(await s.post('/api/v1/applications', applicationBody('152502'), xlht), 201);
  const carriers = checkBody('application', app);
  const members = carriers.find((f) => f.rule_id === 'FOUND-SG-MEMBERS');
  assert.equal(members.basis, '《社会团体登记管理条例》第十条第一款第（一）项');
  assert.deepEqual(members.basis_refs, [{
    statute: '《社会团体登记管理条例》', article: '第十条第一款第（一）项',
    title_en: 'Regulations on the Registration and Administration of Social Groups, Art. 10(1)(i)',
  }]);
  assert.equal(carriers.find((f) => f.rule_id === 'FOUND-SG-FUNDS').basis, '《社会团体登记管理条例》第十条第一款第（五）项');

  const list = await getOk('/api/v1/orgs?region=152502&status=active&type=social_group&page_size=5', xlht);
  const org = list.items.find((o) => o.uscc);
  assert.ok(org, 'an active social group in 152502');
  const added = assertOk(await s.post(`/api/v1/orgs/${org.uscc}/persons`, {
    name: '其木格', id_number: makeId('152502', '19800101', '022'), roles: ['legal_rep'], civil_servant: false,
  }, xlht), 201);
  const leader = checkBody('persons', added);
  assert.equal(leader.find((f) => f.rule_id === 'LEADER-CONCURRENT-LEGAL-REP').basis, '《社会团体登记管理条例》第十二条第三款');
  const practice = leader.find((f) => f.rule_id === 'LEADER-DISHONEST-DEBTOR');
  assert.deepEqual(practice.basis_refs, [], 'a rule from practice cites no statute');
  assert.match(practice.basis, /实践/);
  assert.ok(leader.length >= 6, `${leader.length} leader-review findings`);
  checkBody('record after review', await getOk(`/api/v1/orgs/${org.uscc}`, xlht));
});
