package vn.planmonitor.attachment;

import java.nio.file.Path;

/** An uploaded file as the HTTP layer left it on disk, with what the form said about it. */
public record AttachmentUpload(Path file, String fileName, long size, String indicatorCode) {
}
