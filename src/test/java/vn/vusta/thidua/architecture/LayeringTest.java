package vn.vusta.thidua.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering the code promises (issue 18): features never touch Camunda's internal API — what changes the engine
 * lives in {@code engine} — no two feature packages depend on each other in a cycle, and no phase depends on another.
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
                        "vn.vusta.thidua.midyear..", "vn.vusta.thidua.yearend..", "vn.vusta.thidua.vote..",
                        "vn.vusta.thidua.council..", "vn.vusta.thidua.cycle..", "vn.vusta.thidua.documents..",
                        "vn.vusta.thidua.workflow..", "vn.vusta.thidua.reference..", "vn.vusta.thidua.identity..")
                .check(PRODUCT);
    }

    private static final List<String> PHASES = List.of("registration", "midyear", "yearend", "vote", "council");

    /**
     * A phase reads what an earlier one recorded through a small interface in {@code cycle} or {@code submission}
     * that the earlier phase implements ({@code RegisteredTargets}, {@code YearEndScores}, {@code VoteOutcomes}).
     */
    @Test
    void phasesDoNotDependOnEachOther() {
        for (String phase : PHASES) {
            String[] others = PHASES.stream().filter(other -> !other.equals(phase))
                    .map(other -> "vn.vusta.thidua." + other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("vn.vusta.thidua." + phase + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("phases depend on cycle, submission, reference, rules and workflow, never on each other")
                    .check(PRODUCT);
        }
    }

    /** The shared pieces know no phase, and neither do the engine's plug-ins (see theEngineKnowsNoFeature). */
    @Test
    void theSharedPackagesKnowNoPhase() {
        noClasses().that().resideInAnyPackage("vn.vusta.thidua.cycle..", "vn.vusta.thidua.submission..",
                        "vn.vusta.thidua.workflow..", "vn.vusta.thidua.rules..", "vn.vusta.thidua.reference..")
                .should().dependOnClassesThat().resideInAnyPackage(PHASES.stream()
                        .map(phase -> "vn.vusta.thidua." + phase + "..").toArray(String[]::new))
                .check(PRODUCT);
    }

    @Test
    void noCycleBetweenFeatures() {
        slices().matching("vn.vusta.thidua.(*)..").should().beFreeOfCycles().check(PRODUCT);
    }
}
