package vn.planmonitor.common;

import io.quarkus.panache.common.Parameters;

import java.util.ArrayList;
import java.util.List;

/** Builds a Panache where-clause from the optional filters of a list endpoint. */
public final class Filter {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    public Filter and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.and(name, value);
        }
        return this;
    }

    public String query() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Parameters parameters() {
        return parameters;
    }
}
