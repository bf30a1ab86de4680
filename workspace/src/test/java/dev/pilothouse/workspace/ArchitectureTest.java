package dev.pilothouse.workspace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.pilothouse.testsupport.ArchitectureRules;
import dev.pilothouse.testsupport.PackageCycles;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = ArchitectureRules.productionClasses("dev.pilothouse.workspace");
    }

    @Test
    void workspaceKitIsHeadless() {
        ArchitectureRules.HEADLESS.check(classes);
    }

    @Test
    void workspaceKitNeverPrints() {
        ArchitectureRules.NO_STANDARD_STREAMS.check(classes);
    }

    @Test
    void workspaceKitDoesNotUseJavaUtilLogging() {
        ArchitectureRules.NO_JUL.check(classes);
    }

    @Test
    void gitTypesStayBehindTheVersioningService() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..versioning.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.eclipse.jgit..")
                .because("JGit stays behind Versioning; RevCommit and ObjectId never leave versioning.internal")
                .check(classes);
    }

    @Test
    void onlyTheGovernedFlowAndTheShadowDeploy() {
        ArchitectureRules.ONLY_GOVERNANCE_DEPLOYS.check(classes);
    }

    @Test
    void internalPackagesOfOtherModulesStayUnused() {
        ArchitectureRules.internalsStayHome("dev.pilothouse.workspace").check(classes);
    }

    /**
     * The package cycles this module still has, pinned (docs/architecture.md, "Package cycles"): a new one, or a
     * package drawn into one of these, fails; breaking one means shrinking this list.
     */
    @Test
    void packageCyclesAreOnlyThePinnedOnes() {
        assertThat(PackageCycles.of(classes, "dev.pilothouse.workspace"))
                .containsExactlyInAnyOrder(Set.of(
                        "",
                        "audit",
                        "deploy",
                        "humans",
                        "policy",
                        "proposal",
                        "requests",
                        "shadow",
                        "validate",
                        "versioning",
                        "versioning.internal"));
    }

    @Test
    void onlyTheRuntimeBridgeTalksToHarper() {
        ArchitectureRules.ONLY_THE_BRIDGE_TALKS_TO_HARPER.check(classes);
    }

    @Test
    void jsonMappersComeFromTheirHome() {
        ArchitectureRules.ONE_JSON_POLICY.check(classes);
    }

    /** Policy, agent tokens, web roles and plugin trust change only where an approved request is applied. */
    @Test
    void theKitChangesTheBoundaryOnlyThroughRequests() {
        ArchitectureRules.ONLY_REQUESTS_CHANGE_THE_BOUNDARY.check(classes);
    }
}
