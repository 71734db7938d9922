--liquibase formatted sql

--changeset planmonitor:021-unit-boundary
-- A unit's shape on the map (issue 17, orgunit/BoundaryService): the GeoJSON geometry (Polygon or
-- MultiPolygon) an administrator uploaded, stored as the JSON text it is served as; nothing queries inside
-- it, so no spatial type (H2 and MySQL disagree on them). MEDIUMTEXT: a shape may be as large as the 10 MB
-- body that carried it. One shape per unit; deleting the unit deletes its shape.
CREATE TABLE unit_boundary (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_unit_id BIGINT       NOT NULL,
    geometry    MEDIUMTEXT   NOT NULL,
    uploaded_by VARCHAR(100) NOT NULL,
    uploaded_at DATETIME(6)  NOT NULL,
    CONSTRAINT uk_unit_boundary_unit UNIQUE (org_unit_id),
    CONSTRAINT fk_unit_boundary_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id) ON DELETE CASCADE
);
--rollback DROP TABLE unit_boundary;
