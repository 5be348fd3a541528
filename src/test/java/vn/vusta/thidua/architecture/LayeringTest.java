package vn.vusta.thidua.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering the code promises (issue 18): features never touch Camunda's internal API — what changes the engine
 * lives in {@code engine} — and no two feature packages depend on each other in a cycle.
 */
class LayeringTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.vusta.thidua");

    @Test
    void onlyTheEnginePackageUsesCamundasInternalApi() {
        noClasses().that().resideOutsideOfPackage("vn.vusta.thidua.engine..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
                .because("engine plug-ins live in one place (docs/upgrading.md); features use the public API")
                .check(PRODUCT);
    }

    @Test
    void theEngineKnowsNoFeature() {
        noClasses().that().resideInAPackage("vn.vusta.thidua.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.vusta.thidua.registration..",
                        "vn.vusta.thidua.review..", "vn.vusta.thidua.summary..", "vn.vusta.thidua.vote..",
                        "vn.vusta.thidua.council..", "vn.vusta.thidua.cycle..", "vn.vusta.thidua.documents..",
                        "vn.vusta.thidua.workflow..", "vn.vusta.thidua.reference..", "vn.vusta.thidua.identity..")
                .check(PRODUCT);
    }

    @Test
    void noCycleBetweenFeatures() {
        slices().matching("vn.vusta.thidua.(*)..").should().beFreeOfCycles().check(PRODUCT);
    }
}
