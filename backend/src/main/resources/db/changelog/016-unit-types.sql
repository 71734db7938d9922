--liquibase formatted sql

--changeset planmonitor:016-unit-type
-- Kinds of reporting unit are data an administrator manages (issue 17), no longer a fixed list in code:
-- a province over its communes is as valid a tree as a district over its wards. The code is what units
-- and indicators store (VARCHAR(30), as their columns have been since 001), so upgrading changes no row.
-- top_level: units of this type stand at the top of a tree and need no parent (the district; a province).
CREATE TABLE unit_type (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(30)  NOT NULL,
    name_vi    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    sort_order INT          NOT NULL,
    top_level  BOOLEAN      NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT uk_unit_type_code UNIQUE (code)
);
-- District 11's five, in the order the fixed list had (the order indicators list their types in).
INSERT INTO unit_type (code, name_vi, name_en, sort_order, top_level, created_at, updated_at, version) VALUES ('DISTRICT', 'Quận', 'District', 10, TRUE, '2015-11-25 11:05:00', '2015-11-25 11:05:00', 0);
INSERT INTO unit_type (code, name_vi, name_en, sort_order, top_level, created_at, updated_at, version) VALUES ('WARD', 'Phường', 'Ward', 20, FALSE, '2015-11-25 11:05:00', '2015-11-25 11:05:00', 0);
INSERT INTO unit_type (code, name_vi, name_en, sort_order, top_level, created_at, updated_at, version) VALUES ('AGENCY', 'Cơ quan chuyên môn', 'Specialised agency', 30, FALSE, '2015-11-25 11:05:00', '2015-11-25 11:05:00', 0);
INSERT INTO unit_type (code, name_vi, name_en, sort_order, top_level, created_at, updated_at, version) VALUES ('PUBLIC_SERVICE_UNIT', 'Đơn vị sự nghiệp công lập', 'Public service unit', 40, FALSE, '2015-11-25 11:05:00', '2015-11-25 11:05:00', 0);
INSERT INTO unit_type (code, name_vi, name_en, sort_order, top_level, created_at, updated_at, version) VALUES ('SCHOOL', 'Trường học', 'School', 50, FALSE, '2015-11-25 11:05:00', '2015-11-25 11:05:00', 0);
--rollback DROP TABLE unit_type;

--changeset planmonitor:016-unit-type-keys
-- Units and indicators name a type that exists; a type in use cannot be deleted (the service answers a
-- 409 first, the keys are the last word). One constraint per statement, for H2.
ALTER TABLE org_unit ADD CONSTRAINT fk_org_unit_unit_type FOREIGN KEY (unit_type) REFERENCES unit_type (code);
ALTER TABLE indicator_unit_type ADD CONSTRAINT fk_indicator_unit_type_type FOREIGN KEY (unit_type) REFERENCES unit_type (code);
--rollback ALTER TABLE indicator_unit_type DROP FOREIGN KEY fk_indicator_unit_type_type;
--rollback ALTER TABLE org_unit DROP FOREIGN KEY fk_org_unit_unit_type;
