-- 001: the register, persons, history, findings, accounts and the audit chain.
-- Dates are ISO 'YYYY-MM-DD' text and timestamps ISO-8601 UTC text on both backends.
CREATE TABLE orgs (
  id               INTEGER PRIMARY KEY,
  uscc             TEXT UNIQUE,              -- NULL until approved
  name             TEXT NOT NULL,
  name_norm        TEXT NOT NULL,            -- NFKC + simplified, what search matches
  type             TEXT NOT NULL,
  level            TEXT NOT NULL,
  status           TEXT NOT NULL,
  region_code      TEXT NOT NULL,            -- the registering authority's area
  supervisory_unit TEXT NOT NULL DEFAULT '',
  legal_rep        TEXT NOT NULL DEFAULT '',
  address          TEXT NOT NULL DEFAULT '',
  business_scope   TEXT NOT NULL DEFAULT '',
  funds            INTEGER NOT NULL DEFAULT 0,
  charity          INTEGER NOT NULL DEFAULT 0,
  registered_on    TEXT,
  ended_on         TEXT,                     -- deregistered / revoked / refused
  term_start       TEXT,
  term_end         TEXT,
  postponed_until  TEXT,
  certificate_no   TEXT,
  application      TEXT NOT NULL DEFAULT '{}',  -- founding application facts and checklist (JSON)
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX orgs_region ON orgs(region_code, status);
CREATE INDEX orgs_status_type ON orgs(status, type, level);
CREATE INDEX orgs_registered ON orgs(registered_on);
CREATE INDEX orgs_name_norm ON orgs(name_norm, region_code);

-- Bigram index over name_norm (domain/search_text.h). Contentless: rowid = orgs.id.
CREATE VIRTUAL TABLE org_search USING fts5(grams, content='', tokenize='unicode61');

CREATE TABLE persons (
  id                 INTEGER PRIMARY KEY,
  org_id             INTEGER NOT NULL REFERENCES orgs(id),
  name               TEXT NOT NULL,
  id_number          TEXT NOT NULL,
  role               TEXT NOT NULL,
  phone              TEXT NOT NULL DEFAULT '',
  address            TEXT NOT NULL DEFAULT '',
  term_start         TEXT NOT NULL,
  term_end           TEXT,
  consecutive_terms  INTEGER NOT NULL DEFAULT 1,
  active             INTEGER NOT NULL DEFAULT 1,
  created_at         TEXT NOT NULL
);
CREATE INDEX persons_org ON persons(org_id);
CREATE INDEX persons_id_number ON persons(id_number);

-- Every change is an event; `changes` holds {"field":[old,new]} so any date can be reconstructed.
CREATE TABLE events (
  id           INTEGER PRIMARY KEY,
  org_id       INTEGER NOT NULL REFERENCES orgs(id),
  action       TEXT NOT NULL,
  occurred_on  TEXT NOT NULL,
  recorded_at  TEXT NOT NULL,
  actor        TEXT NOT NULL,
  reason       TEXT NOT NULL DEFAULT '',
  changes      TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX events_org ON events(org_id, id);
CREATE INDEX events_action_date ON events(action, occurred_on);

CREATE TABLE findings (
  id           INTEGER PRIMARY KEY,
  org_id       INTEGER NOT NULL REFERENCES orgs(id),
  subject      TEXT NOT NULL DEFAULT '',   -- "org" or the person's name
  rule_id      TEXT NOT NULL,
  basis        TEXT NOT NULL,
  title        TEXT NOT NULL,
  outcome      TEXT NOT NULL,
  facts        TEXT NOT NULL DEFAULT '{}',
  explanation  TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL
);
CREATE INDEX findings_org ON findings(org_id);

CREATE TABLE users (
  id             INTEGER PRIMARY KEY,
  username       TEXT NOT NULL UNIQUE,
  password_hash  TEXT NOT NULL,
  role           TEXT NOT NULL,
  region_code    TEXT NOT NULL DEFAULT '',
  org_uscc       TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL
);

CREATE TABLE tokens (
  token_hash  TEXT PRIMARY KEY,
  user_id     INTEGER NOT NULL REFERENCES users(id),
  expires_at  TEXT NOT NULL
);

CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);

-- Append-only, hash-chained. audit_head holds the last id and hash so that deleting the tail is detected.
CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  actor      TEXT NOT NULL,
  role       TEXT NOT NULL,
  source     TEXT NOT NULL,
  action     TEXT NOT NULL,
  target     TEXT NOT NULL,
  detail     TEXT NOT NULL,
  prev_hash  TEXT NOT NULL,
  hash       TEXT NOT NULL
);
CREATE TABLE audit_head (one INTEGER PRIMARY KEY CHECK (one = 1), last_id INTEGER NOT NULL, last_hash TEXT NOT NULL);
INSERT INTO audit_head VALUES (1, 0, '');
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
