--liquibase formatted sql

--changeset planmonitor:008-target-direction
-- Which way a target's figure must go (issue 16): AT_LEAST (every target before this change, hence the
-- default), AT_MOST, or BETWEEN threshold and threshold_high. Existing rows keep their meaning.
ALTER TABLE plan_target ADD COLUMN direction VARCHAR(20) DEFAULT 'AT_LEAST' NOT NULL;
--rollback ALTER TABLE plan_target DROP COLUMN direction;

--changeset planmonitor:008-target-threshold-high
-- The high end of a BETWEEN band (threshold is the low end); NULL for the other directions.
ALTER TABLE plan_target ADD COLUMN threshold_high DECIMAL(19, 4) NULL;
--rollback ALTER TABLE plan_target DROP COLUMN threshold_high;

--changeset planmonitor:008-target-measure
-- What a target compares with its threshold: LEVEL (the year's figure, every target before this change,
-- hence the default) or CUMULATIVE (the running sum from the plan's first year).
ALTER TABLE plan_target ADD COLUMN measure VARCHAR(20) DEFAULT 'LEVEL' NOT NULL;
--rollback ALTER TABLE plan_target DROP COLUMN measure;
