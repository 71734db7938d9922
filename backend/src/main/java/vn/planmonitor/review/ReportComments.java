package vn.planmonitor.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.planmonitor.audit.AuditAction;
import vn.planmonitor.audit.AuditTrail;
import vn.planmonitor.audit.AuditView;
import vn.planmonitor.common.ApiException;
import vn.planmonitor.common.Text;
import vn.planmonitor.common.Violations;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.security.Caller;
import vn.planmonitor.security.CallerScope;
import vn.planmonitor.security.Role;
import vn.planmonitor.submission.Submission;
import vn.planmonitor.submission.SubmissionAccess;

import java.util.List;

/**
 * The discussion on a report between its unit's officers and the reviewers, and comments on single
 * values ("số liệu theo Quyết định 123/QĐ-UBND"). Each message is a COMMENT step of the report's audit
 * trail, so it is in the report's history, in order with the edits and decisions it is about, and
 * append-only like them. The unit scope is the report's: a report the caller may not read answers 404.
 * A message is allowed in every status, an approved report's included: it changes no figure.
 */
@ApplicationScoped
@Transactional
public class ReportComments {

    @Inject
    SubmissionAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    CallerScope scope;

    @Inject
    Event<ReportCommented> commented;

    public AuditView add(long submissionId, ReportCommentInput in) {
        Submission s = access.readable(submissionId);
        if (in == null) {
            throw ApiException.badRequest("body-required");
        }
        String text = Text.trimToNull(in.text());
        Violations v = new Violations();
        v.multiLineText("text", text, ReviewService.MAX_COMMENT);
        String indicator = Text.trimToNull(in.indicatorCode());
        if (indicator != null) {
            List<Indicator> ofPlan = Indicator.listForPlan(s.plan);
            if (ofPlan.stream().noneMatch(i -> i.code.equals(indicator))) {
                v.add("indicatorCode", "unknown-code", indicator);
            }
        }
        v.throwIfAny();
        AuditView step = audit.record(s, AuditAction.COMMENT, indicator, null, null, text);
        Caller caller = scope.caller();
        commented.fire(new ReportCommented(s, scope.name(), caller != null && caller.has(Role.REVIEWER_ROLE), text));
        return step;
    }
}
