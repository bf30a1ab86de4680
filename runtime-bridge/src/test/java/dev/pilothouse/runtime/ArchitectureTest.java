package dev.pilothouse.runtime;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.pilothouse.testsupport.ArchitectureRules;
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
}
