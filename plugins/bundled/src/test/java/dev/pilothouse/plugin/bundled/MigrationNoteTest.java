package dev.pilothouse.plugin.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.plugin.api.ChangeClass;
import dev.pilothouse.plugin.api.ChangeView;
import dev.pilothouse.plugin.api.ProposalValidator;
import dev.pilothouse.plugin.api.ProposalView;
import dev.pilothouse.plugin.api.StepResult;
import dev.pilothouse.plugin.api.Verdict;
import dev.pilothouse.plugin.bundled.migration.MigrationNotePlugin;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MigrationNoteTest {

    private static final ChangeView REMOVED =
            new ChangeView("Product", "stock", ChangeClass.BREAKING, "D202", "Attribute stock is removed");
    private static final ChangeView ADDED =
            new ChangeView("Product", "color", ChangeClass.SAFE, "D200", "Attribute color is added");

    private final ProposalValidator validator =
            new MigrationNotePlugin().proposalValidators().getFirst();

    @Test
    void breakingChangeWithoutNoteFailsListingTheChanges() {
        StepResult result = run("Drop stock, nobody reads it", List.of(REMOVED, ADDED), Map.of());
        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.output())
                .contains("1 breaking change(s)")
                .contains("'Migration: ...'")
                .contains("D202 Product.stock")
                .doesNotContain("color");
    }

    @Test
    void breakingChangeWithNotePasses() {
        StepResult result =
                run("Drop stock\n\nMigration: stock moved to the Inventory table in p-12", List.of(REMOVED), Map.of());
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.output()).contains("stock moved to the Inventory table");
    }

    @Test
    void emptyNoteAndOtherMarkerDoNotCount() {
        assertThat(run("Drop stock\nMigration:", List.of(REMOVED), Map.of()).verdict())
                .isEqualTo(Verdict.FAIL);
        assertThat(run("Upgrade: copy first", List.of(REMOVED), Map.of("marker", "Upgrade:"))
                        .verdict())
                .isEqualTo(Verdict.PASS);
    }

    @Test
    void onlySafeChangesNeedNoNote() {
        assertThat(run("Add color", List.of(ADDED), Map.of()).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void warnSettingDowngradesAndBadSettingIsNamed() {
        assertThat(run("x", List.of(REMOVED), Map.of("verdict", "warn")).verdict())
                .isEqualTo(Verdict.WARN);
        assertThat(run("x", List.of(), Map.of("verdict", "block")).output())
                .contains("migration-note.verdict")
                .contains("'block'");
    }

    private StepResult run(String rationale, List<ChangeView> changes, Map<String, String> settings) {
        var empty = Schemas.view("");
        return validator.validate(
                new ProposalView("p-1", "agent:bot", rationale, Map.of(), Map.of(), empty, empty, changes, settings));
    }
}
