-- 015: party building (issue #16; DOMAIN §13). Every filing of an organization's party data is kept (the
-- history, and the data as of any date: the latest confirmed filing with as_of <= D); joint branches link
-- several organizations; the party organization's participation in major decisions (议事决策).
CREATE TABLE party_joint_branches (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL,
  region_code     TEXT NOT NULL,
  established_on  TEXT,
  created_by      TEXT NOT NULL,
  created_at      TEXT NOT NULL
);
CREATE INDEX party_joint_branches_region ON party_joint_branches(region_code, id);

CREATE TABLE party_filings (
  id                    INTEGER PRIMARY KEY,
  org_id                INTEGER NOT NULL REFERENCES orgs(id),
  version               INTEGER NOT NULL,   -- 1, 2, ... per organization
  as_of                 TEXT NOT NULL,
  formal_members        INTEGER NOT NULL,
  probationary_members  INTEGER NOT NULL,
  transferred_in        INTEGER NOT NULL,
  kind                  TEXT NOT NULL,      -- none | branch | general_branch | committee | joint | temporary
  org_name              TEXT NOT NULL DEFAULT '',
  established_on        TEXT,
  joint_branch_id       INTEGER,
  council_members       INTEGER NOT NULL DEFAULT 0,  -- temporary branch
  approved_by           TEXT NOT NULL DEFAULT '',
  approved_on           TEXT,
  term_ends             TEXT,
  instructor            INTEGER NOT NULL DEFAULT 0,
  liaison               INTEGER NOT NULL DEFAULT 0,
  charter_clause        INTEGER NOT NULL DEFAULT 0,
  charter_clause_on     TEXT,
  secretary_person_id   INTEGER,
  review                TEXT NOT NULL,      -- confirmed | submitted | returned
  review_reason         TEXT NOT NULL DEFAULT '',
  reviewed_by           TEXT NOT NULL DEFAULT '',
  reviewed_at           TEXT,
  filed_by              TEXT NOT NULL,
  filed_at              TEXT NOT NULL,
  UNIQUE (org_id, version)
);
CREATE INDEX party_filings_joint ON party_filings(joint_branch_id) WHERE joint_branch_id IS NOT NULL;

CREATE TABLE party_decisions (
  id             INTEGER PRIMARY KEY,
  org_id         INTEGER NOT NULL REFERENCES orgs(id),
  kind           TEXT NOT NULL,     -- the six kinds of matters
  way            TEXT NOT NULL,     -- prior_study | attending | signed_opinion
  matter         TEXT NOT NULL,
  opinion        TEXT NOT NULL,
  decided_on     TEXT NOT NULL,
  agrees         INTEGER NOT NULL,
  report_due     TEXT,
  reported_on    TEXT,
  reported_to    TEXT NOT NULL DEFAULT '',
  executed_on    TEXT,
  deviation      TEXT NOT NULL DEFAULT '',
  deviation_on   TEXT,
  corrected_on   TEXT,
  correction     TEXT NOT NULL DEFAULT '',
  recorded_by    TEXT NOT NULL,
  created_at     TEXT NOT NULL
);
CREATE INDEX party_decisions_org ON party_decisions(org_id, id);
