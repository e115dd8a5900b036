package org.stepin.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package structure of detector-core's main code: no package cycles, and no Kafka or Micrometer in the code
 * (the library stays pure; the enforcer's {@code core-stays-pure} execution bans them as dependencies).
 */
@AnalyzeClasses(packages = "org.stepin", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** Every package is a slice; no slice may reach itself again through the others. */
    @ArchTest
    final ArchRule packagesAreFreeOfCycles = slices().matching("org.stepin.(**)").namingSlices("$1")
            .should().beFreeOfCycles();

    @ArchTest
    final ArchRule coreNeverUsesKafkaOrMicrometer = noClasses().that().resideInAPackage("org.stepin..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "io.micrometer..")
            .because("detector-core is a pure library: no Kafka, no Micrometer (DESIGN.md)");
}
