package dev.pilothouse.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.UI;
import dev.pilothouse.testsupport.ArchitectureRules;
import dev.pilothouse.web.ui.WebUi;
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
        ArchRule rule = noClasses().that().doNotBelongToAnyOf(WebUi.class)
                .should().callMethod(UI.class, "access", com.vaadin.flow.server.Command.class)
                .orShould().callMethod(UI.class, "accessSynchronously", com.vaadin.flow.server.Command.class)
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
}
