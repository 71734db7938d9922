--liquibase formatted sql

--changeset planmonitor:017-webhook-endpoint
-- Where other systems want to hear of events (webhook/): an admin registers the URL, the events and the
-- secret that signs each delivery (HMAC-SHA256). events: comma-separated event types (report.submitted…).
CREATE TABLE webhook_endpoint (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    url VARCHAR(2000) NOT NULL,
    events VARCHAR(500) NOT NULL,
    secret VARCHAR(500) NOT NULL,
    description VARCHAR(200) NULL,
    active BOOLEAN DEFAULT TRUE NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version BIGINT DEFAULT 0 NOT NULL
);
--rollback DROP TABLE webhook_endpoint;

--changeset planmonitor:017-webhook-delivery
-- The outbox: one row per event and endpoint, written in the transaction of the action that caused the
-- event and delivered afterwards by WebhookDelivery's scheduled job, so a receiver that is slow or down
-- never delays or fails the action. state: PENDING (to deliver, next_attempt_at), DELIVERED, FAILED
-- (gave up after a day of retries) or DROPPED (pushed out by the per-endpoint cap on pending rows).
-- claimed_until: an instance is delivering it (two instances never deliver one row twice at once).
CREATE TABLE webhook_delivery (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    endpoint_id BIGINT NOT NULL,
    event_id CHAR(36) NOT NULL,
    event_type VARCHAR(40) NOT NULL,
    payload TEXT NOT NULL,
    state VARCHAR(20) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    attempts INT DEFAULT 0 NOT NULL,
    next_attempt_at DATETIME(6) NOT NULL,
    claimed_until DATETIME(6) NULL,
    finished_at DATETIME(6) NULL,
    last_status_code INT NULL,
    last_error VARCHAR(1000) NULL,
    CONSTRAINT fk_webhook_delivery_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoint (id) ON DELETE CASCADE
);
--rollback DROP TABLE webhook_delivery;

--changeset planmonitor:017-webhook-delivery-due-index
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (state, next_attempt_at);
--rollback DROP INDEX ix_webhook_delivery_due ON webhook_delivery;

--changeset planmonitor:017-webhook-delivery-endpoint-index
-- An endpoint's recent deliveries (the log, newest first) and its count of pending ones (the cap).
CREATE INDEX ix_webhook_delivery_endpoint ON webhook_delivery (endpoint_id, state, id);
--rollback DROP INDEX ix_webhook_delivery_endpoint ON webhook_delivery;

--changeset planmonitor:017-webhook-attempt
-- The delivery log: every attempt at a delivery, with the receiver's status code (NULL: no answer), the
-- error (timeout, refused connection, a non-2xx answer) and how long it took.
CREATE TABLE webhook_attempt (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    delivery_id BIGINT NOT NULL,
    attempt INT NOT NULL,
    attempted_at DATETIME(6) NOT NULL,
    status_code INT NULL,
    error VARCHAR(1000) NULL,
    duration_ms INT NOT NULL,
    CONSTRAINT fk_webhook_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id) ON DELETE CASCADE
);
--rollback DROP TABLE webhook_attempt;
