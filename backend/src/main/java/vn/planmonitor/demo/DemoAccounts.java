package vn.planmonitor.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.planmonitor.security.Role;
import vn.planmonitor.security.UserService;

/** One account per role for trying the product in {@code make run}; never built into tests or production. */
@ApplicationScoped
@IfBuildProfile("local")
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class);

    @Inject
    UserService users;

    @Transactional
    void create(@Observes @Priority(10) StartupEvent event) {
        users.createIfMissing("admin", "Quản trị hệ thống", Role.ADMIN, "quan11-admin");
        users.createIfMissing("reviewer", "Chuyên viên Phòng Kinh tế (duyệt)", Role.REVIEWER, "quan11-duyet");
        users.createIfMissing("phuong1", "Cán bộ Phường 1", Role.REPORTER, "quan11-phuong1", "P01");
        users.createIfMissing("viewer", "Lãnh đạo UBND quận (xem)", Role.VIEWER, "quan11-xem");
        LOG.info("Demo accounts (make run only): admin / quan11-admin, reviewer / quan11-duyet, "
                + "phuong1 / quan11-phuong1 (Phường 1), viewer / quan11-xem");
    }
}
