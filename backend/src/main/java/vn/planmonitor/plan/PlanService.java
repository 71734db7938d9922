package vn.planmonitor.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.planmonitor.common.ApiException;
import vn.planmonitor.common.Codes;
import vn.planmonitor.common.Page;
import vn.planmonitor.common.PageRequest;
import vn.planmonitor.common.Versions;
import vn.planmonitor.common.Violations;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.period.Period;
import vn.planmonitor.submission.Submission;
import vn.planmonitor.targets.Target;

import java.time.Instant;

@ApplicationScoped
@Transactional
public class PlanService {

    @Inject
    Event<PlanPublished> published;

    @Inject
    Event<PlanChanged> changed;

    static final int MAX_YEARS = 30;
    static final int MAX_SOURCE_TEXT = 60_000;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PlanView> list(PageRequest page) {
        return Page.of(Plan.findAll(page.sort()), page, PlanView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView get(long id) {
        return PlanView.of(find(id));
    }

    public PlanView create(PlanInput input) {
        Plan plan = new Plan();
        apply(plan, input, true);
        plan.persist();
        return PlanView.of(plan);
    }

    public PlanView update(long id, String ifMatch, PlanInput input) {
        Plan plan = find(id);
        Versions.requireMatch(ifMatch, plan.version);
        apply(plan, input, false);
        Plan.flush();
        changed.fire(new PlanChanged(plan.id));
        return PlanView.of(plan);
    }

    /** Shows the plan on the public portal (approved figures only); publishing again keeps the first date. */
    public PlanView publish(long id, String ifMatch, String by) {
        Plan plan = find(id);
        Versions.requireMatch(ifMatch, plan.version);
        if (plan.publishedAt == null) {
            plan.publishedAt = Instant.now();
            plan.publishedBy = by;
            plan.touch();
            published.fire(new PlanPublished(plan));
        }
        Plan.flush();
        return PlanView.of(plan);
    }

    /** Takes the plan off the public portal; its public URLs answer 404 again. */
    public PlanView unpublish(long id, String ifMatch) {
        Plan plan = find(id);
        Versions.requireMatch(ifMatch, plan.version);
        if (plan.publishedAt != null) {
            plan.publishedAt = null;
            plan.publishedBy = null;
            plan.touch();
        }
        Plan.flush();
        return PlanView.of(plan);
    }

    /**
     * The plan part of an imported definition document: created when its code is new, otherwise replaced
     * as by PUT. No If-Match: the import is one admin decision over the whole document, previewed by its dry run.
     */
    // A refusal must not doom the import's transaction: it goes on checking the other items to name them all.
    @Transactional(dontRollbackOn = ApiException.class)
    public Plan upsert(PlanInput input) {
        Plan plan = input == null || input.code() == null ? null : Plan.findByCode(input.code()).orElse(null);
        if (plan == null) {
            plan = new Plan();
            apply(plan, input, true);
            plan.persist();
        } else {
            apply(plan, input, false);
            plan.touch();
            changed.fire(new PlanChanged(plan.id));
        }
        return plan;
    }

    public void delete(long id, String ifMatch) {
        Plan plan = find(id);
        Versions.requireMatch(ifMatch, plan.version);
        // Deleting a plan must never take reported figures with it; its parts are removed first, deliberately.
        if (Submission.count("plan", plan) > 0) {
            throw ApiException.conflict("plan-has-submissions", plan.code);
        }
        if (Target.count("plan", plan) > 0 || Indicator.count("plan", plan) > 0) {
            throw ApiException.conflict("plan-has-targets", plan.code);
        }
        plan.delete();
        plan.flush(); // a key still pointing here must fail inside this call, as a 409, not at commit
    }

    public static Plan find(long id) {
        return Plan.<Plan>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("plan", id));
    }

    private void apply(Plan plan, PlanInput input, boolean creating) {
        if (input == null) {
            throw ApiException.badRequest("body-required");
        }
        Violations v = new Violations();
        Codes.checkIdentity(v, input.code(), creating ? null : plan.code, code -> Plan.findByCode(code).isPresent());
        v.multiLineText("titleVi", input.titleVi(), 300).multiLineText("titleEn", input.titleEn(), 300)
                .text("issuingBodyVi", input.issuingBodyVi(), 200).text("issuingBodyEn", input.issuingBodyEn(), 200)
                .maxLength("sourceUrl", input.sourceUrl(), 500).multiLine("sourceText", input.sourceText(),
                        MAX_SOURCE_TEXT)
                .required("firstYear", input.firstYear()).required("lastYear", input.lastYear());
        yearInRange(v, "firstYear", input.firstYear());
        yearInRange(v, "lastYear", input.lastYear());
        if (!v.has("firstYear") && !v.has("lastYear")) {
            if (input.lastYear() < input.firstYear()) {
                v.add("lastYear", "before-first-year");
            } else if (input.lastYear() - input.firstYear() + 1 > MAX_YEARS) {
                v.add("lastYear", "range-too-long", MAX_YEARS);
            }
        }
        if (input.sourceUrl() != null && !input.sourceUrl().isBlank()
                && !input.sourceUrl().matches("https?://\\S+")) {
            v.add("sourceUrl", "not-a-url");
        }
        int deadline = input.reportDeadlineDays() == null ? 31 : input.reportDeadlineDays();
        if (deadline < 0 || deadline > 366) {
            v.add("reportDeadlineDays", "out-of-range", 0, 366);
        }
        v.throwIfAny();
        plan.code = input.code();
        plan.titleVi = input.titleVi().trim();
        plan.titleEn = input.titleEn().trim();
        plan.firstYear = input.firstYear();
        plan.lastYear = input.lastYear();
        plan.issuingBodyVi = input.issuingBodyVi().trim();
        plan.issuingBodyEn = input.issuingBodyEn().trim();
        plan.sourceUrl = input.sourceUrl() == null || input.sourceUrl().isBlank() ? null : input.sourceUrl().trim();
        plan.sourceText = input.sourceText();
        plan.reportDeadlineDays = deadline;
    }

    private static void yearInRange(Violations v, String field, Integer year) {
        if (year != null && (year < Period.MIN_YEAR || year > Period.MAX_YEAR)) {
            v.add(field, "out-of-range", Period.MIN_YEAR, Period.MAX_YEAR);
        }
    }
}
