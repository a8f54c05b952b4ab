-- 003: supervision (issue #4; DOMAIN §6-12): annual reports, penalties, rectification orders, credit
-- listings and requests, ratings, inspections, zombie/election flags, complaints and illegal-organization
-- cases, batch job runs. Dates are 'YYYY-MM-DD' text, timestamps ISO-8601 UTC text, amounts in yuan.
CREATE TABLE annual_reports (
  id                   INTEGER PRIMARY KEY,
  org_id               INTEGER NOT NULL REFERENCES orgs(id),
  year                 INTEGER NOT NULL,          -- the year reported on
  filed_on             TEXT,                      -- with the registration authority
  supervisory_opinion  TEXT NOT NULL DEFAULT '',  -- 业务主管单位初审意见
  supervisory_on       TEXT,
  conclusion           TEXT NOT NULL DEFAULT 'none',  -- none | qualified | basically_qualified | unqualified
  concluded_on         TEXT,
  conclusion_reasons   TEXT NOT NULL DEFAULT '',
  had_activity         INTEGER NOT NULL DEFAULT 1,
  total_income         INTEGER NOT NULL DEFAULT 0,
  total_expenditure    INTEGER NOT NULL DEFAULT 0,
  net_assets           INTEGER NOT NULL DEFAULT 0,
  content              TEXT NOT NULL DEFAULT '{}',  -- finances, activities, governance, branches, party, disclosure
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  UNIQUE (org_id, year)
);
CREATE INDEX annual_reports_year ON annual_reports(year, filed_on);

CREATE TABLE penalties (
  id           INTEGER PRIMARY KEY,
  org_id       INTEGER NOT NULL REFERENCES orgs(id),
  decision_no  TEXT NOT NULL UNIQUE,   -- 处罚决定书文号
  kind         TEXT NOT NULL,          -- warning | order_correct | fine | confiscation | suspension | revocation
  decided_on   TEXT NOT NULL,
  amount       INTEGER NOT NULL DEFAULT 0,
  basis        TEXT NOT NULL,
  reason       TEXT NOT NULL DEFAULT '',
  created_by   TEXT NOT NULL,
  created_at   TEXT NOT NULL
);
CREATE INDEX penalties_org ON penalties(org_id, decided_on);
CREATE INDEX penalties_date ON penalties(decided_on);

CREATE TABLE rectification_orders (
  id            INTEGER PRIMARY KEY,
  org_id        INTEGER NOT NULL REFERENCES orgs(id),
  issued_on     TEXT NOT NULL,
  deadline      TEXT NOT NULL,
  completed_on  TEXT,
  content       TEXT NOT NULL DEFAULT '',
  source        TEXT NOT NULL DEFAULT '',   -- e.g. 'inspection_item:12'
  created_by    TEXT NOT NULL,
  created_at    TEXT NOT NULL
);
CREATE INDEX rectification_orders_org ON rectification_orders(org_id);

-- One row per listing; automatic rows are keyed by (org, cause, source_id) so the credit job is idempotent.
CREATE TABLE credit_listings (
  id           INTEGER PRIMARY KEY,
  org_id       INTEGER NOT NULL REFERENCES orgs(id),
  list         TEXT NOT NULL,             -- anomaly | serious
  cause        TEXT NOT NULL,
  source_id    INTEGER NOT NULL DEFAULT 0,
  automatic    INTEGER NOT NULL DEFAULT 1,
  entered_on   TEXT NOT NULL,
  exited_on    TEXT,
  exit_reason  TEXT NOT NULL DEFAULT '',
  rule_id      TEXT NOT NULL,
  basis        TEXT NOT NULL,
  facts        TEXT NOT NULL DEFAULT '{}',
  explanation  TEXT NOT NULL DEFAULT '',
  created_by   TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  UNIQUE (org_id, cause, source_id)
);
CREATE INDEX credit_listings_list ON credit_listings(list, exited_on, entered_on);

CREATE TABLE credit_requests (
  id               INTEGER PRIMARY KEY,
  org_id           INTEGER NOT NULL REFERENCES orgs(id),
  listing_id       INTEGER NOT NULL REFERENCES credit_listings(id),
  kind             TEXT NOT NULL,             -- rectification | repair | objection
  submitted_on     TEXT NOT NULL,
  content          TEXT NOT NULL DEFAULT '',
  status           TEXT NOT NULL DEFAULT 'pending',  -- pending | granted | refused
  decided_on       TEXT,
  decision_reason  TEXT NOT NULL DEFAULT '',
  decided_by       TEXT NOT NULL DEFAULT '',
  findings         TEXT NOT NULL DEFAULT '[]',
  created_by       TEXT NOT NULL,
  created_at       TEXT NOT NULL
);
CREATE INDEX credit_requests_org ON credit_requests(org_id);

CREATE TABLE rating_rounds (
  id           INTEGER PRIMARY KEY,
  region_code  TEXT NOT NULL,
  year         INTEGER NOT NULL,
  name         TEXT NOT NULL,
  opened_on    TEXT NOT NULL,
  created_by   TEXT NOT NULL,
  created_at   TEXT NOT NULL
);

CREATE TABLE ratings (
  id                 INTEGER PRIMARY KEY,
  org_id             INTEGER NOT NULL REFERENCES orgs(id),
  round_id           INTEGER NOT NULL REFERENCES rating_rounds(id),
  scores             TEXT NOT NULL DEFAULT '{}',
  total_score        INTEGER NOT NULL,
  preliminary_grade  INTEGER NOT NULL,
  grade              INTEGER NOT NULL,        -- current grade, net of downgrades
  status             TEXT NOT NULL,           -- notice | decided | cancelled | expired
  notice_until       TEXT NOT NULL,
  decided_on         TEXT,
  valid_until        TEXT,
  eligibility        TEXT NOT NULL DEFAULT '[]',
  created_by         TEXT NOT NULL,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  UNIQUE (org_id, round_id)
);
CREATE INDEX ratings_status ON ratings(status, grade);

CREATE TABLE rating_changes (
  id           INTEGER PRIMARY KEY,
  rating_id    INTEGER NOT NULL REFERENCES ratings(id),
  org_id       INTEGER NOT NULL REFERENCES orgs(id),
  kind         TEXT NOT NULL,
  trigger_id   INTEGER NOT NULL DEFAULT 0,
  changed_on   TEXT NOT NULL,
  from_grade   INTEGER NOT NULL,
  to_grade     INTEGER NOT NULL,
  rule_id      TEXT NOT NULL,
  basis        TEXT NOT NULL,
  facts        TEXT NOT NULL DEFAULT '{}',
  explanation  TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  UNIQUE (rating_id, kind, trigger_id)
);
CREATE INDEX rating_changes_org ON rating_changes(org_id);

CREATE TABLE inspectors (
  id              INTEGER PRIMARY KEY,
  region_code     TEXT NOT NULL,
  name            TEXT NOT NULL,
  certificate_no  TEXT NOT NULL DEFAULT '',
  active          INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL
);
CREATE INDEX inspectors_region ON inspectors(region_code);

CREATE TABLE inspector_conflicts (
  inspector_id  INTEGER NOT NULL REFERENCES inspectors(id),
  org_id        INTEGER NOT NULL REFERENCES orgs(id),
  reason        TEXT NOT NULL DEFAULT '',
  declared_on   TEXT NOT NULL,
  PRIMARY KEY (inspector_id, org_id)
);

-- A plan publishes everything needed to recompute its draw: seed, algorithm, population (below), roster
-- and conflicts (JSON), per-mille and inspectors per organization.
CREATE TABLE inspection_plans (
  id                  INTEGER PRIMARY KEY,
  region_code         TEXT NOT NULL,
  year                INTEGER NOT NULL,
  permille            INTEGER NOT NULL,
  inspectors_per_org  INTEGER NOT NULL,
  seed                TEXT NOT NULL,
  algorithm           TEXT NOT NULL,
  population_digest   TEXT NOT NULL,
  population_size     INTEGER NOT NULL,
  drawn_count         INTEGER NOT NULL,
  roster              TEXT NOT NULL DEFAULT '[]',
  conflicts           TEXT NOT NULL DEFAULT '[]',
  drawn_on            TEXT NOT NULL,
  created_by          TEXT NOT NULL,
  created_at          TEXT NOT NULL
);
CREATE TABLE inspection_population (
  plan_id  INTEGER NOT NULL REFERENCES inspection_plans(id),
  uscc     TEXT NOT NULL,
  PRIMARY KEY (plan_id, uscc)
);
CREATE TABLE inspection_items (
  id                 INTEGER PRIMARY KEY,
  plan_id            INTEGER NOT NULL REFERENCES inspection_plans(id),
  org_id             INTEGER NOT NULL REFERENCES orgs(id),
  uscc               TEXT NOT NULL,
  rank               INTEGER NOT NULL,
  draw_key           TEXT NOT NULL,
  inspectors         TEXT NOT NULL DEFAULT '[]',
  result             TEXT NOT NULL DEFAULT '',   -- '' | no_problem | problems_found | rectification_ordered
  result_note        TEXT NOT NULL DEFAULT '',
  result_on          TEXT,
  rectification_id   INTEGER,
  UNIQUE (plan_id, org_id)
);
CREATE INDEX inspection_items_org ON inspection_items(org_id);

CREATE TABLE supervision_flags (
  id                INTEGER PRIMARY KEY,
  org_id            INTEGER NOT NULL REFERENCES orgs(id),
  kind              TEXT NOT NULL,       -- zombie | overdue_election | revocation_candidate
  since             TEXT NOT NULL,
  active            INTEGER NOT NULL DEFAULT 1,
  first_seen_on     TEXT NOT NULL,       -- the job date that raised it
  cleared_on        TEXT,
  rule_id           TEXT NOT NULL,
  basis             TEXT NOT NULL,
  facts             TEXT NOT NULL DEFAULT '{}',
  explanation       TEXT NOT NULL DEFAULT '',
  handling          TEXT NOT NULL DEFAULT '',  -- guide_deregistration | penalise | revoke
  handling_outcome  TEXT NOT NULL DEFAULT '',  -- '' | deregistered | penalised | revoked | resumed
  handled_on        TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
);
CREATE INDEX supervision_flags_org ON supervision_flags(org_id, kind, active);
CREATE INDEX supervision_flags_kind ON supervision_flags(kind, active);

CREATE TABLE complaints (
  id                INTEGER PRIMARY KEY,
  received_on       TEXT NOT NULL,
  target_name       TEXT NOT NULL,
  target_address    TEXT NOT NULL DEFAULT '',
  act_region        TEXT NOT NULL,
  content           TEXT NOT NULL,
  reporter_name     TEXT NOT NULL DEFAULT '',
  reporter_contact  TEXT NOT NULL DEFAULT '',  -- never public
  status            TEXT NOT NULL DEFAULT 'received',  -- received | case_opened | dismissed
  case_id           INTEGER,
  created_at        TEXT NOT NULL
);
CREATE INDEX complaints_region ON complaints(act_region, status);

CREATE TABLE illegal_cases (
  id               INTEGER PRIMARY KEY,
  target_name      TEXT NOT NULL,
  target_class     TEXT NOT NULL,   -- unregistered | preparation_overreach | after_revocation
  act_regions      TEXT NOT NULL DEFAULT '[]',
  handling_region  TEXT NOT NULL,
  status           TEXT NOT NULL,
  opened_on        TEXT NOT NULL,
  complaint_id     INTEGER,
  org_id           INTEGER,
  suspected_public INTEGER NOT NULL DEFAULT 0,  -- on the published list of suspected illegal organizations
  decision_no      TEXT NOT NULL DEFAULT '',
  decided_on       TEXT,
  referral_to      TEXT NOT NULL DEFAULT '',
  findings         TEXT NOT NULL DEFAULT '[]',
  created_by       TEXT NOT NULL,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX illegal_cases_region ON illegal_cases(handling_region, status);

CREATE TABLE illegal_case_steps (
  id          INTEGER PRIMARY KEY,
  case_id     INTEGER NOT NULL REFERENCES illegal_cases(id),
  step        TEXT NOT NULL,
  on_date     TEXT NOT NULL,
  officers    TEXT NOT NULL DEFAULT '[]',
  content     TEXT NOT NULL DEFAULT '',
  actor       TEXT NOT NULL,
  created_at  TEXT NOT NULL
);
CREATE INDEX illegal_case_steps_case ON illegal_case_steps(case_id);

CREATE TABLE job_runs (
  id          INTEGER PRIMARY KEY,
  job         TEXT NOT NULL,
  as_of       TEXT NOT NULL,
  started_at  TEXT NOT NULL,
  evaluated   INTEGER NOT NULL,
  inserted    INTEGER NOT NULL,
  updated     INTEGER NOT NULL,
  actor       TEXT NOT NULL,
  summary     TEXT NOT NULL DEFAULT '{}'
);
