package vn.planmonitor.notification;

import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.plan.Plan;

import java.time.LocalDate;

/** What one event tells its recipients: the same for each of them, written once per account. */
record Notice(NotificationKind kind, Plan plan, OrgUnit unit, String periodCode, Long submissionId, String actor,
              String comment, LocalDate dueDate) {
}
