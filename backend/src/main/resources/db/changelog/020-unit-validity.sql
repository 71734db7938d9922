--liquibase formatted sql

--changeset planmonitor:020-unit-valid-from
-- A unit has the dates it is valid (issue 17, reorganisations) instead of an active flag: from valid_from
-- (inclusive; NULL: since always) until valid_to (exclusive, the first day it no longer exists; NULL: still
-- valid). A unit is expected to report a period when it is valid on the period's last day (OrgUnit).
ALTER TABLE org_unit ADD COLUMN valid_from DATE NULL;
--rollback ALTER TABLE org_unit DROP COLUMN valid_from;

--changeset planmonitor:020-unit-valid-to
ALTER TABLE org_unit ADD COLUMN valid_to DATE NULL;
--rollback ALTER TABLE org_unit DROP COLUMN valid_to;

--changeset planmonitor:020-unit-validity-data
--preconditions onFail:HALT onError:HALT
--precondition-sql-check expectedResult:0 SELECT COUNT(*) FROM org_unit WHERE valid_from IS NOT NULL OR valid_to IS NOT NULL
-- An inactive unit was expected in no period at all: every year counted it only where it had a counted
-- report. The flag never said when it stopped, and any real date would make it expected again in the
-- years before that date, changing figures people have already read. So its validity ends before any
-- plan can begin: 1000-01-01, the earliest date MySQL stores; every figure stays what it was. An
-- administrator who knows the real end date sets it (and so, deliberately, the earlier years count it).
-- An active unit is valid from always to no end, as it was.
UPDATE org_unit SET valid_to = '1000-01-01' WHERE active = FALSE;
--rollback UPDATE org_unit SET valid_to = NULL, valid_from = NULL;

--changeset planmonitor:020-unit-active-default
-- The dates replace the flag: "active" in the API is now "valid today", computed, never stored (a stored
-- flag would go stale the day a validity ends). The application no longer reads or writes the column; it
-- stays, with a default, only so that SQL written for the earlier schema (the benchmark generator,
-- bench/generate.sql) still inserts. Its values are those of the upgrade and mean nothing afterwards.
ALTER TABLE org_unit ALTER COLUMN active SET DEFAULT TRUE;
--rollback ALTER TABLE org_unit ALTER COLUMN active DROP DEFAULT;

--changeset planmonitor:020-org-unit-succession
-- A reorganisation (merge or split) recorded with its effective date: each ending unit is linked to each
-- unit that begins, so a merged unit's history is read from its successor and a unit's lineage both ways.
-- The ending units' valid_to and the new units' valid_from are that date, written in the same transaction.
CREATE TABLE org_unit_succession (
    predecessor_id BIGINT      NOT NULL,
    successor_id   BIGINT      NOT NULL,
    effective_date DATE        NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    created_by     VARCHAR(100) NULL,
    PRIMARY KEY (predecessor_id, successor_id),
    CONSTRAINT fk_org_unit_succession_predecessor FOREIGN KEY (predecessor_id) REFERENCES org_unit (id),
    CONSTRAINT fk_org_unit_succession_successor FOREIGN KEY (successor_id) REFERENCES org_unit (id)
);
--rollback DROP TABLE org_unit_succession;
