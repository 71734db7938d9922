package vn.planmonitor.attachment;

import java.time.Instant;

public record AttachmentView(long id, long submissionId, String indicatorCode, String fileName, String contentType,
                             long size, String sha256, String uploadedBy, Instant uploadedAt) {

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id, a.submissionId, a.indicatorCode, a.fileName, a.contentType, a.size, a.sha256,
                a.uploadedBy, a.uploadedAt);
    }
}
