package vn.planmonitor.orgunit;

/** What kind of reporting unit this is; indicators say which kinds report them. */
public enum OrgUnitType {
    DISTRICT, WARD, AGENCY, PUBLIC_SERVICE_UNIT, SCHOOL
}
