package dev.pilothouse.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.UI;
import dev.pilothouse.testsupport.ArchitectureRules;
import dev.pilothouse.testsupport.PackageCycles;
import dev.pilothouse.web.archfixture.DirectBoundaryChanges;
import dev.pilothouse.web.ui.WebUi;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = ArchitectureRules.productionClasses("dev.pilothouse.web");
    }

    @Test
    void onlyTheGatewayCallsUiAccess() {
        ArchRule rule = noClasses()
                .that()
                .doNotBelongToAnyOf(WebUi.class)
                .should()
                .callMethod(UI.class, "access", com.vaadin.flow.server.Command.class)
                .orShould()
                .callMethod(UI.class, "accessSynchronously", com.vaadin.flow.server.Command.class)
                .because("one thread gateway per toolkit (aesthetics §4.11)");
        rule.check(classes);
    }

    @Test
    void theConsoleNeverPrints() {
        ArchitectureRules.NO_STANDARD_STREAMS.check(classes);
    }

    @Test
    void theConsoleDeploysOnlyThroughGovernance() {
        ArchitectureRules.ONLY_GOVERNANCE_DEPLOYS.check(classes);
    }

    @Test
    void internalPackagesOfOtherModulesStayUnused() {
        ArchitectureRules.internalsStayHome("dev.pilothouse.web").check(classes);
    }

    /**
     * The package cycles this module still has, pinned (docs/architecture.md, "Package cycles"): a new one, or a
     * package drawn into one of these, fails; breaking one means shrinking this list.
     */
    @Test
    void packageCyclesAreOnlyThePinnedOnes() {
        assertThat(PackageCycles.of(classes, "dev.pilothouse.web"))
                .containsExactlyInAnyOrder(Set.of(
                        "",
                        "agents",
                        "review",
                        "security",
                        "views",
                        "views.admin",
                        "views.diagram",
                        "views.plugins",
                        "views.review"));
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
    void theConsoleChangesTheBoundaryOnlyThroughRequests() {
        ArchitectureRules.ONLY_REQUESTS_CHANGE_THE_BOUNDARY.check(classes);
    }

    @Test
    void eachDirectBoundaryChangeFailsTheRequestsRule() {
        var result = ArchitectureRules.ONLY_REQUESTS_CHANGE_THE_BOUNDARY.evaluate(
                new ClassFileImporter().importClasses(DirectBoundaryChanges.class));
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("agentToken(", "AgentRegistry.add("))
                .anySatisfy(line -> assertThat(line).contains("pluginJar(", "PluginTrust.trust("))
                .anySatisfy(line -> assertThat(line).contains("pluginHash(", "PluginTrust.trustHash("))
                .anySatisfy(line -> assertThat(line).contains("webRoles(", "UserStore.setRoles("))
                .anySatisfy(line -> assertThat(line).contains("policy(", "PolicyStore.save("));
    }
}
