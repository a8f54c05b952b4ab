-- 007: the register's life cycle completed by issue #13 item 1 (DOMAIN §4).
-- Announcements 公告 by the registration authority: founding, deregistration and the changes of name, address
-- and legal representative (SG art. 23, PNEU art. 18; for foundations every change, FDN art. 19), written in
-- the same transaction as the event they announce and listed on the portal.
CREATE TABLE announcements (
  id           INTEGER PRIMARY KEY,
  org_id       INTEGER NOT NULL REFERENCES orgs(id),
  kind         TEXT NOT NULL,               -- establishment | change | deregistration
  occurred_on  TEXT NOT NULL,
  region_code  TEXT NOT NULL,               -- the registering authority's area
  uscc         TEXT NOT NULL DEFAULT '',
  org_name     TEXT NOT NULL,               -- the name at the time of the announcement
  changes      TEXT NOT NULL DEFAULT '{}',  -- change: {"field": [old, new]} of the announced fields
  created_at   TEXT NOT NULL
);
CREATE INDEX announcements_date ON announcements(occurred_on, id);
CREATE INDEX announcements_region ON announcements(region_code, occurred_on);
CREATE INDEX announcements_org ON announcements(org_id);
