package vn.planmonitor.targets;

import java.util.List;

/** A target's revisions, newest first; the last item is always version 1. */
public record TargetRevisionList(long targetId, String targetCode, List<TargetRevisionView> items) {
}
