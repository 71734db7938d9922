--liquibase formatted sql

--changeset planmonitor:006-plan-published
-- A published plan is readable without signing in, through /api/v1/public (approved figures only).
ALTER TABLE plan ADD COLUMN published_at DATETIME(6) NULL;
ALTER TABLE plan ADD COLUMN published_by VARCHAR(100) NULL;

--changeset planmonitor:006-view-counter
-- Visits to the public portal and views of its pages: one row per counter ('portal', 'plan:<id>',
-- 'target:<id>'), increased in batches by the server every few seconds, never once per view.
CREATE TABLE view_counter (
    counter_key VARCHAR(100) NOT NULL PRIMARY KEY,
    view_count BIGINT NOT NULL,
    updated_at DATETIME(6) NOT NULL
);
