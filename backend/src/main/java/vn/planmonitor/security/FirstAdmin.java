package vn.planmonitor.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * A fresh installation has no accounts, so nobody could sign in to create one: the first admin
 * comes from configuration ({@code ADMIN_PASSWORD} in production). It is created only while no
 * account exists, so changing the setting later never resets a password.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    @Inject
    AdminConfig config;

    @Inject
    UserService users;

    @Transactional
    void create(@Observes StartupEvent event) {
        if (AppUser.count() > 0) {
            return;
        }
        if (config.password().isEmpty() || config.password().get().isBlank()) {
            LOG.warn("No account exists and planmonitor.admin.password (ADMIN_PASSWORD) is not set: nobody can sign in.");
            return;
        }
        users.createIfMissing(config.username(), "Quản trị hệ thống / Administrator", Role.ADMIN,
                config.password().get());
        LOG.infof("Created the first admin account '%s' from configuration.", config.username());
    }
}
