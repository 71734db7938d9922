package vn.planmonitor.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a file is, from its bytes alone: the name and the Content-Type a client sends are whatever it chose,
 * so an .exe renamed .pdf would pass them. Office documents are ZIP archives; telling them apart from any ZIP
 * needs their entries, read from the central directory without inflating anything — a ZIP bomb costs no
 * more than its own size. The one entry ever read is ODT's {@code mimetype}, and only its first bytes.
 */
final class FileSniffer {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";
    /** A directory with more entries than this is no office document anyone wrote by hand or by Word. */
    private static final int MAX_ENTRIES = 10_000;

    private FileSniffer() {
    }

    static Optional<AttachmentType> detect(Path file) throws IOException {
        byte[] head = new byte[16];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        byte[] start = Arrays.copyOf(head, n);
        if (startsWith(start, PDF, 0)) {
            return Optional.of(AttachmentType.PDF);
        }
        if (startsWith(start, PNG, 0)) {
            return Optional.of(AttachmentType.PNG);
        }
        if (startsWith(start, JPEG, 0)) {
            return Optional.of(AttachmentType.JPEG);
        }
        if (startsWith(start, RIFF, 0) && startsWith(start, WEBP, 8)) {
            return Optional.of(AttachmentType.WEBP);
        }
        if (startsWith(start, ZIP, 0)) {
            return office(file);
        }
        return Optional.empty();
    }

    private static Optional<AttachmentType> office(Path file) {
        boolean contentTypes = false;
        boolean excel = false;
        boolean word = false;
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > MAX_ENTRIES) {
                return Optional.empty();
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String declared = new String(in.readNBytes(ODT_MIMETYPE.length() + 1), StandardCharsets.US_ASCII);
                    return ODT_MIMETYPE.equals(declared) ? Optional.of(AttachmentType.ODT) : Optional.empty();
                }
            }
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                contentTypes |= name.equals("[Content_Types].xml");
                excel |= name.startsWith("xl/");
                word |= name.startsWith("word/");
            }
        } catch (IOException | RuntimeException e) {
            // Not a readable archive (truncated, bad directory, bad names): not an office document either.
            return Optional.empty();
        }
        if (!contentTypes || excel == word) {
            return Optional.empty();
        }
        return Optional.of(excel ? AttachmentType.XLSX : AttachmentType.DOCX);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
        if (bytes.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
