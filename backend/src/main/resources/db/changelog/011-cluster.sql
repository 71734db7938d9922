--liquibase formatted sql

--changeset planmonitor:011-sign-in-failure
-- The sign-in throttle's counts (security/SignInThrottle), shared by every backend instance: a guesser
-- whose requests are spread over several instances meets the same waits as against one.
-- One row per client address and (lower-cased) username; rows quiet for an hour are pruned.
CREATE TABLE sign_in_failure (
    client_address VARCHAR(64) NOT NULL,
    username VARCHAR(100) NOT NULL,
    failures INT NOT NULL,
    last_failure_at DATETIME(6) NOT NULL,
    wait_until DATETIME(6) NULL,
    PRIMARY KEY (client_address, username)
);
--rollback DROP TABLE sign_in_failure;

--changeset planmonitor:011-sign-in-failure-username
-- "Is somebody waiting to try this account" (admins see it as locked) reads by username.
CREATE INDEX ix_sign_in_failure_username ON sign_in_failure (username, wait_until);
--rollback DROP INDEX ix_sign_in_failure_username ON sign_in_failure;

--changeset planmonitor:011-view-seen
-- When a client last counted as a view of a counter (portal/ViewCounters): a reload within the window
-- is not a new view even when it reaches another backend instance. client_hash is the opaque hash
-- ViewCounters makes (never the raw address); rows older than the window are pruned.
CREATE TABLE view_seen (
    client_hash CHAR(32) NOT NULL,
    counter_key VARCHAR(100) NOT NULL,
    seen_at DATETIME(6) NOT NULL,
    PRIMARY KEY (client_hash, counter_key)
);
--rollback DROP TABLE view_seen;

--changeset planmonitor:011-view-seen-age
CREATE INDEX ix_view_seen_at ON view_seen (seen_at);
--rollback DROP INDEX ix_view_seen_at ON view_seen;

--changeset planmonitor:011-job-lease
-- Which backend instance runs a cluster-wide scheduled job, until when (common/JobLease): a job that
-- must run once, not once per instance, first claims its row.
CREATE TABLE job_lease (
    job_name VARCHAR(50) NOT NULL PRIMARY KEY,
    holder VARCHAR(100) NULL,
    lease_until DATETIME(6) NOT NULL
);
--rollback DROP TABLE job_lease;
