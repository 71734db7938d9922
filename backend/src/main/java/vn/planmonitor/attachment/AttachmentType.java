package vn.planmonitor.attachment;

import java.util.List;
import java.util.Locale;

/** The kinds of file a report may carry as evidence, each with the media type it is served as. */
public enum AttachmentType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    WEBP("image/webp", "webp"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    ODT("application/vnd.oasis.opendocument.text", "odt");

    public final String mediaType;
    private final List<String> extensions;

    AttachmentType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    /** The type a stored file was detected as, by the media type it was stored with. */
    static AttachmentType of(String mediaType) {
        for (AttachmentType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("not an attachment type: " + mediaType);
    }

    public String extension() {
        return extensions.get(0);
    }

    public boolean hasExtension(String extension) {
        return extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    /** Whether some accepted type claims this extension, so a name ending in it says what the file is. */
    static boolean isKnownExtension(String extension) {
        for (AttachmentType type : values()) {
            if (type.hasExtension(extension)) {
                return true;
            }
        }
        return false;
    }
}
