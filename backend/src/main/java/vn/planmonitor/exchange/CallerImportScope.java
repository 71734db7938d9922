package vn.planmonitor.exchange;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.security.CallerScope;

import java.util.HashMap;
import java.util.Map;

/** The caller's unit scope, the same as for the report form: a reporter's or a write token's units. */
@RequestScoped
public class CallerImportScope implements ImportScope {

    @Inject
    CallerScope scope;

    private final Map<String, Boolean> answers = new HashMap<>();

    @Override
    public boolean allows(String orgUnitCode) {
        return answers.computeIfAbsent(orgUnitCode, code -> OrgUnit.findByCode(code).map(scope::mayWrite)
                .orElse(false));
    }
}
