package vn.planmonitor.exchange;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import vn.planmonitor.common.ApiException;

/**
 * How much one bulk import may ask of the server, whatever its format. The 10 MB body limit alone
 * does not bound the work: an .xlsx is a zip, and 336 KB of it can inflate to 21 MB of sheet XML;
 * a 10 MB CSV of short lines is millions of rows. Beyond a limit the import is refused with a 413
 * naming it, before any row is checked.
 */
@ConfigMapping(prefix = "planmonitor.import")
public interface ImportLimits {

    /**
     * Most bytes an .xlsx upload may inflate to, over the parts the import reads (workbook, its
     * relations, shared strings, first sheet); beyond it 413 {@code xlsx-too-large}. A filled template
     * of every unit and year is well under 1 MB of XML.
     */
    @WithDefault("20M")
    MemorySize maxXlsxUncompressedBytes();

    /** Most values (data value rows) one import may carry, in JSON, CSV or XLSX; beyond it 413 {@code too-many-rows}. */
    @WithDefault("200000")
    int maxRows();

    /** Refuses a body that holds more values than {@link #maxRows()}; parsers call it as rows accumulate. */
    static void checkRows(int rows, int maxRows) {
        if (rows > maxRows) {
            throw new ApiException(413, "too-many-rows", maxRows);
        }
    }

    /** A byte count as people read it in a message: "20 MB" for a whole number of megabytes. */
    static String describe(long bytes) {
        long mb = 1024L * 1024L;
        return bytes % mb == 0 ? bytes / mb + " MB" : bytes + " B";
    }
}
