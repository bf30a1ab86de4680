package dev.pilothouse.plugin.bundled;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.pilothouse.testsupport.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = ArchitectureRules.productionClasses("dev.pilothouse.plugin.bundled");
    }

    @Test
    void bundledPluginsIsHeadless() {
        ArchitectureRules.HEADLESS.check(classes);
    }

    @Test
    void bundledPluginsNeverPrints() {
        ArchitectureRules.NO_STANDARD_STREAMS.check(classes);
    }

    @Test
    void bundledPluginsDoesNotUseJavaUtilLogging() {
        ArchitectureRules.NO_JUL.check(classes);
    }
}
