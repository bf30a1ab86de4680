package dev.pilothouse.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The layering rules of docs/architecture.md, shared so every headless kit checks the same ones.
 */
public final class ArchitectureRules {

    /** Kits are shared by the JavaFX and the Vaadin console, so neither toolkit may leak into them. */
    public static final ArchRule HEADLESS = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.vaadin..")
            .because("kits are headless: both consoles share them (docs/decisions/0002-headless-kits.md)");

    /** Parser-generator types stay behind the converter, so the grammar can change without rippling. */
    public static final ArchRule ANTLR_STAYS_IN_PARSER = noClasses()
            .that().resideOutsideOfPackage("..internal.parser..")
            .should().dependOnClassesThat().resideInAPackage("org.antlr..")
            .because("ANTLR types never leave the parser package (docs/decisions/0003-grammar-design.md)");

    /** Kits report through return values and loggers, never by printing. */
    public static final ArchRule NO_STANDARD_STREAMS =
            GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
                    .because("kits are libraries; only the CLI and the consoles talk to a terminal");

    /** java.util.logging is not our logging API. */
    public static final ArchRule NO_JUL = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    private ArchitectureRules() {
    }

    /** The production classes of one module, identified by its root package. */
    public static JavaClasses productionClasses(String rootPackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
    }
}
