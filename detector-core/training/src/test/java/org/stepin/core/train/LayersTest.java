package org.stepin.core.train;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of the detector's main code as a whole (detector-core and this module, both on this class path): no
 * package cycle across them, and the runtime packages never reach the trainers or the evaluation, so the artifact
 * `run` ships (detector-core) needs neither.
 */
@AnalyzeClasses(packages = "org.stepin.core", importOptions = LayersTest.MainCodeOnly.class)
class LayersTest {
    @ArchTest
    final ArchRule packagesAreFreeOfCycles = slices().matching("org.stepin.(**)").namingSlices("$1")
            .should().beFreeOfCycles();

    @ArchTest
    final ArchRule runtimeNeverReachesTrainingOrEvaluation = noClasses().that()
            .resideOutsideOfPackages("org.stepin.core.train..", "org.stepin.core.eval..")
            .should().dependOnClassesThat().resideInAnyPackage("org.stepin.core.train..", "org.stepin.core.eval..")
            .because("trainers and evaluation are build and analyst tools, never on the class path of run");

    @ArchTest
    final ArchRule trainingNeverReachesEvaluation = noClasses().that().resideInAPackage("org.stepin.core.train..")
            .should().dependOnClassesThat().resideInAPackage("org.stepin.core.eval..")
            .because("evaluation measures what training made, not the other way round");

    /** Main classes only: neither test-classes folders nor test-jars (detector-core's fixtures). */
    static final class MainCodeOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.contains("-tests.jar");
        }
    }
}
