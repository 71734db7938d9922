package vn.planmonitor.demo;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Loads {@link ExamplePlan} at start in the {@code local} profile ({@code make run}) only. */
@ApplicationScoped
@IfBuildProfile("local")
public class ExamplePlanDemo {

    private static final Logger LOG = Logger.getLogger(ExamplePlanDemo.class);

    @Inject
    ExamplePlan example;

    void load(@Observes StartupEvent event) {
        if (example.load()) {
            LOG.infof("Loaded the example plan %s (every target kind; demo reports of 2021–%d)", ExamplePlan.CODE,
                    ExamplePlan.LAST_REPORTED_YEAR);
        }
    }
}
