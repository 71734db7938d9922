package vn.planmonitor.targets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.planmonitor.common.ApiException;
import vn.planmonitor.common.Violations;
import vn.planmonitor.security.CallerScope;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan's targets are changed after the plan is issued — a threshold lowered, a baseline year moved — and
 * whoever reads the progress must be able to see that it happened, who did it, when and why. Every change of
 * a target's {@link TargetDefinition} therefore keeps a revision, and needs a reason; a save that changes
 * only the wording (statements, code, position) changes no definition and needs none.
 * <p>
 * Version 1 is the definition a target was created with. Targets created before revisions existed have no
 * stored version 1: it is synthesised from the current definition (their creation time, nobody named)
 * until their first change, which stores it with the change. A migration could have written it, but only by
 * serialising the definition a second time in SQL, which would drift from {@link TargetDefinition#of}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TargetRevisions {

    static final int REASON_MAX = 1000;

    @Inject
    CallerScope caller;

    @Inject
    ObjectMapper json;

    void recordFirst(Target target) {
        store(target, 1, target.createdAt, caller.name(), null, TargetDefinition.of(target));
    }

    /** After {@code target} was changed: a new revision if its definition moved, refused without a reason. */
    void recordChange(Target target, TargetDefinition before, String reason) {
        TargetDefinition after = TargetDefinition.of(target);
        if (after.changedFrom(before).isEmpty()) {
            return;
        }
        if (reason == null || reason.isBlank()) {
            new Violations().add("reason", "reason-required", String.join(", ", after.changedFrom(before)))
                    .throwIfAny();
        }
        int latest = latestNumber(target);
        if (latest == 0) {
            store(target, 1, target.createdAt, null, null, before);
            latest = 1;
        }
        target.touch();
        store(target, latest + 1, Instant.now(), caller.name(), reason.trim(), after);
    }

    /** Newest first, each with the definition before it and the fields that changed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TargetRevisionView> list(Target target) {
        List<TargetRevision> stored = TargetRevision.list("target = ?1 order by number", target);
        List<TargetRevisionView> views = new ArrayList<>();
        if (stored.isEmpty()) {
            views.add(new TargetRevisionView(1, target.createdAt, null, null, List.of(), null,
                    TargetDefinition.of(target)));
            return views;
        }
        TargetDefinition before = null;
        for (TargetRevision r : stored) {
            TargetDefinition after = read(r.definition);
            views.add(0, new TargetRevisionView(r.number, r.changedAt, r.changedBy, r.reason,
                    before == null ? List.of() : after.changedFrom(before), before, after));
            before = after;
        }
        return views;
    }

    private static int latestNumber(Target target) {
        Integer max = TargetRevision.getEntityManager()
                .createQuery("select max(r.number) from TargetRevision r where r.target = ?1", Integer.class)
                .setParameter(1, target).getSingleResult();
        return max == null ? 0 : max;
    }

    private void store(Target target, int number, Instant at, String by, String reason, TargetDefinition definition) {
        TargetRevision r = new TargetRevision();
        r.target = target;
        r.number = number;
        r.changedAt = at == null ? Instant.now() : at;
        r.changedBy = by;
        r.reason = reason;
        r.definition = write(definition);
        r.persist();
    }

    private String write(TargetDefinition definition) {
        try {
            return json.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a target definition is always serialisable", e);
        }
    }

    private TargetDefinition read(String text) {
        try {
            return json.readValue(text, TargetDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored target revision is not a definition", e);
        }
    }
}
