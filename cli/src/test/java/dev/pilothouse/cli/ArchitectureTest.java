package dev.pilothouse.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.pilothouse.testsupport.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CLI's commands reach a runtime's app only through the workspace kit's governed flow. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = ArchitectureRules.productionClasses("dev.pilothouse.cli");
    }

    @Test
    void theCliDeploysOnlyThroughGovernance() {
        ArchitectureRules.ONLY_GOVERNANCE_DEPLOYS.check(classes);
    }

    @Test
    void internalPackagesOfOtherModulesStayUnused() {
        ArchitectureRules.internalsStayHome("dev.pilothouse.cli").check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        ArchitectureRules.noPackageCycles("dev.pilothouse.cli").check(classes);
    }

    @Test
    void onlyTheRuntimeBridgeTalksToHarper() {
        ArchitectureRules.ONLY_THE_BRIDGE_TALKS_TO_HARPER.check(classes);
    }

    @Test
    void componentNamesComeFromAppName() {
        ArchitectureRules.COMPONENT_NAMES_COME_FROM_APP_NAME.check(classes);
    }

    @Test
    void jsonMappersComeFromTheirHome() {
        ArchitectureRules.ONE_JSON_POLICY.check(classes);
    }

    /** Policy, agent tokens, web roles and plugin trust change only where an approved request is applied. */
    @Test
    void theCliChangesTheBoundaryOnlyThroughRequests() {
        ArchitectureRules.ONLY_REQUESTS_CHANGE_THE_BOUNDARY.check(classes);
    }
}
