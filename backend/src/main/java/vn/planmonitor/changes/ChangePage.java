package vn.planmonitor.changes;

import java.util.List;

/** One page of the feed: {@code next} is where the following request starts; {@code hasMore}: ask again now. */
public record ChangePage(List<ChangeView> items, String next, boolean hasMore) {
}
