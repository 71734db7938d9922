package vn.planmonitor.targets;

import java.time.Instant;
import java.util.List;

/**
 * One version of a target's definition as a reviewer reads it: {@code after} is the definition from
 * {@code changedAt}, {@code before} the one it replaced ({@code null} for version 1) and {@code changedFields}
 * the names of the fields that differ. {@code changedBy}: the account; {@code null} only for the version 1
 * of a target created before revisions were kept.
 */
public record TargetRevisionView(int version, Instant changedAt, String changedBy, String reason,
                                 List<String> changedFields, TargetDefinition before, TargetDefinition after) {
}
