--liquibase formatted sql

--changeset planmonitor:014-target-revision
-- Every version of a target's definition (issue 16): what must be reached and how it is judged, after each
-- change, with who changed it, when and why. `definition` is the JSON snapshot written by one method
-- (targets.TargetDefinition), so fields added to a target's definition later join it without a new column.
-- Version 1 is the definition a target was created with; targets older than this table get theirs written
-- at their first change (the snapshot is made in Java only, never re-implemented here in SQL).
-- Removed with the target.
CREATE TABLE plan_target_revision (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    target_id   BIGINT        NOT NULL,
    revision_no INT           NOT NULL,
    changed_at  DATETIME(6)   NOT NULL,
    changed_by  VARCHAR(100)  NULL,
    reason      VARCHAR(1000) NULL,
    definition  TEXT          NOT NULL,
    CONSTRAINT uq_plan_target_revision UNIQUE (target_id, revision_no),
    CONSTRAINT fk_plan_target_revision_target FOREIGN KEY (target_id) REFERENCES plan_target (id) ON DELETE CASCADE
);
--rollback DROP TABLE plan_target_revision;
