package vn.planmonitor.attachment;

import org.junit.jupiter.api.Test;
import vn.planmonitor.common.Violations;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The file-name rules alone, without a server: what is kept, what is replaced, what is refused. */
class FileNamesTest {

    private static Optional<String> clean(String raw) {
        Violations v = new Violations();
        Optional<String> name = FileNames.clean(raw, "file", v);
        assertTrue(v.isEmpty(), raw);
        return name;
    }

    @Test
    void shouldKeepOnlyTheLastSegmentOfAPath() {
        assertEquals(Optional.of("passwd.pdf"), clean("../../etc/passwd.pdf"));
        assertEquals(Optional.of("win.ini.pdf"), clean("..\\..\\Windows\\win.ini.pdf"));
        assertEquals(Optional.of("bao-cao.pdf"), clean("C:\\Users\\can-bo\\Desktop\\bao-cao.pdf"));
        assertEquals(Optional.empty(), clean("../.."));
        assertEquals(Optional.of("htaccess"), clean(".htaccess"));
    }

    @Test
    void shouldReplaceWhatWindowsCannotSaveAndRefuseControlCharacters() {
        assertEquals(Optional.of("a_b_c_d_e.pdf"), clean("a<b>c:d\"e.pdf"));
        Violations v = new Violations();
        assertEquals(Optional.empty(), FileNames.clean("a.pdf\r\nX-Injected: 1", "file", v));
        assertFalse(v.isEmpty());
        assertEquals(Optional.of("x".repeat(196) + ".pdf"), clean("x".repeat(400) + ".pdf"));
    }

    @Test
    void shouldPutNoQuoteSemicolonOrLineBreakOfANameIntoTheHeader() {
        String header = FileNames.contentDisposition("a\"; filename*=UTF-8''evil.exe");
        assertEquals("attachment; filename=\"a_; filename*=UTF-8''evil.exe\"; "
                + "filename*=UTF-8''a%22%3B%20filename%2A%3DUTF-8%27%27evil.exe", header);
        assertEquals("attachment; filename=\"B_o c_o.pdf\"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o.pdf",
                FileNames.contentDisposition("Báo cáo.pdf"));
    }

    @Test
    void shouldTellAnExtensionFromADateInAName() {
        assertEquals(Optional.of("pdf"), FileNames.extension("bao-cao.pdf"));
        assertEquals(Optional.empty(), FileNames.extension("Biên bản 12.5.2020"));
        assertEquals(Optional.empty(), FileNames.extension("README"));
    }
}
