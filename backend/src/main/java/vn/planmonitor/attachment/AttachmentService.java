package vn.planmonitor.attachment;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.planmonitor.audit.AuditAction;
import vn.planmonitor.audit.AuditTrail;
import vn.planmonitor.common.ApiException;
import vn.planmonitor.common.Text;
import vn.planmonitor.common.Violations;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.security.CallerScope;
import vn.planmonitor.submission.Submission;
import vn.planmonitor.submission.SubmissionAccess;
import vn.planmonitor.submission.SubmissionService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Evidence files on a report: who may see and change them is the report's own rule (its unit scope through
 * {@link SubmissionAccess}, and changes only while it is editable — an approved report's files are locked
 * like its values). Each upload and removal is a step of the report's history.
 */
@ApplicationScoped
@Transactional
public class AttachmentService {

    /** Room for the multipart framing and the form's other field around the file itself. */
    static final long FORM_OVERHEAD = 64 * 1024;

    @Inject
    SubmissionAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    CallerScope caller;

    @Inject
    AttachmentChunks chunks;

    @Inject
    AttachmentConfig config;

    @Inject
    AttachmentPreviews previews;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBody;

    /** A limit the HTTP layer would cut off first would answer uploads below it with a bare 413: refuse to start. */
    void checkLimits(@Observes StartupEvent start) {
        if (config.maxSize().asLongValue() + FORM_OVERHEAD > maxBody.asLongValue()) {
            throw new IllegalStateException("planmonitor.attachments.max-size (" + config.maxSize().asLongValue()
                    + " bytes) needs quarkus.http.limits.max-body-size of at least " + FORM_OVERHEAD
                    + " bytes more (now " + maxBody.asLongValue() + ")");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AttachmentView> list(long submissionId) {
        access.readable(submissionId);
        return Attachment.listFor(submissionId).stream().map(AttachmentView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AttachmentView get(long submissionId, long attachmentId) {
        access.readable(submissionId);
        return AttachmentView.of(find(submissionId, attachmentId));
    }

    /** The stored bytes, for a file {@link #get} has just allowed. */
    public void copy(AttachmentView file, java.io.OutputStream out) throws IOException {
        chunks.copy(file.id(), AttachmentChunks.chunksFor(file.size()), out);
    }

    /**
     * The picture of a file ({@link AttachmentPreviews}) under the same scope as its download, with the ETag
     * that names it: the file's SHA-256 and the picture's width, as a stored file never changes. When the
     * caller already holds that picture ({@code ifNoneMatch}), it is not drawn again and {@code png} is null —
     * but only after the scope has been checked, so a cached picture is never confirmed to someone who may
     * no longer read the report. Outside a transaction: drawing takes a while, and holds no connection.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AttachmentPreview preview(long submissionId, long attachmentId, String ifNoneMatch) {
        AttachmentView file = get(submissionId, attachmentId);
        AttachmentType type = AttachmentType.of(file.contentType());
        if (!AttachmentPreviews.hasPreview(type)) {
            throw new ApiException(404, "preview-not-available", file.fileName());
        }
        String etag = "\"" + file.sha256() + "-w" + AttachmentPreviews.WIDTH + "\"";
        if (matches(ifNoneMatch, etag)) {
            return new AttachmentPreview(etag, null);
        }
        Path copy = null;
        try {
            copy = Files.createTempFile("attachment-preview-", "." + type.extension());
            try (var out = Files.newOutputStream(copy)) {
                copy(file, out);
            }
            return new AttachmentPreview(etag, previews.render(type, copy));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // The temporary directory is emptied by the system; a leftover copy is not worth a failure.
                }
            }
        }
    }

    /** {@code If-None-Match}: a list of entity tags (weak ones compare by their value) or {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    public AttachmentView upload(long submissionId, AttachmentUpload upload) {
        Submission s = access.writable(submissionId);
        SubmissionService.requireEditable(s);
        Violations v = new Violations();
        if (upload == null || upload.file() == null) {
            v.required("file", null).throwIfAny();
        }
        String indicator = Text.trimToNull(upload.indicatorCode());
        if (indicator != null && Indicator.listForPlan(s.plan).stream().noneMatch(i -> i.code.equals(indicator))) {
            v.add("indicatorCode", "unknown-code", indicator);
        }
        String name = FileNames.clean(upload.fileName(), "file", v).orElse(null);
        if (upload.size() == 0) {
            v.add("file", "attachment-empty");
        }
        v.throwIfAny();
        long max = config.maxSize().asLongValue();
        if (upload.size() > max) {
            throw ApiException.withErrors(413, "attachment-too-large", "file", "attachment-too-large", max);
        }
        AttachmentType type = detect(upload.file());
        name = nameFor(name, type);
        Attachment a = new Attachment();
        a.submissionId = s.id;
        a.indicatorCode = indicator;
        a.fileName = name;
        a.contentType = type.mediaType;
        a.size = upload.size();
        a.sha256 = sha256(upload.file());
        a.chunkCount = AttachmentChunks.chunksFor(upload.size());
        a.uploadedBy = caller.name();
        a.uploadedAt = Instant.now();
        a.persist();
        chunks.write(a.id, upload.file());
        audit.record(s, AuditAction.ATTACH, indicator, null, name, null);
        return AttachmentView.of(a);
    }

    public void delete(long submissionId, long attachmentId) {
        Submission s = access.writable(submissionId);
        Attachment a = find(submissionId, attachmentId);
        SubmissionService.requireEditable(s);
        audit.record(s, AuditAction.DETACH, a.indicatorCode, a.fileName, null, null);
        a.delete();
    }

    private static Attachment find(long submissionId, long attachmentId) {
        return Attachment.findIn(submissionId, attachmentId)
                .orElseThrow(() -> ApiException.notFound("attachment", attachmentId));
    }

    private static AttachmentType detect(Path file) {
        try {
            return FileSniffer.detect(file).orElseThrow(() -> ApiException.withErrors(415,
                    "attachment-type-not-allowed", "file", "attachment-type-not-allowed"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The name ends in the detected type's extension: a missing one is added, and a name that claims another
     * type ("hoa-don.exe" holding a PDF, "scan.pdf" holding a PNG) is refused — one of the two is not what the
     * sender thinks it is.
     */
    private static String nameFor(String cleaned, AttachmentType type) {
        String name = cleaned == null ? FileNames.FALLBACK : cleaned;
        var extension = FileNames.extension(name);
        if (extension.isEmpty()) {
            String suffix = "." + type.extension();
            return (name.length() + suffix.length() > FileNames.MAX_LENGTH
                    ? name.substring(0, FileNames.MAX_LENGTH - suffix.length()) : name) + suffix;
        }
        if (!type.hasExtension(extension.get())) {
            throw ApiException.withErrors(415, "attachment-type-mismatch", "file", "attachment-type-mismatch",
                    extension.get(), type.extension());
        }
        return name;
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
