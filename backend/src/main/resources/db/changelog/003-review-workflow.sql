--liquibase formatted sql

--changeset planmonitor:003-submission-review
ALTER TABLE submission ADD COLUMN first_submitted_at DATETIME(6) NULL;
ALTER TABLE submission ADD COLUMN submitted_at DATETIME(6) NULL;
ALTER TABLE submission ADD COLUMN submitted_by VARCHAR(100) NULL;
ALTER TABLE submission ADD COLUMN on_time BOOLEAN NULL;
ALTER TABLE submission ADD COLUMN decided_at DATETIME(6) NULL;
ALTER TABLE submission ADD COLUMN decided_by VARCHAR(100) NULL;
ALTER TABLE submission ADD COLUMN review_comment VARCHAR(2000) NULL;

--changeset planmonitor:003-submission-warning
CREATE TABLE submission_warning (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    submission_id BIGINT NOT NULL,
    indicator_id BIGINT NOT NULL,
    warning_code VARCHAR(40) NOT NULL,
    current_value DECIMAL(19, 4) NULL,
    previous_value DECIMAL(19, 4) NULL,
    previous_period VARCHAR(10) NULL,
    CONSTRAINT fk_submission_warning_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_submission_warning_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
);
CREATE INDEX ix_submission_warning_submission ON submission_warning (submission_id);

--changeset planmonitor:003-audit-event
-- Append-only: the application only ever inserts here (no update or delete path exists).
CREATE TABLE audit_event (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6) NOT NULL,
    actor VARCHAR(100) NOT NULL,
    action VARCHAR(20) NOT NULL,
    submission_id BIGINT NOT NULL,
    plan_code VARCHAR(50) NOT NULL,
    org_unit_code VARCHAR(50) NOT NULL,
    period_code VARCHAR(10) NOT NULL,
    field_name VARCHAR(120) NULL,
    old_value VARCHAR(2000) NULL,
    new_value VARCHAR(2000) NULL,
    comment_text VARCHAR(2000) NULL
);
CREATE INDEX ix_audit_event_submission ON audit_event (submission_id, id);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
