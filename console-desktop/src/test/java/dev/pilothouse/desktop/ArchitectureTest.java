package dev.pilothouse.desktop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.pilothouse.desktop.archfixture.DirectDeploy;
import dev.pilothouse.desktop.fx.FxThread;
import dev.pilothouse.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The desktop's own layering: one FX-thread gateway, scene-free ViewModels, views that hold no services. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = ArchitectureRules.productionClasses("dev.pilothouse.desktop");

    @Test
    void onlyFxThreadCallsPlatformRunLater() {
        noClasses()
                .that()
                .doNotBelongToAnyOf(FxThread.class)
                .should()
                .callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .because("all work reaches the FX thread through FxThread (aesthetics §6)")
                .check(CLASSES);
    }

    @Test
    void viewModelsNeverTouchTheSceneGraph() {
        noClasses()
                .that()
                .resideInAPackage("..viewmodel..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "javafx.scene..",
                        "javafx.stage..",
                        "org.fxmisc..",
                        "atlantafx..",
                        "dev.pilothouse.desktop.view..",
                        "dev.pilothouse.desktop.fx..")
                .because("ViewModels are plain-JUnit testable: properties and collections only")
                .check(CLASSES);
    }

    @Test
    void viewsDoNotTalkToHarperDirectly() {
        noClasses()
                .that()
                .resideInAPackage("..view..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.pilothouse.desktop.service..")
                .because("views bind to ViewModels; only the composition root creates services")
                .check(CLASSES);
    }

    @Test
    void liveBufferIsToolkitFree() {
        noClasses()
                .that()
                .resideInAPackage("..live..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..")
                .check(CLASSES);
    }

    @Test
    void desktopDoesNotPrint() {
        ArchitectureRules.NO_STANDARD_STREAMS.check(CLASSES);
    }

    @Test
    void theDesktopDeploysOnlyThroughGovernance() {
        ArchitectureRules.ONLY_GOVERNANCE_DEPLOYS.check(CLASSES);
    }

    @Test
    void aDirectDeployOrDropFailsTheGovernanceRule() {
        EvaluationResult result = ArchitectureRules.ONLY_GOVERNANCE_DEPLOYS.evaluate(
                new ClassFileImporter().importClasses(DirectDeploy.class));
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line ->
                        assertThat(line).contains("DirectDeploy.deploy(").contains("Deployer.deploy("))
                .anySatisfy(line ->
                        assertThat(line).contains("DirectDeploy.dropper(").contains("ComponentsApi.drop("));
    }

    @Test
    void internalPackagesOfOtherModulesStayUnused() {
        ArchitectureRules.internalsStayHome("dev.pilothouse.desktop").check(CLASSES);
    }

    @Test
    void packagesHaveNoCycles() {
        ArchitectureRules.noPackageCycles("dev.pilothouse.desktop").check(CLASSES);
    }

    @Test
    void onlyTheRuntimeBridgeTalksToHarper() {
        ArchitectureRules.ONLY_THE_BRIDGE_TALKS_TO_HARPER.check(CLASSES);
    }

    @Test
    void componentNamesComeFromAppName() {
        ArchitectureRules.COMPONENT_NAMES_COME_FROM_APP_NAME.check(CLASSES);
    }

    @Test
    void jsonMappersComeFromTheirHome() {
        ArchitectureRules.ONE_JSON_POLICY.check(CLASSES);
    }

    /** Policy, agent tokens, web roles and plugin trust change only where an approved request is applied. */
    @Test
    void theDesktopChangesTheBoundaryOnlyThroughRequests() {
        ArchitectureRules.ONLY_REQUESTS_CHANGE_THE_BOUNDARY.check(CLASSES);
    }
}
