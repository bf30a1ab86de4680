package dev.pilothouse.plugin.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.pilothouse.testsupport.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = ArchitectureRules.productionClasses("dev.pilothouse.plugin.api");
    }

    @Test
    void apiIsHeadless() {
        ArchitectureRules.HEADLESS.check(classes);
    }

    @Test
    void apiNeverPrints() {
        ArchitectureRules.NO_STANDARD_STREAMS.check(classes);
    }

    @Test
    void apiDoesNotUseJavaUtilLogging() {
        ArchitectureRules.NO_JUL.check(classes);
    }

    @Test
    void apiNeedsNothingButTheJdk() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "dev.pilothouse.plugin.api..")
                .because("a plugin compiles against the API jar alone (docs/decisions/0008-plugin-api.md)")
                .check(classes);
    }

    @Test
    void internalPackagesOfOtherModulesStayUnused() {
        ArchitectureRules.internalsStayHome("dev.pilothouse.plugin.api").check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        ArchitectureRules.noPackageCycles("dev.pilothouse.plugin.api").check(classes);
    }

    @Test
    void onlyTheRuntimeBridgeTalksToHarper() {
        ArchitectureRules.ONLY_THE_BRIDGE_TALKS_TO_HARPER.check(classes);
    }

    @Test
    void jsonMappersComeFromTheirHome() {
        ArchitectureRules.ONE_JSON_POLICY.check(classes);
    }
}
