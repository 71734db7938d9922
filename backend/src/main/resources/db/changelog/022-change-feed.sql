--liquibase formatted sql

--changeset planmonitor:022-change-entry
-- The change feed (issue 19, changes/): one row per change other systems may want to mirror (a report saved,
-- submitted, approved…; a unit, an indicator, a target added, edited, removed; a plan published). seq is the
-- feed's order and its cursor, taken from change_counter in the transaction of the change itself, so a row
-- becomes visible only after every row with a smaller seq (see changes/ChangeLog). report_unit_id: the unit of
-- a report's row, so a reporter reads only its own units' reports (NULL for every other kind of row).
CREATE TABLE change_entry (
    seq BIGINT NOT NULL PRIMARY KEY,
    entity_type VARCHAR(20) NOT NULL,
    action VARCHAR(20) NOT NULL,
    entity_id BIGINT NOT NULL,
    code VARCHAR(50) NULL,
    plan_code VARCHAR(50) NULL,
    org_unit_code VARCHAR(50) NULL,
    period_code VARCHAR(10) NULL,
    report_unit_id BIGINT NULL,
    changed_at DATETIME(6) NOT NULL
);
--rollback DROP TABLE change_entry;

--changeset planmonitor:022-change-entry-time-index
-- Pruning finds the rows older than the retention by their time.
CREATE INDEX ix_change_entry_changed_at ON change_entry (changed_at);
--rollback DROP INDEX ix_change_entry_changed_at ON change_entry;

--changeset planmonitor:022-change-counter
-- The single row the feed's sequence numbers come from: last_seq is the highest seq handed out (and committed),
-- pruned_through the highest seq pruning has removed, so a cursor below it has missed changes (410).
CREATE TABLE change_counter (
    id INT NOT NULL PRIMARY KEY,
    last_seq BIGINT NOT NULL,
    pruned_through BIGINT NOT NULL
);
--rollback DROP TABLE change_counter;

--changeset planmonitor:022-change-counter-row
--preconditions onFail:HALT onError:HALT
--precondition-sql-check expectedResult:0 SELECT COUNT(*) FROM change_counter
INSERT INTO change_counter (id, last_seq, pruned_through) VALUES (1, 0, 0);
--rollback DELETE FROM change_counter WHERE id = 1;
