package dev.pilothouse.schema;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.pilothouse.testsupport.ArchitectureRules;
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
}
