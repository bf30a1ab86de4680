package dev.pilothouse.workspace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.pilothouse.testsupport.ArchitectureRules;
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
        noClasses().that().resideOutsideOfPackage("..versioning.internal..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.jgit..")
                .because("JGit stays behind Versioning; RevCommit and ObjectId never leave versioning.internal")
                .check(classes);
    }

    @Test
    void onlyTheGovernedFlowAndTheShadowDeploy() {
        ArchitectureRules.ONLY_GOVERNANCE_DEPLOYS.check(classes);
    }
}
