--liquibase formatted sql

-- Derived indicators (issue 16, K12): an indicator computed from two others of its plan by a formula,
-- never reported. One DDL statement per changeset (MySQL commits each at once), each with its inverse.

--changeset planmonitor:009-indicator-formula-operator
-- RATIO (A ÷ B × 100), SUM (A + B), DIFFERENCE (A − B), SCALE (A × factor); NULL: a reported indicator.
ALTER TABLE indicator ADD COLUMN formula_operator VARCHAR(20) NULL;
--rollback ALTER TABLE indicator DROP COLUMN formula_operator;

--changeset planmonitor:009-indicator-formula-a
ALTER TABLE indicator ADD COLUMN formula_a_id BIGINT NULL;
--rollback ALTER TABLE indicator DROP COLUMN formula_a_id;

--changeset planmonitor:009-indicator-formula-b
ALTER TABLE indicator ADD COLUMN formula_b_id BIGINT NULL;
--rollback ALTER TABLE indicator DROP COLUMN formula_b_id;

--changeset planmonitor:009-indicator-formula-factor
ALTER TABLE indicator ADD COLUMN formula_factor DECIMAL(20, 6) NULL;
--rollback ALTER TABLE indicator DROP COLUMN formula_factor;

--changeset planmonitor:009-indicator-formula-a-fk
ALTER TABLE indicator ADD CONSTRAINT fk_indicator_formula_a FOREIGN KEY (formula_a_id) REFERENCES indicator (id);
--rollback ALTER TABLE indicator DROP FOREIGN KEY fk_indicator_formula_a;

--changeset planmonitor:009-indicator-formula-b-fk
ALTER TABLE indicator ADD CONSTRAINT fk_indicator_formula_b FOREIGN KEY (formula_b_id) REFERENCES indicator (id);
--rollback ALTER TABLE indicator DROP FOREIGN KEY fk_indicator_formula_b;

--changeset planmonitor:009-indicator-formula-leaf
-- The reported indicators a derived indicator is computed from, through nested formulas: what the
-- progress summaries' set-based SQL joins on. Rewritten by the application whenever a formula changes.
CREATE TABLE indicator_formula_leaf (
    indicator_id BIGINT NOT NULL,
    leaf_indicator_id BIGINT NOT NULL,
    PRIMARY KEY (indicator_id, leaf_indicator_id),
    CONSTRAINT fk_formula_leaf_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT fk_formula_leaf_leaf FOREIGN KEY (leaf_indicator_id) REFERENCES indicator (id)
);
--rollback DROP TABLE indicator_formula_leaf;

--changeset planmonitor:009-progress-operand-cell
-- For a target on a derived indicator: what the counted values of each reported indicator its formula
-- uses add up to, per period, counting status and "expected now" flag, kept in step with every status
-- change like progress_cell. The formula is applied when the figure is read (ratio of sums).
CREATE TABLE progress_operand_cell (
    target_id BIGINT NOT NULL,
    indicator_id BIGINT NOT NULL,
    period_code VARCHAR(10) NOT NULL,
    status VARCHAR(20) NOT NULL,
    reporter BOOLEAN NOT NULL,
    value_count INT NOT NULL,
    value_sum DECIMAL(30, 4) NOT NULL,
    PRIMARY KEY (target_id, indicator_id, period_code, status, reporter),
    CONSTRAINT fk_progress_operand_cell_target FOREIGN KEY (target_id) REFERENCES plan_target (id) ON DELETE CASCADE,
    CONSTRAINT fk_progress_operand_cell_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE
);
--rollback DROP TABLE progress_operand_cell;

--changeset planmonitor:009-indicator-period-roll-up
-- Period roll-up (issue 16, K14): how a monthly or quarterly indicator's periods make a year — FLOW,
-- STOCK or RATIO; NULL keeps each period on its own (the behaviour of every existing indicator).
ALTER TABLE indicator ADD COLUMN period_roll_up VARCHAR(10) NULL;
--rollback ALTER TABLE indicator DROP COLUMN period_roll_up;
