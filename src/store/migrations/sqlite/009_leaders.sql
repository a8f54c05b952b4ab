-- 009: responsible persons (DOMAIN §5). Declared facts with their dates, which the joint review (联审) reads;
-- never public (DOMAIN §21). NULL = not declared.
ALTER TABLE persons ADD COLUMN criminal_record INTEGER;                 -- sentenced to a criminal penalty: 0 / 1
ALTER TABLE persons ADD COLUMN sentence_completed_on TEXT;              -- the day the sentence was fully served
ALTER TABLE persons ADD COLUMN political_rights_deprived INTEGER;       -- ever deprived of political rights: 0 / 1
ALTER TABLE persons ADD COLUMN political_rights_deprived_until TEXT;
ALTER TABLE persons ADD COLUMN party_member INTEGER;                    -- party workers: 0 / 1
-- 一前一备、变更必备: a candidate reviewed before the election (pre_review, with the review's outcome), filed after
-- it (election) and every change within the term filed (change). The persons a filing recorded point to it.
CREATE TABLE leader_reviews (
  id             INTEGER PRIMARY KEY,
  org_id         INTEGER NOT NULL REFERENCES orgs(id),
  region_code    TEXT NOT NULL,            -- the organization's, for the counts per region
  kind           TEXT NOT NULL,            -- pre_review | election | change
  name           TEXT NOT NULL,
  id_number      TEXT NOT NULL,            -- normalised; never public
  roles          TEXT NOT NULL,            -- JSON array of role wire names
  term_start     TEXT NOT NULL,
  outcome        TEXT NOT NULL,            -- pass | fail | needs_review: the findings taken together
  pre_review_id  INTEGER,                  -- a filing: the pre-review it follows; NULL = none
  on_date        TEXT NOT NULL,            -- the day of the review or the filing
  created_by     TEXT NOT NULL,
  created_at     TEXT NOT NULL
);
CREATE INDEX leader_reviews_org ON leader_reviews(org_id, id_number, id);
CREATE INDEX leader_reviews_region ON leader_reviews(region_code, on_date);
ALTER TABLE persons ADD COLUMN filing_id INTEGER;
