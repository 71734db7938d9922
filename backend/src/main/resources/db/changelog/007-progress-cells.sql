--liquibase formatted sql

--changeset planmonitor:007-progress-cell
-- What each target's counted reports add up to, per period, kept in step with every status change in
-- the same transaction (never rebuilt by a batch job), so a plan's progress reads a few thousand rows
-- instead of every stored value. status: SUBMITTED or APPROVED (the statuses that can count);
-- reporter: the unit is expected to report the target's indicator now (see Indicator.isReportedBy).
CREATE TABLE progress_cell (
    target_id BIGINT NOT NULL,
    period_code VARCHAR(10) NOT NULL,
    status VARCHAR(20) NOT NULL,
    reporter BOOLEAN NOT NULL,
    value_count INT NOT NULL,
    number_sum DECIMAL(30, 4) NOT NULL,
    numerator_sum DECIMAL(30, 4) NOT NULL,
    denominator_sum DECIMAL(30, 4) NOT NULL,
    meeting_count INT NOT NULL,
    PRIMARY KEY (target_id, period_code, status, reporter),
    CONSTRAINT fk_progress_cell_target FOREIGN KEY (target_id) REFERENCES plan_target (id) ON DELETE CASCADE
);
-- FALSE: the plan's cells are rebuilt from its values at the next start (after a migration, a bulk
-- load or a restore that bypassed the application).
ALTER TABLE plan ADD COLUMN progress_cells_built BOOLEAN DEFAULT FALSE NOT NULL;

--changeset planmonitor:007-value-aggregate-index
-- Rebuilding or re-deriving a target's cells reads one indicator's values: covered by this index
-- without touching the value rows. It replaces the plain indicator index (also the foreign key's).
CREATE INDEX ix_submission_value_aggregate ON submission_value (indicator_id, submission_id, number_value, numerator, denominator, answer);
DROP INDEX ix_submission_value_indicator ON submission_value;
