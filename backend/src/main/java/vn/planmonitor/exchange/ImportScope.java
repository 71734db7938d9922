package vn.planmonitor.exchange;

/**
 * Which units the caller may write values for. Accounts and tokens do not exist yet (the security
 * issue); until then {@link HeaderImportScope} stands in for a token's unit scope.
 */
public interface ImportScope {

    boolean allows(String orgUnitCode);
}
