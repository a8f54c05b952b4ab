// The OpenAPI document's request bodies (issue #13 item 10): every body is a named schema with properties,
// a description and an example, and every documented example, posted to a real server with demo data, is
// accepted — 2xx, or a domain refusal (409/422) the operation documents — never a 400 validation error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../lib/server.mjs';

const TODAY = '2025-07-01';  // the examples' dates are around this day (deadlines after it, filings before)
let s, doc, org;
const tokens = {};
const done = {};  // operationId → the JSON answer of its example (ids for the operations after it)

before(async () => {
  s = await startServer({ orgs: 150, env: { SOCORG_TODAY: TODAY } });
  for (const u of ['admin', 'nmg', 'xlht', 'xlht2', 'reviewer', 'dangjian']) tokens[u] = await s.login(u);
  const r = await s.get('/api/v1/openapi.json');
  assert.equal(r.status, 200);
  doc = r.json;
  const list = await s.get('/api/v1/orgs?region=152502&status=active&page_size=50', tokens.xlht);
  // One on no credit list (a rating application needs that; the demo's party data lists some, anomaly ②).
  for (const o of list.json.items) {
    if (!(o.uscc && o.type !== 'community' && o.registered_on && o.registered_on <= '2023-06-30')) continue;
    const c = await s.get(`/api/v1/orgs/${o.uscc}/credit`, tokens.xlht);
    if (c.json?.status === 'good') { org = o; break; }
  }
  assert.ok(org, 'an active registered organization in 152502 in good standing');
});
after(async () => { await s?.stop(); });

