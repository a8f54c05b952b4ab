-- 006: decisions corrected by issue #13 (DOMAIN §9, §10).
-- §10: a fine measured against the illegal turnover (1-3x) or the illegal gains (3-5x).
ALTER TABLE penalties ADD COLUMN fine_basis TEXT NOT NULL DEFAULT '';   -- '' | illegal_turnover | illegal_gains
ALTER TABLE penalties ADD COLUMN base_amount INTEGER NOT NULL DEFAULT 0;  -- yuan
-- §9: one random draw per authority (region_code), year and kind; a re-draw keeps the first plan public,
-- marked superseded, and records its reason. Special (不定期) inspections target a category or an issue.
ALTER TABLE inspection_plans ADD COLUMN kind TEXT NOT NULL DEFAULT 'random';  -- random | special
ALTER TABLE inspection_plans ADD COLUMN target TEXT NOT NULL DEFAULT '';      -- special: the category or issue
ALTER TABLE inspection_plans ADD COLUMN superseded_by INTEGER;                 -- the re-draw that replaced it
ALTER TABLE inspection_plans ADD COLUMN redraw_of INTEGER;                     -- the plan this one re-draws
ALTER TABLE inspection_plans ADD COLUMN redraw_reason TEXT NOT NULL DEFAULT '';
-- Plans drawn twice before this migration: the later one stands, the earlier ones are superseded by it.
UPDATE inspection_plans SET superseded_by = (
    SELECT max(q.id) FROM inspection_plans q
    WHERE q.region_code = inspection_plans.region_code AND q.year = inspection_plans.year)
  WHERE id < (SELECT max(q.id) FROM inspection_plans q
              WHERE q.region_code = inspection_plans.region_code AND q.year = inspection_plans.year);
CREATE UNIQUE INDEX inspection_plans_one_draw ON inspection_plans(region_code, year)
  WHERE kind = 'random' AND superseded_by IS NULL;
-- §9 results: written (书面检查) or on-site (实地检查), and which content items were checked.
ALTER TABLE inspection_items ADD COLUMN method TEXT NOT NULL DEFAULT '';      -- '' | written | on_site
ALTER TABLE inspection_items ADD COLUMN checked TEXT NOT NULL DEFAULT '[]';   -- JSON array of item keys
-- §8 ⑥: registered letters 挂号信 to the registered address; two not signed for, 20-60 days apart [config],
-- put the organization on the anomaly list (cause unreachable_letters, CREDIT-ANOMALY-UNREACHABLE).
CREATE TABLE registered_letters (
  id           INTEGER PRIMARY KEY,
  org_id       INTEGER NOT NULL REFERENCES orgs(id),
  sent_on      TEXT NOT NULL,
  tracking_no  TEXT NOT NULL DEFAULT '',
  signed_for   INTEGER NOT NULL DEFAULT 0,
  note         TEXT NOT NULL DEFAULT '',
  created_by   TEXT NOT NULL,
  created_at   TEXT NOT NULL
);
CREATE INDEX registered_letters_org ON registered_letters(org_id, sent_on);
