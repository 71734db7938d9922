--liquibase formatted sql

--changeset planmonitor:015-attachment
-- Evidence attached to a report, or to one of its values (indicator_code), issue 18: what the file is.
-- The bytes are in attachment_chunk, so the database backup (mysqldump) holds the files with the report.
-- content_type is detected from the bytes, never taken from the client; sha256 is hex of the stored bytes.
-- Removed with its report (a deleted draft); the report's history keeps the ATTACH / DETACH steps.
CREATE TABLE attachment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    submission_id  BIGINT        NOT NULL,
    indicator_code VARCHAR(50)   NULL,
    file_name      VARCHAR(255)  NOT NULL,
    content_type   VARCHAR(100)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    chunk_count    INT           NOT NULL,
    uploaded_by    VARCHAR(100)  NOT NULL,
    uploaded_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_attachment_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE
);
--rollback DROP TABLE attachment;

--changeset planmonitor:015-attachment-chunk
-- The bytes, in pieces of at most 1 MiB: one 20 MB value would pass MariaDB's default max_allowed_packet
-- (16 MiB) and be held whole in the JDBC driver's memory on every upload and download.
CREATE TABLE attachment_chunk (
    attachment_id BIGINT   NOT NULL,
    seq           INT      NOT NULL,
    data          LONGBLOB NOT NULL,
    CONSTRAINT pk_attachment_chunk PRIMARY KEY (attachment_id, seq),
    CONSTRAINT fk_attachment_chunk_attachment FOREIGN KEY (attachment_id) REFERENCES attachment (id) ON DELETE CASCADE
);
--rollback DROP TABLE attachment_chunk;
