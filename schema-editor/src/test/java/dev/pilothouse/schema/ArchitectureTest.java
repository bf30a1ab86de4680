package dev.pilothouse.schema;

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
        classes = ArchitectureRules.productionClasses("dev.pilothouse.schema");
    }

    @Test
    void languageServiceIsHeadless() {
        ArchitectureRules.HEADLESS.check(classes);
    }

    @Test
    void antlrTypesStayInTheParserPackage() {
        ArchitectureRules.ANTLR_STAYS_IN_PARSER.check(classes);
    }

    @Test
    void languageServiceNeverPrints() {
        ArchitectureRules.NO_STANDARD_STREAMS.check(classes);
    }

    @Test
    void languageServiceDoesNotUseJavaUtilLogging() {
        ArchitectureRules.NO_JUL.check(classes);
    }

    @Test
    void internalPackagesOfOtherModulesStayUnused() {
        ArchitectureRules.internalsStayHome("dev.pilothouse.schema").check(classes);
    }

    /**
     * The package cycles this module still has, pinned (docs/architecture.md, "Package cycles"): a new one, or a
     * package drawn into one of these, fails; breaking one means shrinking this list.
     */
    @Test
    void packageCyclesAreOnlyThePinnedOnes() {
        assertThat(PackageCycles.of(classes, "dev.pilothouse.schema"))
                .containsExactlyInAnyOrder(
                        Set.of("", "config", "highlight", "js"), Set.of("graphql", "internal.parser"));
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
