package vn.planmonitor.exchange;

/** Which units the caller may write values for; rows for any other unit are refused (E7617). */
public interface ImportScope {

    boolean allows(String orgUnitCode);
}
