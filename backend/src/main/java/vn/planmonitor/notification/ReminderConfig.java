package vn.planmonitor.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The deadline reminders ({@code planmonitor.reminders.*}); see {@link Reminders}. */
@ConfigMapping(prefix = "planmonitor.reminders")
public interface ReminderConfig {

    /** How often the job looks for reports to remind of; {@code off} only when asked (the tests). Read by the schedule. */
    @WithDefault("1h")
    String checkEvery();

    /** "Deadline soon" is sent from this many days before a report's due date until the due date itself. */
    @WithDefault("7")
    int daysBefore();

    /**
     * "Overdue" is sent in this many days after the due date, not later: a unit is chased once for a
     * report it just missed, not, on the first start, for every year of a plan that began long ago.
     */
    @WithDefault("30")
    int overdueWithinDays();
}
