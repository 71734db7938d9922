--liquibase formatted sql

--changeset planmonitor:004-idempotency-key
-- Remembered responses of bulk writes sent with an Idempotency-Key; kept 24 hours, purged on write.
CREATE TABLE idempotency_key (
    idem_key VARCHAR(200) NOT NULL PRIMARY KEY,
    request_hash CHAR(64) NOT NULL,
    state VARCHAR(20) NOT NULL,
    status_code INT NULL,
    content_type VARCHAR(100) NULL,
    response_body MEDIUMTEXT NULL,
    created_at DATETIME(6) NOT NULL
);
CREATE INDEX ix_idempotency_key_created ON idempotency_key (created_at);
