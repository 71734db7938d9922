package vn.planmonitor.submission;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import vn.planmonitor.common.ApiException;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.security.CallerScope;

/**
 * Finds a report only if the caller may see it. A report outside the caller's units answers 404,
 * exactly like one that does not exist, so ids cannot be probed.
 */
@RequestScoped
public class SubmissionAccess {

    @Inject
    CallerScope scope;

    public Submission readable(long id) {
        Submission s = SubmissionService.find(id);
        if (!scope.mayRead(s.orgUnit)) {
            throw ApiException.notFound("submission", id);
        }
        return s;
    }

    public Submission writable(long id) {
        Submission s = readable(id);
        requireWrite(s.orgUnit);
        return s;
    }

    public void requireWrite(OrgUnit unit) {
        if (!scope.mayWrite(unit)) {
            throw new ApiException(403, "unit-not-allowed", unit.code);
        }
    }
}
