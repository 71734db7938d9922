package vn.planmonitor.plan;

import java.util.List;

/** What an import of a plan definition did, or (dry run) would do: one line per item of the document. */
public record DefinitionSummary(boolean dryRun, String planCode, int created, int changed, int unchanged,
                                List<Item> items) {

    public enum Kind { PLAN, INDICATOR, TARGET }

    public enum Outcome { CREATED, CHANGED, UNCHANGED }

    /** @param changedFields for CHANGED: the fields whose stored value differs, in the document's names */
    public record Item(Kind kind, String code, Outcome outcome, List<String> changedFields) {
    }

    static DefinitionSummary of(boolean dryRun, String planCode, List<Item> items) {
        return new DefinitionSummary(dryRun, planCode, count(items, Outcome.CREATED), count(items, Outcome.CHANGED),
                count(items, Outcome.UNCHANGED), items);
    }

    private static int count(List<Item> items, Outcome outcome) {
        return (int) items.stream().filter(i -> i.outcome() == outcome).count();
    }
}
