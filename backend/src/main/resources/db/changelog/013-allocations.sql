--liquibase formatted sql

--changeset planmonitor:013-target-allocations
-- A target's allocations (giao chỉ tiêu, K11): the threshold each reporting unit is given, in the target's
-- direction (threshold_high: a BETWEEN band's high end). allocation_year NULL: every year of the plan; a row for
-- one year overrides it that year. The service refuses a second row for the same unit and year (a unique key
-- would not: MySQL lets NULLs repeat). Saved with the target and removed with it; a unit with an allocation
-- cannot be deleted. A surrogate key: the year may be NULL, and every table needs a primary key (Galera).
CREATE TABLE plan_target_allocation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    target_id       BIGINT         NOT NULL,
    org_unit_id     BIGINT         NOT NULL,
    allocation_year INT            NULL,
    threshold       DECIMAL(19, 4) NOT NULL,
    threshold_high  DECIMAL(19, 4) NULL,
    CONSTRAINT fk_plan_target_allocation_target FOREIGN KEY (target_id) REFERENCES plan_target (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_target_allocation_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_plan_target_allocation ON plan_target_allocation (target_id, org_unit_id, allocation_year);
--rollback DROP TABLE plan_target_allocation;

--changeset planmonitor:013-progress-cell-allocated
-- Per progress cell, the counted values of units with an allocation in force that year, and how many of them
-- meet it: the share of units meeting their own allocation. 0 for every cell written before (no allocations).
-- One column per statement: H2 (make run) does not take several ADD COLUMN clauses in one ALTER TABLE.
ALTER TABLE progress_cell ADD COLUMN allocated_count INT DEFAULT 0 NOT NULL;
--rollback ALTER TABLE progress_cell DROP COLUMN allocated_count;

--changeset planmonitor:013-progress-cell-allocation-meeting
ALTER TABLE progress_cell ADD COLUMN allocation_meeting_count INT DEFAULT 0 NOT NULL;
--rollback ALTER TABLE progress_cell DROP COLUMN allocation_meeting_count;
