package org.stepin.app.tools;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The runtime (stream-app) and the tools together: no package cycle across them, and the runtime never reaches the
 * tools' packages (evaluation, demo, embedded broker, replay, analyst commands), so `run` ships none of them.
 */
@AnalyzeClasses(packages = "org.stepin.app", importOptions = ToolsLayersTest.MainCodeOnly.class)
class ToolsLayersTest {
    private static final String[] TOOLS = {"org.stepin.app.tools..", "org.stepin.app.evaluate..",
        "org.stepin.app.demo..", "org.stepin.app.embedded..", "org.stepin.app.replay.."};

    @ArchTest
    final ArchRule packagesAreFreeOfCycles = slices().matching("org.stepin.app.(**)").namingSlices("app.$1")
            .should().beFreeOfCycles();

    @ArchTest
    final ArchRule runtimeNeverReachesTheTools = noClasses().that().resideOutsideOfPackages(TOOLS)
            .should().dependOnClassesThat().resideInAnyPackage(TOOLS)
            .because("the runtime jar of run carries no evaluation, demo or analyst tooling");

    /** Main classes only: neither test-classes folders nor test-jars (the runtime's fixtures). */
    static final class MainCodeOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.contains("-tests.jar");
        }
    }
}
