-- 008: issue #13 items 4 and 7 (DOMAIN §7, §10).
-- §7 public notice 公示: objections to a rating under notice, by the public or the organization, within the
-- review period; the rating is decided only after the period and once every objection is decided.
CREATE TABLE rating_objections (
  id               INTEGER PRIMARY KEY,
  rating_id        INTEGER NOT NULL REFERENCES ratings(id),
  org_id           INTEGER NOT NULL REFERENCES orgs(id),
  submitted_on     TEXT NOT NULL,
  submitter_kind   TEXT NOT NULL,            -- public | org
  submitter_name   TEXT NOT NULL DEFAULT '',
  submitter_contact TEXT NOT NULL DEFAULT '', -- never public (DOMAIN §21)
  content          TEXT NOT NULL,
  status           TEXT NOT NULL DEFAULT 'pending',  -- pending | upheld | dismissed
  decided_on       TEXT,
  decision_reason  TEXT NOT NULL DEFAULT '',
  decided_by       TEXT NOT NULL DEFAULT '',
  grade_before     INTEGER,
  grade_after      INTEGER,
  created_at       TEXT NOT NULL
);
CREATE INDEX rating_objections_rating ON rating_objections(rating_id, status);
-- §7 the notice's first day; cancellation for fraud 弄虚作假 and its bar on a new application; the
-- certificate 证书/牌匾 of a grade of 3A or above.
ALTER TABLE ratings ADD COLUMN notice_from TEXT;
ALTER TABLE ratings ADD COLUMN cancelled_on TEXT;
ALTER TABLE ratings ADD COLUMN cancel_ground TEXT NOT NULL DEFAULT '';  -- '' | fraud | certificate_misuse
ALTER TABLE ratings ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE ratings ADD COLUMN reapply_from TEXT;
ALTER TABLE ratings ADD COLUMN certificate_no TEXT NOT NULL DEFAULT '';
CREATE INDEX ratings_notice ON ratings(status, notice_until);
-- §10 reconsideration 行政复议 and litigation 行政诉讼 outcomes of a penalty: upheld, annulled or changed.
-- The penalty row keeps the decision in force (kind, amount); original_* keep the first decision.
ALTER TABLE penalties ADD COLUMN outcome TEXT NOT NULL DEFAULT '';  -- '' | upheld | annulled | changed
ALTER TABLE penalties ADD COLUMN outcome_on TEXT;
ALTER TABLE penalties ADD COLUMN original_kind TEXT NOT NULL DEFAULT '';
ALTER TABLE penalties ADD COLUMN original_amount INTEGER NOT NULL DEFAULT 0;
CREATE TABLE penalty_outcomes (
  id            INTEGER PRIMARY KEY,
  penalty_id    INTEGER NOT NULL REFERENCES penalties(id),
  org_id        INTEGER NOT NULL REFERENCES orgs(id),
  channel       TEXT NOT NULL,   -- reconsideration | litigation
  result        TEXT NOT NULL,   -- upheld | annulled | changed
  decided_on    TEXT NOT NULL,
  decision_no   TEXT NOT NULL,   -- 行政复议决定书 / 判决书 number
  authority     TEXT NOT NULL,   -- the reconsideration body or the court
  kind_before   TEXT NOT NULL,
  amount_before INTEGER NOT NULL DEFAULT 0,
  kind_after    TEXT NOT NULL,
  amount_after  INTEGER NOT NULL DEFAULT 0,
  reason        TEXT NOT NULL DEFAULT '',
  corrected     TEXT NOT NULL DEFAULT '[]',  -- JSON: credit listings corrected, rating changes reverted
  created_by    TEXT NOT NULL,
  created_at    TEXT NOT NULL
);
CREATE INDEX penalty_outcomes_penalty ON penalty_outcomes(penalty_id);
-- A downgrade for a penalty later annulled is reverted (the grade is restored); the row stays as history.
ALTER TABLE rating_changes ADD COLUMN reverted_on TEXT;