// Every operation with a request body, as [method, path, operation].
function bodyOperations() {
  const out = [];
  for (const [path, item] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(item))
      if (op && typeof op === 'object' && op.requestBody) out.push([method, path, op]);
  return out;
}
const resolve = (schema) => {
  if (!schema?.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  return doc.components.schemas[name];
};
// Where a JSON value does not fit a schema: types, nullability, required keys and enums, through nested
// objects and (the first few) array items.
const TYPE = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
function shapeProblems(schema, value, at) {
  const sc = resolve(schema);
  if (!sc || typeof sc !== 'object') return [];
  if (value === null) return sc.nullable ? [] : [`${at} is null`];
  const ty = TYPE(value);
  if (sc.type) {
    const want = sc.type === 'number' ? ['integer', 'number'] : [sc.type];
    if (!want.includes(ty)) return [`${at} is ${ty}, not ${sc.type}`];
  }
  if (sc.enum && !sc.enum.includes(value)) return [`${at} = ${JSON.stringify(value)} is not one of ${sc.enum.join(', ')}`];
  const out = [];
  if (ty === 'object') {
    for (const r of sc.required ?? []) if (!(r in value)) out.push(`${at}.${r} is missing`);
    for (const [k, ps] of Object.entries(sc.properties ?? {})) if (k in value) out.push(...shapeProblems(ps, value[k], `${at}.${k}`));
    if (sc.additionalProperties && typeof sc.additionalProperties === 'object')
      for (const [k, v] of Object.entries(value)) if (!sc.properties?.[k]) out.push(...shapeProblems(sc.additionalProperties, v, `${at}.${k}`));
  }
  if (ty === 'array' && sc.items) value.slice(0, 3).forEach((v, i) => out.push(...shapeProblems(sc.items, v, `${at}[${i}]`)));
  return out;
}
const fromPrev = (opId, pick) => (done) => {
  const v = pick(done[opId]);
  assert.ok(v !== undefined && v !== null, `${opId} gave no id: ${JSON.stringify(done[opId])?.slice(0, 200)}`);
  return String(v);
};

// How to post each operation's example, in dependency order: who (a demo account, or null for public
// routes), what must exist first (setup), the path parameters (from the demo data or an earlier response
// in `done`), and the body fields that name records (organization keys, versions), which no fixed example
// can know.
const HOW = {
  login: { as: null },
  submitApplication: { as: 'xlht' },
  performAction: {
    as: 'reviewer',  // the consent is the supervisory unit's act (DOMAIN §1; #13 item 9)
    params: { key: fromPrev('submitApplication', (o) => o?.id), action: () => 'consent' },
    body: async (done) => ({ version: (await s.get(`/api/v1/orgs/${done.submitApplication.id}`, tokens.xlht)).json.version }),
  },
  addPerson: { as: 'xlht', params: { key: () => org.uscc } },
  preReviewLeader: { as: 'xlht', params: { key: () => org.uscc } },
  sup_post_orgs_key_annual_reports: { as: 'xlht', params: { key: () => org.uscc } },
  sup_post_orgs_key_annual_reports_year_opinion: { as: 'reviewer', params: { key: () => org.uscc, year: () => '2024' } },
  sup_post_orgs_key_annual_reports_year_conclusion: { as: 'xlht', params: { key: () => org.uscc, year: () => '2024' } },
  sup_post_orgs_key_interviews: { as: 'xlht', params: { key: () => org.uscc } },  // #13 约谈
  sup_post_orgs_key_credit_listings: { as: 'xlht', params: { key: () => org.uscc } },
  sup_post_credit_listings_id_requests: { as: 'xlht', params: { id: fromPrev('sup_post_orgs_key_credit_listings', (l) => l?.id) } },
  sup_post_credit_requests_id_decision: { as: 'xlht', params: { id: fromPrev('sup_post_credit_listings_id_requests', (r) => r?.id) } },
  // Rated before the penalty example: a penalty decided this year excludes from rating (RATING-ELIG-PENALTY, #13).
  sup_post_rating_rounds: { as: 'xlht' },
  sup_post_rating_rounds_id_ratings: {
    as: 'xlht', params: { id: fromPrev('sup_post_rating_rounds', (r) => r?.id) }, body: () => ({ org: org.uscc }),
    // `scores` is a closed object (additionalProperties: false): first, an extra group is refused — before
    // the credit job runs, while the organization is still eligible (eligibility is checked first).
    setup: async (done) => {
      const sc = doc.components.schemas.RatingScoreInput;
      assert.equal(sc.properties.scores.additionalProperties, false);
      const r = await s.post(`/api/v1/rating-rounds/${done.sup_post_rating_rounds.id}/ratings`,
        { ...sc.example, org: org.uscc, scores: { ...sc.example.scores, extra: 10 } }, tokens.xlht);
      assert.equal(r.status, 400, `scores with an extra group: ${r.text}`);
      assert.equal(r.json.error.field, 'scores.extra');
    },
  },
  // #13 §7 public notice: objections to the rating just scored (on notice until 7 days from today), by the
  // public and by the organization's own account, the officer's decision, then a cancellation for fraud.
  sup_post_public_ratings_id_objections: { as: null, params: { id: fromPrev('sup_post_rating_rounds_id_ratings', (r) => r?.id) } },
  sup_post_ratings_id_objections: {
    as: 'orgacct', params: { id: fromPrev('sup_post_rating_rounds_id_ratings', (r) => r?.id) },
    setup: async () => {
      s.cli(['user', 'add', '--username', 'orgacct', '--password', 'orgacct-password', '--role', 'org_account', '--org', org.uscc]);
      tokens.orgacct = await s.login('orgacct');
    },
  },
  sup_post_rating_objections_id_decision: { as: 'xlht', params: { id: fromPrev('sup_post_public_ratings_id_objections', (o) => o?.id) } },
  sup_post_ratings_id_cancellation: { as: 'xlht', params: { id: fromPrev('sup_post_rating_rounds_id_ratings', (r) => r?.id) } },
  sup_post_orgs_key_penalties: { as: 'xlht', params: { key: () => org.uscc } },
  sup_post_penalties_id_outcomes: { as: 'xlht', params: { id: fromPrev('sup_post_orgs_key_penalties', (p) => p?.id) } },
  sup_post_orgs_key_registered_letters: { as: 'xlht', params: { key: () => org.uscc } },
  sup_post_orgs_key_rectifications: { as: 'xlht', params: { key: () => org.uscc } },
  sup_post_rectifications_id_complete: { as: 'xlht', params: { id: fromPrev('sup_post_orgs_key_rectifications', (r) => r?.id) } },
  sup_post_public_complaints: { as: null },
  sup_post_illegal_cases: { as: 'xlht' },
  sup_post_illegal_cases_id_steps: {
    as: 'xlht', params: { id: fromPrev('sup_post_illegal_cases', (c) => c?.id) },
    // The case is proposed: a second officer approves its filing (立案) before the example's investigation.
    setup: async (done) => {
      const r = await s.post(`/api/v1/illegal-cases/${done.sup_post_illegal_cases.id}/steps`,
        { step: 'file', content: '批准立案' }, tokens.xlht2);
      assert.equal(r.status, 200, r.text);
    },
  },
  sup_post_inspectors: { as: 'xlht' },
  sup_post_inspectors_id_conflicts: {
    as: 'xlht', params: { id: fromPrev('sup_post_inspectors', (i) => i?.id) }, body: () => ({ org: org.uscc }),
  },
  sup_post_inspection_plans: {
    as: 'xlht',
    // The draw needs 2 conflict-free inspectors per organization: two more on the county's roster.
    setup: async () => {
      for (const [name, certificate_no] of [['赵静', '15250200901'], ['孙伟', '15250200902']]) {
        const r = await s.post('/api/v1/inspectors', { region: '152502', name, certificate_no }, tokens.xlht);
        assert.equal(r.status, 201, r.text);
      }
    },
  },
  sup_post_inspection_items_id_result: {
    as: 'xlht', params: { id: fromPrev('sup_post_inspection_plans', (p) => p?.drawn?.[0]?.item_id) },
  },
  sup_post_supervision_flags_id_handling: {
    as: 'nmg',
    params: {
      id: async () => {
        for (const kind of ['zombie', 'overdue_election', 'revocation_candidate']) {
          const r = await s.get(`/api/v1/supervision/flags?kind=${kind}&page_size=5`, tokens.nmg);
          assert.equal(r.status, 200, r.text);
          if (r.json.items.length) return String(r.json.items[0].id);
        }
        assert.fail('the demo data has no supervision flag in 150000');
      },
    },
  },
  sup_post_jobs_run: { as: 'nmg' },
  sup_post_jobs_simulate: { as: 'nmg' },
  // #16 party building: the party work department of 锡林郭勒盟 (the organization is in 152502).
  party_put_orgs_key_party: {
    as: 'dangjian', params: { key: () => org.uscc },
    body: async () => ({ version: (await s.get(`/api/v1/orgs/${org.uscc}/party`, tokens.dangjian)).json.version }),
  },
  party_post_orgs_key_party_review: {
    as: 'dangjian', params: { key: () => org.uscc },
    // The organization's own filing awaits review (orgacct was made for the rating objection above).
    setup: async () => {
      const v = (await s.get(`/api/v1/orgs/${org.uscc}/party`, tokens.dangjian)).json.version;
      const r = await s.request('PUT', `/api/v1/orgs/${org.uscc}/party`, { token: tokens.orgacct, body: { formal_members: 2, organization: { kind: 'none' }, instructor: true, version: v } });
      assert.equal(r.status, 200, r.text);
    },
  },
  party_post_party_joint_branches: { as: 'dangjian' },
  party_post_orgs_key_party_decisions: { as: 'dangjian', params: { key: () => org.uscc } },
  party_post_party_decisions_id_steps: { as: 'dangjian', params: { id: fromPrev('party_post_orgs_key_party_decisions', (d) => d?.id) } },
};

test('every request body is a named schema with properties, a description and an example', () => {
  const ops = bodyOperations();
  assert.ok(ops.length >= 20, `only ${ops.length} operations with a body`);
  const problems = [];
  for (const [method, path, op] of ops) {
    const where = `${method.toUpperCase()} ${path} (${op.operationId})`;
    const media = op.requestBody.content?.['application/json'];
    if (!media) { problems.push(`${where}: no application/json body`); continue; }
    if (!media.schema?.$ref) { problems.push(`${where}: the body schema is not a named schema under components/schemas`); continue; }
    const sc = resolve(media.schema);
    if (!sc) { problems.push(`${where}: ${media.schema.$ref} does not exist`); continue; }
    if (sc.type !== 'object') problems.push(`${where}: type is ${sc.type}`);
    if (!sc.properties || Object.keys(sc.properties).length === 0) problems.push(`${where}: an untyped object (no properties)`);
    if (!sc.description) problems.push(`${where}: no description`);
    if (sc.example === undefined) problems.push(`${where}: no example`);
    if (!('additionalProperties' in sc)) problems.push(`${where}: additionalProperties not stated`);
    for (const r of sc.required ?? []) if (!sc.properties?.[r]) problems.push(`${where}: required "${r}" is not a property`);
    // A nested object is typed too, or says it is free-form.
    const walk = (x, at) => {
      if (!x || typeof x !== 'object') return;
      if (x.type === 'object' && !x.properties && !('additionalProperties' in x)) problems.push(`${where}: ${at} is an untyped object`);
      for (const [k, v] of Object.entries(x.properties ?? {})) walk(v, `${at}.${k}`);
      if (x.items) walk(x.items, `${at}[]`);
    };
    walk(sc, 'body');
  }
  assert.deepEqual(problems, []);
});

test('the table below covers exactly the operations that have a request body', () => {
  const ids = bodyOperations().map(([, , op]) => op.operationId).sort();
  assert.deepEqual(ids, Object.keys(HOW).sort(), 'add a row to HOW for a new operation with a body (or remove a stale one)');
});

test('each documented example, posted to a real server with demo data, is not refused as invalid', async (t) => {
  const byId = Object.fromEntries(bodyOperations().map(([method, path, op]) => [op.operationId, { method, path, op }]));
  const failures = [];
  for (const [opId, how] of Object.entries(HOW)) {
    const entry = byId[opId];
    if (!entry) { failures.push(`${opId}: not in the document`); continue; }
    const { method, path, op } = entry;
    assert.ok(method === 'post' || method === 'put', `${opId}: only POST and PUT bodies are expected`);
    let url = path;
    try {
      if (how.setup) await how.setup(done);
      for (const [name, get] of Object.entries(how.params ?? {})) url = url.replace(`{${name}}`, encodeURIComponent(await get(done)));
    } catch (e) {
      failures.push(`${opId}: ${e.message}`);
      continue;
    }
    assert.ok(!/[{}]/.test(url), `${opId}: path parameter left in ${url}`);
    const sc = resolve(op.requestBody.content['application/json'].schema);
    const body = { ...sc.example, ...(how.body ? await how.body(done) : {}) };
    // A schema open to other fields (additionalProperties: true) must mean the parser ignores them.
    if (sc.additionalProperties === true) body.x_not_a_field = 'ignored';
    const res = await s.request(method.toUpperCase(), url, { body, token: how.as ? tokens[how.as] : undefined });
    done[opId] = res.json;
    t.diagnostic(`${opId} → ${res.status}${res.status >= 300 ? ' ' + res.json?.error?.code : ''}`);
    const ok = (res.status >= 200 && res.status < 300) ||
      ((res.status === 409 || res.status === 422) && op.responses?.[String(res.status)]);
    if (!ok) failures.push(`${opId}: POST ${url} ${JSON.stringify(body)} → ${res.status} ${res.text.slice(0, 300)}`);
    // A success answers with a status the operation documents, in the shape its schema gives (when typed).
    if (res.status >= 200 && res.status < 300) {
      const documented = op.responses?.[String(res.status)];
      if (!documented) failures.push(`${opId}: answered ${res.status}, which the document does not list`);
      const rs = resolve(documented?.content?.['application/json']?.schema);
      for (const problem of shapeProblems(rs, res.json, 'response')) failures.push(`${opId}: ${problem}`);
    }
  }
  assert.deepEqual(failures, []);
});

// Typed reads, answered by the same server after the writes above: who asks, and the path and query
// parameters.
const READS = {
  me: { as: 'xlht' },
  publicAnnouncements: { as: null },
  leaderReviewCounts: { as: 'xlht' },
  auditLog: { as: 'admin', query: '?limit=5' },
  sup_get_annual_reports_completion: { as: 'xlht', query: '?year=2024' },
  sup_get_annual_reports_non_filers: { as: 'xlht', query: '?year=2024' },
  sup_get_complaints: { as: 'admin' },
  sup_get_illegal_cases_id: { as: 'xlht', params: { id: fromPrev('sup_post_illegal_cases', (c) => c?.id) } },
  sup_get_jobs_runs: { as: 'nmg' },
  sup_get_orgs_key_annual_reports: { as: 'xlht', params: { key: () => org.uscc } },
  sup_get_orgs_key_credit: { as: 'xlht', params: { key: () => org.uscc } },
  sup_get_orgs_key_rating_eligibility: { as: 'xlht', params: { key: () => org.uscc } },
  sup_get_orgs_key_supervision: { as: 'xlht', params: { key: () => org.uscc } },
  sup_get_public_credit_list: { as: null, params: { list: () => 'anomaly' } },
  sup_get_public_illegal_organizations: { as: null },
  sup_get_public_inspection_plans_id: { as: null, params: { id: fromPrev('sup_post_inspection_plans', (p) => p?.id) } },
  sup_get_public_orgs_uscc_supervision: { as: null, params: { uscc: () => org.uscc } },
  sup_get_ratings_stats: { as: 'nmg' },
  sup_get_supervision_flags: { as: 'nmg', query: '?kind=zombie' },
  sup_get_supervision_flags_outcomes: { as: 'nmg' },
  sup_list_illegal_cases: { as: 'xlht' },
  sup_list_inspection_plans: { as: 'xlht' },
  sup_list_inspectors: { as: 'xlht' },
  sup_list_rating_rounds: { as: 'xlht' },
  sup_get_rating_rounds_id_ratings: { as: 'xlht', params: { id: fromPrev('sup_post_rating_rounds', (r) => r?.id) } },
  sup_get_ratings_id_objections: { as: 'xlht', params: { id: fromPrev('sup_post_rating_rounds_id_ratings', (r) => r?.id) } },
  sup_get_public_rating_notices: { as: null },
  sup_get_overview: { as: 'nmg' },
  party_get_orgs_key_party: { as: 'dangjian', params: { key: () => org.uscc } },
  party_get_orgs_key_party_decisions: { as: 'xlht', params: { key: () => org.uscc } },
  party_get_party_decisions: { as: 'dangjian', query: '?status=done' },
  party_get_party_coverage: { as: 'dangjian' },
  party_get_party_worklist: { as: 'dangjian', query: '?list=uncovered' },
  party_get_party_joint_branches: { as: 'dangjian' },
  party_get_party_joint_branches_id: { as: 'xlht', params: { id: fromPrev('party_post_party_joint_branches', (j) => j?.id) } },
  party_get_public_party_coverage: { as: null, query: '?region=152500' },
};

test('the typed reads answer in their documented shape', async (t) => {
  const ops = {};
  for (const [path, item] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(item)) if (method === 'get') ops[op.operationId] = { path, op };
  const failures = [];
  for (const [opId, how] of Object.entries(READS)) {
    if (!ops[opId]) { failures.push(`${opId}: not in the document`); continue; }
    const { path, op } = ops[opId];
    const schema = op.responses?.['200']?.content?.['application/json']?.schema;
    if (!schema?.$ref) failures.push(`${opId}: the 200 answer is not a named schema`);
    let url = path;
    try {
      for (const [name, get] of Object.entries(how.params ?? {})) url = url.replace(`{${name}}`, encodeURIComponent(await get(done)));
    } catch (e) { failures.push(`${opId}: ${e.message}`); continue; }
    const res = await s.get(url + (how.query ?? ''), how.as ? tokens[how.as] : undefined);
    t.diagnostic(`GET ${opId} → ${res.status}`);
    if (res.status !== 200) { failures.push(`${opId}: GET ${url} → ${res.status} ${res.text.slice(0, 200)}`); continue; }
    for (const problem of shapeProblems(schema, res.json, 'response')) failures.push(`${opId}: ${problem}`);
  }
  assert.deepEqual(failures, []);
});
