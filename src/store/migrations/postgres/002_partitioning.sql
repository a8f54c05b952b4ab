-- 002: national scale. History events and the audit log become partitioned by time (RANGE on the ISO
-- date text): yearly partitions, one for everything older, and a DEFAULT partition so no write can fail.
-- Date-bounded statistics (events by month, processing times) scan only the years they ask for; old years
-- can be detached and archived. docs/operations.md explains the choice and how to add years.
-- PostgreSQL 15 cannot put an identity column on a partitioned table, so ids come from a sequence.

-- events ------------------------------------------------------------------------------------------------
ALTER TABLE events RENAME TO events_unpartitioned;
ALTER TABLE events_unpartitioned RENAME CONSTRAINT events_pkey TO events_unpartitioned_pkey;
ALTER INDEX events_org RENAME TO events_unpartitioned_org;
ALTER INDEX events_action_date RENAME TO events_unpartitioned_action_date;

CREATE SEQUENCE event_ids AS BIGINT;
CREATE TABLE events (
  id           BIGINT NOT NULL DEFAULT nextval('event_ids'),
  org_id       BIGINT NOT NULL REFERENCES orgs(id),
  action       TEXT NOT NULL,
  occurred_on  TEXT NOT NULL,
  recorded_at  TEXT NOT NULL,
  actor        TEXT NOT NULL,
  reason       TEXT NOT NULL DEFAULT '',
  changes      TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (id, occurred_on)
) PARTITION BY RANGE (occurred_on);
ALTER SEQUENCE event_ids OWNED BY events.id;
CREATE TABLE events_before_2015 PARTITION OF events FOR VALUES FROM (MINVALUE) TO ('2015-01-01');
DO $$
BEGIN
  FOR y IN 2015..2035 LOOP
    EXECUTE format('CREATE TABLE events_%s PARTITION OF events FOR VALUES FROM (%L) TO (%L)',
                   y, y || '-01-01', (y + 1) || '-01-01');
  END LOOP;
END $$;
CREATE TABLE events_default PARTITION OF events DEFAULT;
CREATE INDEX events_org ON events(org_id, id);
CREATE INDEX events_action_date ON events(action, occurred_on);

INSERT INTO events (id, org_id, action, occurred_on, recorded_at, actor, reason, changes)
  SELECT id, org_id, action, occurred_on, recorded_at, actor, reason, changes FROM events_unpartitioned;
SELECT setval('event_ids', COALESCE((SELECT max(id) FROM events), 0) + 1, false);
DROP TABLE events_unpartitioned;

-- audit_log ---------------------------------------------------------------------------------------------
ALTER TABLE audit_log RENAME TO audit_log_unpartitioned;
ALTER TABLE audit_log_unpartitioned RENAME CONSTRAINT audit_log_pkey TO audit_log_unpartitioned_pkey;
DROP TRIGGER audit_no_change ON audit_log_unpartitioned;

CREATE TABLE audit_log (
  id         BIGINT NOT NULL,   -- assigned under the audit_head row lock: unique and gap-free
  at         TEXT NOT NULL,
  actor      TEXT NOT NULL,
  role       TEXT NOT NULL,
  source     TEXT NOT NULL,
  action     TEXT NOT NULL,
  target     TEXT NOT NULL,
  detail     TEXT NOT NULL,
  prev_hash  TEXT NOT NULL,
  hash       TEXT NOT NULL,
  PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE audit_log_before_2020 PARTITION OF audit_log FOR VALUES FROM (MINVALUE) TO ('2020-01-01');
DO $$
BEGIN
  FOR y IN 2020..2035 LOOP
    EXECUTE format('CREATE TABLE audit_log_%s PARTITION OF audit_log FOR VALUES FROM (%L) TO (%L)',
                   y, y || '-01-01', (y + 1) || '-01-01');
  END LOOP;
END $$;
CREATE TABLE audit_log_default PARTITION OF audit_log DEFAULT;
CREATE INDEX audit_log_actor_at ON audit_log(actor, at);

INSERT INTO audit_log SELECT id, at, actor, role, source, action, target, detail, prev_hash, hash
  FROM audit_log_unpartitioned;
DROP TABLE audit_log_unpartitioned;

CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
