package vn.planmonitor.attachment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What a stored file is; its bytes are {@link AttachmentChunks}, never loaded through this entity. */
@Entity
@Table(name = "attachment")
public class Attachment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "submission_id", nullable = false)
    public long submissionId;

    /** The value the file is evidence for; null for the report as a whole. */
    @Column(name = "indicator_code", length = 50)
    public String indicatorCode;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long size;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "chunk_count", nullable = false)
    public int chunkCount;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    static List<Attachment> listFor(long submissionId) {
        return list("submissionId = ?1 order by id", submissionId);
    }

    static Optional<Attachment> findIn(long submissionId, long id) {
        return find("id = ?1 and submissionId = ?2", id, submissionId).firstResultOptional();
    }
}
