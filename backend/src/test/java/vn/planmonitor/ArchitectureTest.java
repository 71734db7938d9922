package vn.planmonitor;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The packages depend one way, and this fails the build the moment a dependency comes back the other
 * way. From the top: the public portal and the demo data read progress; progress (the summaries and
 * the arithmetic) reads the domain; the domain packages — which may use one another — never read
 * progress: they announce their changes with CDI events ({@code UnitChanging}, {@code IndicatorChanged},
 * {@code TargetChanged}, {@code ReportStatusChanging}…) that progress observes; and {@code common} reads
 * none of them. Notifications sit beside progress, above the domain: they observe the same events
 * ({@code ReportStatusChanged}) and read the domain to decide who is told, and the domain never knows they
 * exist; webhooks likewise (the same events, written to their own outbox), and the change feed (the same events and a
 * few more, written to its own table). Production classes only: tests may reach into any package.
 */
@AnalyzeClasses(packages = "vn.planmonitor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] ENTRY = {"vn.planmonitor.portal..", "vn.planmonitor.demo..", "vn.planmonitor.report.."};
    private static final String[] PROGRESS = {"vn.planmonitor.progress.."};
    private static final String[] NOTIFICATION = {"vn.planmonitor.notification..", "vn.planmonitor.webhook..",
            "vn.planmonitor.changes.."};
    private static final String[] DOMAIN = {"vn.planmonitor.attachment..", "vn.planmonitor.audit..", "vn.planmonitor.completeness..",
            "vn.planmonitor.exchange..", "vn.planmonitor.indicator..", "vn.planmonitor.orgunit..",
            "vn.planmonitor.period..", "vn.planmonitor.plan..", "vn.planmonitor.review..",
            "vn.planmonitor.security..", "vn.planmonitor.submission..", "vn.planmonitor.targets.."};
    private static final String[] COMMON = {"vn.planmonitor.common.."};

    @ArchTest
    static final ArchRule packagesDependOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Entry").definedBy(ENTRY)
            .layer("Progress").definedBy(PROGRESS)
            .layer("Notification").definedBy(NOTIFICATION)
            .layer("Domain").definedBy(DOMAIN)
            .layer("Common").definedBy(COMMON)
            .whereLayer("Entry").mayNotBeAccessedByAnyLayer()
            .whereLayer("Progress").mayOnlyBeAccessedByLayers("Entry")
            .whereLayer("Notification").mayNotBeAccessedByAnyLayer()
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Entry", "Progress", "Notification")
            .whereLayer("Common").mayNotAccessAnyLayer();

    /** A new package must be given its place above, or it would escape the rule. */
    @ArchTest
    static final ArchRule everyPackageHasALayer = classes().that().resideInAPackage("vn.planmonitor..")
            .should().resideInAnyPackage(concat(ENTRY, PROGRESS, NOTIFICATION, DOMAIN, COMMON));

    private static String[] concat(String[]... groups) {
        return java.util.Arrays.stream(groups).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }
}
