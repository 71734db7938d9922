package vn.planmonitor.attachment;

/** A file's picture as a PNG, and the ETag naming it; {@code png} is null when the caller holds it already. */
public record AttachmentPreview(String etag, byte[] png) {
}
