package dev.pilothouse.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.desktop.diagram.SceneRenderer;
import dev.pilothouse.desktop.diagram.TimelineLabelsTest;
import dev.pilothouse.desktop.view.Theme;
import dev.pilothouse.visualizer.timeline.AuditRecord;
import dev.pilothouse.visualizer.timeline.TimeRange;
import dev.pilothouse.visualizer.timeline.TimelineDiagram;
import java.nio.file.Files;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A picture of the audit timeline with a dense trail, drawn as the History tab draws it (without Harper). */
@ExtendWith(ApplicationExtension.class)
class DenseTimelineShotTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void denseTimeline() throws Exception {
        List<AuditRecord> records = TimelineLabelsTest.dense();
        var scene = new TimelineDiagram(760).draw(records, TimeRange.covering(records));
        Ui.run(() -> {
            Pane drawing = new Pane(SceneRenderer.render(scene).root());
            drawing.getStyleClass().add("diagram-canvas");
            drawing.setPadding(new Insets(8));
            ScrollPane scroll = new ScrollPane(drawing);
            scroll.getStylesheets()
                    .add(SceneRenderer.class.getResource("diagram.css").toExternalForm());
            javafx.scene.Scene s = new javafx.scene.Scene(scroll, 980, 640);
            Theme.LIGHT.apply(s);
            stage.setScene(s);
            stage.show();
        });
        Thread.sleep(300); // a couple of pulses for CSS and layout
        assertThat(Files.size(Ui.snapshot(stage.getScene(), "desktop-timeline-dense")))
                .isGreaterThan(10_000);
    }
}
