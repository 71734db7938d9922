--liquibase formatted sql

--changeset planmonitor:001-org-unit
CREATE TABLE org_unit (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(50) NOT NULL,
    name_vi VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    unit_type VARCHAR(30) NOT NULL,
    parent_id BIGINT NULL,
    active BOOLEAN NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_org_unit_code UNIQUE (code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_org_unit_type ON org_unit (unit_type, active);

--changeset planmonitor:001-plan
CREATE TABLE plan (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(50) NOT NULL,
    title_vi VARCHAR(300) NOT NULL,
    title_en VARCHAR(300) NOT NULL,
    first_year INT NOT NULL,
    last_year INT NOT NULL,
    issuing_body_vi VARCHAR(200) NOT NULL,
    issuing_body_en VARCHAR(200) NOT NULL,
    source_url VARCHAR(500) NULL,
    source_text TEXT NULL,
    report_deadline_days INT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_plan_code UNIQUE (code)
);

--changeset planmonitor:001-indicator
CREATE TABLE indicator (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id BIGINT NOT NULL,
    code VARCHAR(50) NOT NULL,
    name_vi VARCHAR(300) NOT NULL,
    name_en VARCHAR(300) NOT NULL,
    unit_vi VARCHAR(50) NOT NULL,
    unit_en VARCHAR(50) NOT NULL,
    period_type VARCHAR(20) NOT NULL,
    value_kind VARCHAR(20) NOT NULL,
    items_required BOOLEAN NOT NULL,
    item_flag_vi VARCHAR(200) NULL,
    item_flag_en VARCHAR(200) NULL,
    numerator_code VARCHAR(50) NULL,
    numerator_vi VARCHAR(200) NULL,
    numerator_en VARCHAR(200) NULL,
    denominator_code VARCHAR(50) NULL,
    denominator_vi VARCHAR(200) NULL,
    denominator_en VARCHAR(200) NULL,
    active BOOLEAN NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_indicator_code UNIQUE (code),
    CONSTRAINT fk_indicator_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
);

CREATE TABLE indicator_unit_type (
    indicator_id BIGINT NOT NULL,
    unit_type VARCHAR(30) NOT NULL,
    PRIMARY KEY (indicator_id, unit_type),
    CONSTRAINT fk_indicator_unit_type FOREIGN KEY (indicator_id) REFERENCES indicator (id)
);

-- Narrows the reporting unit types to named units (e.g. only the Economic Office reports T4).
CREATE TABLE indicator_reporting_unit (
    indicator_id BIGINT NOT NULL,
    org_unit_id BIGINT NOT NULL,
    PRIMARY KEY (indicator_id, org_unit_id),
    CONSTRAINT fk_indicator_reporting_unit_ind FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT fk_indicator_reporting_unit_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
);

--changeset planmonitor:001-target
CREATE TABLE plan_target (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id BIGINT NOT NULL,
    indicator_id BIGINT NOT NULL,
    code VARCHAR(50) NOT NULL,
    statement_vi VARCHAR(1000) NOT NULL,
    statement_en VARCHAR(1000) NOT NULL,
    aggregation VARCHAR(40) NOT NULL,
    unit_threshold DECIMAL(19, 4) NULL,
    threshold DECIMAL(19, 4) NOT NULL,
    timing VARCHAR(20) NOT NULL,
    due_year INT NULL,
    sort_order INT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_plan_target_code UNIQUE (plan_id, code),
    CONSTRAINT fk_plan_target_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_plan_target_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
);

--changeset planmonitor:001-submission
CREATE TABLE submission (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id BIGINT NOT NULL,
    org_unit_id BIGINT NOT NULL,
    period_code VARCHAR(10) NOT NULL,
    status VARCHAR(20) NOT NULL,
    comment_text VARCHAR(2000) NULL,
    demo BOOLEAN NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uk_submission UNIQUE (plan_id, org_unit_id, period_code),
    CONSTRAINT fk_submission_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_submission_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_submission_plan_period ON submission (plan_id, period_code, status);

CREATE TABLE submission_value (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    submission_id BIGINT NOT NULL,
    indicator_id BIGINT NOT NULL,
    number_value DECIMAL(19, 4) NULL,
    numerator DECIMAL(19, 4) NULL,
    denominator DECIMAL(19, 4) NULL,
    answer BOOLEAN NULL,
    CONSTRAINT uk_submission_value UNIQUE (submission_id, indicator_id),
    CONSTRAINT fk_submission_value_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_submission_value_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
);
CREATE INDEX ix_submission_value_indicator ON submission_value (indicator_id);

CREATE TABLE value_item (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    value_id BIGINT NOT NULL,
    position INT NOT NULL,
    name VARCHAR(300) NOT NULL,
    flagged BOOLEAN NOT NULL,
    CONSTRAINT fk_value_item_value FOREIGN KEY (value_id) REFERENCES submission_value (id)
);
CREATE INDEX ix_value_item_value ON value_item (value_id, position);
