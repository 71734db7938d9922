package vn.planmonitor.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * A fresh installation has no accounts, so nobody could sign in to create one: the first admin
 * comes from configuration ({@code ADMIN_PASSWORD} in production). It is created only while no
 * account exists, so changing the setting later never resets a password.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    @ConfigProperty(name = "planmonitor.admin.username", defaultValue = "admin")
    String username;

    @ConfigProperty(name = "planmonitor.admin.password")
    Optional<String> password;

    @Inject
    UserService users;

    @Transactional
    void create(@Observes StartupEvent event) {
        if (AppUser.count() > 0) {
            return;
        }
        if (password.isEmpty() || password.get().isBlank()) {
            LOG.warn("No account exists and planmonitor.admin.password (ADMIN_PASSWORD) is not set: nobody can sign in.");
            return;
        }
        users.createIfMissing(username, "Quản trị hệ thống / Administrator", Role.ADMIN, password.get());
        LOG.infof("Created the first admin account '%s' from configuration.", username);
    }
}
