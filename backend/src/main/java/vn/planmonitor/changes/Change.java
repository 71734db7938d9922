package vn.planmonitor.changes;

import java.time.Instant;

/**
 * One entry of the change feed as it is stored and answered. {@code reportUnitId} is the unit of a report's
 * entry, for the reader's unit scope; never sent. Who made the change is left out: the feed is read by other
 * systems, and the report's own history names the person to those allowed to see it.
 */
record Change(String type, String action, long id, String code, String planCode, String orgUnitCode, String period,
              Instant at, Long reportUnitId) {

    static final String REPORT = "report";
    static final String UNIT = "unit";
    static final String INDICATOR = "indicator";
    static final String TARGET = "target";
    static final String PLAN = "plan";
}
