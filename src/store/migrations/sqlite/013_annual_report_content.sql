-- 013: typed annual-report content (issue #13 item 3; DOMAIN §6): finances in fen (分), activities,
-- governance, branches, party organization (kinds and counts only) and disclosure, one row per report;
-- the listed activities; every filed version kept; and interview (约谈) records.
CREATE TABLE annual_report_content (
  report_id                   INTEGER PRIMARY KEY REFERENCES annual_reports(id),
  org_id                      INTEGER NOT NULL,
  year                        INTEGER NOT NULL,
  assets_fen                  INTEGER,          -- NULL = not reported
  liabilities_fen             INTEGER,
  net_assets_fen              INTEGER,
  income_donations_fen        INTEGER,
  income_government_fen       INTEGER,          -- grants and purchased services
  income_dues_fen             INTEGER,
  income_services_fen         INTEGER,
  income_investment_fen       INTEGER,
  income_other_fen            INTEGER,
  total_income_fen            INTEGER,
  total_expenditure_fen       INTEGER,
  charitable_expenditure_fen  INTEGER,          -- charitable / business-activity expenditure
  management_costs_fen        INTEGER,
  staff_salaries_fen          INTEGER,
  public_fundraising          INTEGER NOT NULL DEFAULT 0,
  activities_count            INTEGER NOT NULL DEFAULT 0,
  beneficiaries               INTEGER NOT NULL DEFAULT 0,
  general_assemblies          INTEGER NOT NULL DEFAULT 0,
  council_meetings            INTEGER NOT NULL DEFAULT 0,
  board_meetings              INTEGER NOT NULL DEFAULT 0,
  election_held               INTEGER NOT NULL DEFAULT 0,
  election_on                 TEXT,
  branches_count              INTEGER NOT NULL DEFAULT 0,
  party_org_kind              TEXT NOT NULL DEFAULT 'none',
  party_members               INTEGER NOT NULL DEFAULT 0,
  disclosed                   INTEGER NOT NULL DEFAULT 0,
  disclosure_where            TEXT NOT NULL DEFAULT '',
  spending_ratio_bp           INTEGER,          -- the foundation spending rule's ratio in basis points, NULL if n/a
  findings                    TEXT NOT NULL DEFAULT '[]',  -- the spending findings at filing (JSON)
  updated_at                  TEXT NOT NULL
);
CREATE INDEX annual_report_content_year ON annual_report_content(year, report_id);

CREATE TABLE annual_report_activities (
  report_id      INTEGER NOT NULL,
  seq            INTEGER NOT NULL,
  name           TEXT NOT NULL,
  held_on        TEXT,
  beneficiaries  INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (report_id, seq)
);

-- Every filing of a report's content (the first and each refiling before the conclusion).
CREATE TABLE annual_report_versions (
  id          INTEGER PRIMARY KEY,
  report_id   INTEGER NOT NULL,
  org_id      INTEGER NOT NULL,
  year        INTEGER NOT NULL,
  version     INTEGER NOT NULL,
  filed_on    TEXT,
  content     TEXT NOT NULL,   -- the typed content as filed (JSON)
  filed_by    TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  UNIQUE (report_id, version)
);

-- 约谈: an officer's interview with an organization's responsible persons (roles only, no names).
CREATE TABLE org_interviews (
  id              INTEGER PRIMARY KEY,
  org_id          INTEGER NOT NULL REFERENCES orgs(id),
  held_on         TEXT NOT NULL,
  reason          TEXT NOT NULL,
  attendee_roles  TEXT NOT NULL,   -- JSON array of roles, e.g. ["legal_representative","secretary_general"]
  outcome         TEXT NOT NULL,
  report_year     INTEGER,            -- the annual report that caused it, if any
  recorded_by     TEXT NOT NULL,
  created_at      TEXT NOT NULL
);
CREATE INDEX org_interviews_org ON org_interviews(org_id, held_on);
