--liquibase formatted sql

--changeset planmonitor:005-app-user
CREATE TABLE app_user (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    username VARCHAR(100) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    user_role VARCHAR(20) NOT NULL,
    active BOOLEAN NOT NULL,
    failed_sign_ins INT NOT NULL,
    locked_until DATETIME(6) NULL,
    last_sign_in_at DATETIME(6) NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_app_user_username UNIQUE (username)
);

CREATE TABLE app_user_unit (
    user_id BIGINT NOT NULL,
    org_unit_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, org_unit_id),
    CONSTRAINT fk_app_user_unit_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_app_user_unit_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
);

--changeset planmonitor:005-access-token
-- Sessions of signed-in users and API tokens of other systems. Only a SHA-256 of the secret is kept.
CREATE TABLE access_token (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash CHAR(64) NOT NULL,
    token_kind VARCHAR(10) NOT NULL,
    name VARCHAR(100) NOT NULL,
    user_id BIGINT NULL,
    token_scope VARCHAR(10) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    revoked_at DATETIME(6) NULL,
    created_by VARCHAR(100) NOT NULL,
    last_used_at DATETIME(6) NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_access_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_access_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

CREATE TABLE access_token_unit (
    token_id BIGINT NOT NULL,
    org_unit_id BIGINT NOT NULL,
    PRIMARY KEY (token_id, org_unit_id),
    CONSTRAINT fk_access_token_unit_token FOREIGN KEY (token_id) REFERENCES access_token (id),
    CONSTRAINT fk_access_token_unit_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
);
