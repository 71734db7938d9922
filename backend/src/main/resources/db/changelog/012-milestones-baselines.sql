--liquibase formatted sql

--changeset planmonitor:012-target-milestones
-- A target's milestones (lộ trình, issue 16 K10): the threshold in force in a year before its due year
-- ("năm 2023 đạt 40%, năm 2024 đạt 60%"); the due year keeps the target's own threshold, the final milestone.
-- Saved with the target and removed with it.
CREATE TABLE plan_target_milestone (
    target_id      BIGINT         NOT NULL,
    milestone_year INT            NOT NULL,
    threshold      DECIMAL(19, 4) NOT NULL,
    threshold_high DECIMAL(19, 4) NULL,
    CONSTRAINT pk_plan_target_milestone PRIMARY KEY (target_id, milestone_year),
    CONSTRAINT fk_plan_target_milestone_target FOREIGN KEY (target_id) REFERENCES plan_target (id) ON DELETE CASCADE
);
--rollback DROP TABLE plan_target_milestone;

--changeset planmonitor:012-target-baseline-year
-- What a change or growth target (K8, K9) starts from: the baseline's year and, when entered, its value
-- (NULL: the district figure of that year from the approved reports). NULL for LEVEL and CUMULATIVE targets.
-- One column per statement: H2 (make run) does not take several ADD COLUMN clauses in one ALTER TABLE.
ALTER TABLE plan_target ADD COLUMN baseline_year INT NULL;
--rollback ALTER TABLE plan_target DROP COLUMN baseline_year;

--changeset planmonitor:012-target-baseline-value
ALTER TABLE plan_target ADD COLUMN baseline_value DECIMAL(19, 4) NULL;
--rollback ALTER TABLE plan_target DROP COLUMN baseline_value;
