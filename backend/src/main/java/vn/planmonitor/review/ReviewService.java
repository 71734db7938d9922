package vn.planmonitor.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.planmonitor.common.RetryOnConflict;
import vn.planmonitor.common.Text;
import vn.planmonitor.audit.AuditAction;
import vn.planmonitor.audit.AuditTrail;
import vn.planmonitor.common.ApiException;
import vn.planmonitor.common.Versions;
import vn.planmonitor.common.Violations;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.period.Period;
import vn.planmonitor.submission.ReportStatusChanges;
import vn.planmonitor.submission.ReviewTimes;
import vn.planmonitor.submission.Submission;
import vn.planmonitor.submission.SubmissionAccess;
import vn.planmonitor.submission.SubmissionStatus;
import vn.planmonitor.submission.SubmissionView;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import vn.planmonitor.common.Today;
import vn.planmonitor.completeness.Deadlines;
import vn.planmonitor.security.CallerScope;

/**
 * The review workflow: DRAFT → SUBMITTED → APPROVED, or SUBMITTED → RETURNED (with a reason) →
 * edited → SUBMITTED again; an APPROVED report is locked until a reviewer reopens it, with a reason.
 * Every step checks the version the caller saw, so two reviewers cannot both decide.
 */
@ApplicationScoped
@Transactional
// A report's status change updates its targets' progress summaries, the hottest rows there are: on a
// multi-primary cluster two nodes may change one at once, and the loser is simply run again.
@RetryOnConflict
public class ReviewService {

    /** A figure includes an approved report from the moment of its approval, in the same transaction. */
    @Inject
    ReportStatusChanges statusChanges;

    static final int MAX_COMMENT = 2000;

    @Inject
    AuditTrail audit;

    @Inject
    CallerScope caller;

    @Inject
    SubmissionAccess access;

    @Inject
    ReviewConfig config;

    /** "Now" for the stamps the deadline rules compare (onTime, late): the one clock of {@code Today}. */
    @Inject
    Clock clock;

    public SubmissionView submit(long id, String ifMatch, ReviewComment body) {
        Submission s = load(id, ifMatch, AuditAction.SUBMIT, Set.of(SubmissionStatus.DRAFT, SubmissionStatus.RETURNED));
        String comment = comment(body, false);
        Violations v = new Violations();
        SubmitRules.check(s, Indicator.listForPlan(s.plan), v);
        v.throwIfAny();
        // Queries first: a query would flush a half-changed report and move its version twice.
        Period previous = Period.parse(s.periodCode).orElseThrow().previous();
        Submission before = Submission.find(s.plan, s.orgUnit, previous.code()).orElse(null);
        s.warnings.clear();
        Submission.flush(); // old warnings are deleted before new ones are written
        Instant now = Instant.now(clock);
        if (s.firstSubmittedAt == null) {
            s.firstSubmittedAt = now;
            s.onTime = !now.atZone(Today.ZONE).toLocalDate().isAfter(deadline(s));
        }
        s.submittedAt = now;
        s.submittedBy = caller.name();
        s.warnings.addAll(OutlierCheck.check(s, before, config.outlierFactor()));
        return transition(s, AuditAction.SUBMIT, SubmissionStatus.SUBMITTED, comment, false);
    }

    public SubmissionView approve(long id, String ifMatch, ReviewComment body) {
        Submission s = load(id, ifMatch, AuditAction.APPROVE, Set.of(SubmissionStatus.SUBMITTED));
        return transition(s, AuditAction.APPROVE, SubmissionStatus.APPROVED, comment(body, false), true);
    }

    public SubmissionView returnForCorrection(long id, String ifMatch, ReviewComment body) {
        Submission s = load(id, ifMatch, AuditAction.RETURN, Set.of(SubmissionStatus.SUBMITTED));
        return transition(s, AuditAction.RETURN, SubmissionStatus.RETURNED, comment(body, true), true);
    }

    public SubmissionView reopen(long id, String ifMatch, ReviewComment body) {
        Submission s = load(id, ifMatch, AuditAction.REOPEN, Set.of(SubmissionStatus.APPROVED));
        return transition(s, AuditAction.REOPEN, SubmissionStatus.RETURNED, comment(body, true), true);
    }

    static LocalDate deadline(Submission s) {
        return Deadlines.dueDate(Period.parse(s.periodCode).orElseThrow(), s.plan.reportDeadlineDays);
    }

    private Submission load(long id, String ifMatch, AuditAction action, Set<SubmissionStatus> from) {
        Submission s = action == AuditAction.SUBMIT ? access.writable(id) : access.readable(id);
        Versions.requireMatch(ifMatch, s.version);
        if (!from.contains(s.status)) {
            if (s.status == SubmissionStatus.APPROVED) {
                throw ApiException.conflict("submission-approved", ReviewTimes.format(s.decidedAt), s.decidedBy);
            }
            throw ApiException.conflict("transition-not-allowed", action, s.status);
        }
        return s;
    }

    private SubmissionView transition(Submission s, AuditAction action, SubmissionStatus to, String comment,
                                      boolean decision) {
        SubmissionStatus from = s.status;
        statusChanges.run(s, () -> {
            s.status = to;
            if (decision) {
                s.decidedAt = Instant.now();
                s.decidedBy = caller.name();
                s.reviewComment = comment;
            }
            s.touch();
        });
        audit.record(s, action, "status", from.name(), to.name(), comment);
        return SubmissionView.of(s);
    }

    private static String comment(ReviewComment body, boolean required) {
        String comment = body == null ? null : Text.trimToNull(body.comment());
        Violations v = new Violations();
        if (required) {
            v.required("comment", comment);
        }
        v.multiLine("comment", comment, MAX_COMMENT).throwIfAny();
        return comment;
    }
}
