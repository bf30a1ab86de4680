package dev.pilothouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.pilothouse.testsupport.ArchitectureRules;
import dev.pilothouse.testsupport.PackageCycles;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = ArchitectureRules.productionClasses("dev.pilothouse.runtime");

    @Test
    void bridgeIsHeadless() {
        ArchitectureRules.HEADLESS.check(CLASSES);
    }

    @Test
    void bridgeNeverPrintsToStandardStreams() {
        ArchitectureRules.NO_STANDARD_STREAMS.check(CLASSES);
    }

    @Test
    void bridgeLogsThroughSlf4jOnly() {
        ArchitectureRules.NO_JUL.check(CLASSES);
    }

    @Test
    void internalPackagesOfOtherModulesStayUnused() {
        ArchitectureRules.internalsStayHome("dev.pilothouse.runtime").check(CLASSES);
    }

    /**
     * The package cycles this module still has, pinned (docs/architecture.md, "Package cycles"): a new one, or a
     * package drawn into one of these, fails; breaking one means shrinking this list.
     */
    @Test
    void packageCyclesAreOnlyThePinnedOnes() {
        assertThat(PackageCycles.of(CLASSES, "dev.pilothouse.runtime"))
                .containsExactlyInAnyOrder(Set.of("", "internal"));
    }

    @Test
    void jsonMappersComeFromTheirHome() {
        ArchitectureRules.ONE_JSON_POLICY.check(CLASSES);
    }
}
