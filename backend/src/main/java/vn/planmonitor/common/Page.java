package vn.planmonitor.common;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total so clients can draw a pager. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        long total = query.count();
        List<T> items = query.page(io.quarkus.panache.common.Page.of(request.page() - 1, request.size()))
                .list().stream().map(mapper).toList();
        return new Page<>(items, request.page(), request.size(), total);
    }
}
