package dev.pilothouse.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each shared rule, run on fixtures that break it, reports the break (so a passing module check means something). */
class RulesCanFailTest {

    private static final String FIXTURES = "dev.pilothouse.testsupport.cycle";
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURES);

    @Test
    void aTwoPackageCycleIsFoundAndNothingElse() {
        assertThat(PackageCycles.of(CLASSES, FIXTURES)).containsExactly(Set.of("a", "b"));
    }

    @Test
    void theCycleRuleFailsOnTheCycle() {
        assertThat(ArchitectureRules.noPackageCycles(FIXTURES).evaluate(CLASSES).hasViolation())
                .isTrue();
    }

    @Test
    void anotherModulesInternalPackageIsAViolation() {
        var result = ArchitectureRules.internalsStayHome(FIXTURES).evaluate(CLASSES);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("Secret"));
    }

    @Test
    void aDirectBoundaryChangeOutsideARequestApplierIsAViolation() {
        JavaClasses apply = new ClassFileImporter().importPackages("dev.pilothouse.testsupport.apply");
        var rule = ArchitectureRules.onlyRequestsApply(
                Map.of("dev.pilothouse.testsupport.apply.Store", Set.of("save")),
                Set.of("dev.pilothouse.testsupport.apply.Applier"));

        var result = rule.evaluate(apply);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("Shortcut.saveNow(") && line.contains("Store.save("))
                .anyMatch(line -> line.contains("Reference.saver(") && line.contains("Store.save("))
                .noneMatch(line -> line.contains("RequestApplier"))
                .noneMatch(line -> line.contains("Store.saveTwice("))
                .hasSize(2);
    }

    @Test
    void anHttpClientOutsideTheBridgeIsAViolation() {
        var result = ArchitectureRules.ONLY_THE_BRIDGE_TALKS_TO_HARPER.evaluate(CLASSES);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("HttpClient"));
    }

    @Test
    void aComponentNamedAfterTheFoldersFileNameIsAViolation() {
        var result = ArchitectureRules.componentNamesFromAppName(Set.of(FIXTURES + ".c.Component"))
                .evaluate(CLASSES);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("FolderNamer"));
    }

    @Test
    void aMapperBuiltOutsideItsHomeIsAViolation() {
        Set<String> mapper = Set.of(FIXTURES + ".c.Component");
        var result = ArchitectureRules.jsonMappersOnlyIn(Set.of(FIXTURES + ".c.Outsider"), mapper)
                .evaluate(CLASSES);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("FolderNamer"));
        assertThat(ArchitectureRules.jsonMappersOnlyIn(Set.of(FIXTURES + ".c.FolderNamer"), mapper)
                        .evaluate(CLASSES)
                        .hasViolation())
                .as("the home itself may build one")
                .isFalse();
    }
}
