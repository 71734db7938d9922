package vn.planmonitor.exchange;

import vn.planmonitor.common.Messages;
import vn.planmonitor.exchange.ImportSummary.Conflict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Collects refused rows, grouped by reason and offending object, so 40,000 rows naming the same
 * unknown unit make one conflict with 40,000 indexes rather than 40,000 conflicts.
 */
final class Conflicts {

    private record Key(ConflictKind kind, String object, List<Object> args) {
    }

    private final Map<Key, TreeSet<Integer>> groups = new LinkedHashMap<>();

    void add(ConflictKind kind, String object, int index, Object... args) {
        groups.computeIfAbsent(new Key(kind, Objects.toString(object, ""), List.of(args)), k -> new TreeSet<>())
                .add(index);
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    List<Conflict> toList(Locale locale) {
        List<Conflict> list = new ArrayList<>(groups.size());
        groups.forEach((key, indexes) -> list.add(new Conflict(key.object(),
                Messages.get(locale, key.kind().messageKey, key.args().toArray()), key.kind().errorCode,
                key.kind().property, List.copyOf(indexes))));
        return list;
    }
}
