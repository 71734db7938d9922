package vn.planmonitor.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import vn.planmonitor.common.EntityTags;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The last answer to each progress question, kept with the plan's {@link FiguresVersion} it was computed
 * at and given again while that stamp has not moved. A dashboard that many screens poll then costs one
 * indexed read of the stamp instead of the plan's definition, its cells and the arithmetic. The stamp moves
 * with every input in the transaction that changes it, so an answer given again is exactly what computing it
 * now would give; today's date, the one input outside the database, is part of the question.
 * <p>
 * The stamp is read before computing: a change committed meanwhile finds the answer filed under the older
 * stamp, so it is recomputed at the next question, never served stale. Questions asked inside a
 * transaction are computed and not kept: a transaction that has written sees a stamp it may still roll back.
 */
@ApplicationScoped
class ProgressAnswers {

    /** Unit rows (a per-unit breakdown's lines) kept at most, over every answer: bounds the memory. */
    static final long MAX_WEIGHT = 100_000;

    /** A plan's progress, or one target's ({@code targetId}, else null), for this query on this day. */
    record Question(long planId, Long targetId, ProgressQuery asked, LocalDate today) {
    }

    private record Kept(long version, Answer<?> answer, long weight) {
    }

    /**
     * An answer and its ETag ({@link EntityTags#tagOf}), hashed once when first asked for: an answer given
     * again brings its tag along instead of being serialised and hashed once more.
     */
    static final class Answer<T> {
        private final T value;
        private final EntityTags tags;
        private volatile String tag;

        Answer(T value, EntityTags tags) {
            this.value = value;
            this.tags = tags;
        }

        T value() {
            return value;
        }

        String tag() {
            String t = tag;
            if (t == null) {
                t = tags.tagOf(value);
                tag = t;
            }
            return t;
        }
    }

    private final Map<Question, Kept> kept = new ConcurrentHashMap<>();
    private final AtomicLong weight = new AtomicLong();

    @Inject
    TransactionManager transactions;

    @Inject
    EntityTags tags;

    /**
     * The kept answer if the plan's stamp is still the one it was computed at, else {@code compute}'s
     * (kept for next time). {@code version} is the stamp read before anything else of the plan.
     */
    @SuppressWarnings("unchecked")
    <T> Answer<T> answer(Question question, long version, Supplier<T> compute, ToLongFunction<T> weightOf) {
        if (version == FiguresVersion.NEVER_MOVED || inTransaction()) {
            return computed(compute.get());
        }
        Kept k = kept.get(question);
        if (k != null && k.version() == version) {
            return (Answer<T>) k.answer();
        }
        Answer<T> answer = computed(compute.get());
        long w = weightOf.applyAsLong(answer.value());
        if (weight.addAndGet(w) > MAX_WEIGHT) {
            // Simpler than an LRU and enough: a plan's screens ask a handful of questions, all asked again at once.
            kept.clear();
            weight.set(w);
        }
        Kept before = kept.put(question, new Kept(version, answer, w));
        if (before != null) {
            weight.addAndGet(-before.weight());
        }
        return answer;
    }

    /** An answer computed now, not kept. */
    <T> Answer<T> computed(T value) {
        return new Answer<>(value, tags);
    }

    private boolean inTransaction() {
        try {
            return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            return true;
        }
    }

    /** How many lines an answer weighs: one, plus each unit row of its periods and their months. */
    static long weight(List<TargetProgressView> targets) {
        long w = 1;
        for (TargetProgressView t : targets) {
            for (PeriodFigureView p : t.periods()) {
                w += rows(p);
            }
        }
        return w;
    }

    private static long rows(PeriodFigureView p) {
        long w = p.units() == null ? 0 : p.units().size();
        if (p.subPeriods() != null) {
            for (PeriodFigureView sub : p.subPeriods()) {
                w += rows(sub);
            }
        }
        return w;
    }
}
