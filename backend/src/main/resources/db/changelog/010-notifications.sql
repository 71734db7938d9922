--liquibase formatted sql

--changeset planmonitor:010-app-user-mail-settings
-- Where an account's notification mails go, whether it wants them, and in which language.
-- email NULL: no mail (the inbox still fills). email_language: vi (default) or en.
ALTER TABLE app_user ADD COLUMN (email VARCHAR(254) NULL, email_enabled BOOLEAN DEFAULT TRUE NOT NULL, email_language VARCHAR(2) DEFAULT 'vi' NOT NULL);
--rollback ALTER TABLE app_user DROP COLUMN email, DROP COLUMN email_enabled, DROP COLUMN email_language;

--changeset planmonitor:010-notification
-- One account's inbox. submission_id has no foreign key: a deleted draft keeps its notices, like the audit trail.
CREATE TABLE notification (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT NOT NULL,
    kind VARCHAR(30) NOT NULL,
    plan_id BIGINT NOT NULL,
    org_unit_id BIGINT NOT NULL,
    period_code VARCHAR(10) NOT NULL,
    submission_id BIGINT NULL,
    actor VARCHAR(100) NULL,
    comment_text VARCHAR(2000) NULL,
    due_date DATE NULL,
    created_at DATETIME(6) NOT NULL,
    read_at DATETIME(6) NULL,
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_notification_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_notification_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
);
--rollback DROP TABLE notification;

--changeset planmonitor:010-notification-inbox-index
-- The inbox (newest first) and its unread count read one account's rows only.
CREATE INDEX ix_notification_inbox ON notification (user_id, read_at, id);
--rollback DROP INDEX ix_notification_inbox ON notification;

--changeset planmonitor:010-mail-outbox
-- Mails written in the action's transaction and sent afterwards by MailOutbox: a mail server that is
-- down never fails or delays the action. claimed_until: an instance is sending it (two instances never
-- send one mail twice at once); sent_at NULL and next_attempt_at: still to send, retried with backoff.
CREATE TABLE mail_outbox (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient VARCHAR(254) NOT NULL,
    subject VARCHAR(300) NOT NULL,
    body TEXT NOT NULL,
    notification_id BIGINT NULL,
    created_at DATETIME(6) NOT NULL,
    attempts INT DEFAULT 0 NOT NULL,
    next_attempt_at DATETIME(6) NOT NULL,
    claimed_until DATETIME(6) NULL,
    sent_at DATETIME(6) NULL,
    last_error VARCHAR(1000) NULL
);
--rollback DROP TABLE mail_outbox;

--changeset planmonitor:010-mail-outbox-due-index
CREATE INDEX ix_mail_outbox_due ON mail_outbox (sent_at, next_attempt_at);
--rollback DROP INDEX ix_mail_outbox_due ON mail_outbox;

--changeset planmonitor:010-reminder-claim
-- A reminder is sent once per plan, unit, period and kind: the job inserts this row first, in the
-- transaction that writes the reminder, and the unique key refuses a second instance or a rerun.
CREATE TABLE reminder_claim (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id BIGINT NOT NULL,
    org_unit_id BIGINT NOT NULL,
    period_code VARCHAR(10) NOT NULL,
    kind VARCHAR(30) NOT NULL,
    claimed_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_reminder_claim UNIQUE (plan_id, org_unit_id, period_code, kind)
);
--rollback DROP TABLE reminder_claim;
