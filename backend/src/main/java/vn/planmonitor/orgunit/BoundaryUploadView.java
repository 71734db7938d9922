package vn.planmonitor.orgunit;

import java.util.List;

/**
 * What an upload of boundaries changed, or would change on a dry run. {@code matched}: the codes of the
 * units that get a shape; {@code unmatched}: the codes of the features that name no unit (ignored);
 * {@code removed}: units whose shape the upload takes away (not in the file); {@code unitsWithoutShape}:
 * units of the matched units' types that have no shape afterwards (all units when nothing matched).
 */
public record BoundaryUploadView(boolean dryRun, String property, List<String> matched, List<String> unmatched,
                                 List<String> removed, List<String> unitsWithoutShape) {
}
