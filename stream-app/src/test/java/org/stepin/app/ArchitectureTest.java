package org.stepin.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package structure of stream-app's main code: no package cycles; serialisation knows no topology. */
@AnalyzeClasses(packages = "org.stepin.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** Every package is a slice; no slice may reach itself again through the others. */
    @ArchTest
    final ArchRule packagesAreFreeOfCycles = slices().matching("org.stepin.app.(**)").namingSlices("app.$1")
            .should().beFreeOfCycles();

    @ArchTest
    final ArchRule serdeKnowsNoTopology = noClasses().that().resideInAPackage("org.stepin.app.serde..")
            .should().dependOnClassesThat().resideInAPackage("org.stepin.app.topology..")
            .because("the topology uses the serdes, not the other way round");
}
