--liquibase formatted sql

--changeset planmonitor:019-token-rate
-- An API token's request rate a minute (issue 19, security/TokenRateLimit); NULL: the configured default,
-- so the tokens that exist keep working under the default and follow it if it changes.
ALTER TABLE access_token ADD COLUMN rate_per_minute INT NULL;
