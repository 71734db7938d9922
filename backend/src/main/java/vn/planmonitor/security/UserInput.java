package vn.planmonitor.security;

import java.util.List;

/** A new or changed account. On update, a null password keeps the current one. */
public record UserInput(String username, String displayName, Role role, List<String> unitCodes, String password,
                        Boolean active) {
}
