package dev.pilothouse.desktop.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.desktop.view.Theme;
import dev.pilothouse.visualizer.timeline.AuditRecord;
import dev.pilothouse.visualizer.timeline.AuditRecord.Action;
import dev.pilothouse.visualizer.timeline.AuditRecord.ActorKind;
import dev.pilothouse.visualizer.timeline.AuditRecord.Outcome;
import dev.pilothouse.visualizer.timeline.TimeRange;
import dev.pilothouse.visualizer.timeline.TimelineDiagram;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The drawn audit timeline keeps every visible label clear of the others, with real fonts and a dense trail. */
@ExtendWith(ApplicationExtension.class)
public class TimelineLabelsTest {

    static final Instant T = Instant.parse("2026-11-22T06:00:00Z");
    static final String LONG_HUMAN = "human:ada.lovelace@example.com";

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /**
     * Sixty steps in under a minute by four actors (two with long names) on long-named proposals, then a rollback a
     * day later, so three-hourly axis times (with dates) sit close together.
     */
    public static List<AuditRecord> dense() {
        String[] actors = {LONG_HUMAN, "agent:claude-code-schema-refactor", "human:bo", "agent:codex"};
        List<AuditRecord> out = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String actor = actors[i % actors.length];
            out.add(new AuditRecord(
                    T.plusMillis(i * 700L),
                    actor,
                    actor.startsWith("human") ? ActorKind.HUMAN : ActorKind.AGENT,
                    Action.values()[i % 5],
                    "p" + i / 5 + "-add-orders-index-and-customer-lookup",
                    i % 7 == 0 ? Outcome.FAILED : Outcome.OK));
        }
        out.add(new AuditRecord(
                T.plusSeconds(29 * 3600 + 1800),
                "human:bo",
                ActorKind.HUMAN,
                Action.ROLLBACK,
                "deploy/12",
                Outcome.OK));
        return out;
    }

    private Pane shown(dev.pilothouse.visualizer.scene.Scene scene) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
                    Pane pane = new Pane(SceneRenderer.render(scene).root());
                    pane.getStylesheets()
                            .add(SceneRenderer.class.getResource("diagram.css").toExternalForm());
                    javafx.scene.Scene s = new javafx.scene.Scene(pane, 1200, 800);
                    Theme.LIGHT.apply(s);
                    stage.setScene(s);
                    stage.show();
                    pane.applyCss();
                    pane.layout();
                    return pane;
                })
                .get();
    }

    @Test
    void noTwoVisibleLabelsOverlapOnADenseTrail() throws Exception {
        List<AuditRecord> records = dense();
        Pane pane = shown(new TimelineDiagram(760).draw(records, TimeRange.covering(records)));
        List<String> clashes = WaitForAsyncUtils.asyncFx(() -> {
                    List<Text> texts = pane.lookupAll("Text").stream()
                            .filter(Node::isVisible)
                            .map(Text.class::cast)
                            .filter(t -> !t.getText().isBlank())
                            .toList();
                    List<String> out = new ArrayList<>();
                    for (int i = 0; i < texts.size(); i++) {
                        for (int j = i + 1; j < texts.size(); j++) {
                            Bounds a = texts.get(i).localToScene(texts.get(i).getBoundsInLocal());
                            Bounds b = texts.get(j).localToScene(texts.get(j).getBoundsInLocal());
                            if (a.intersects(b)) {
                                out.add("'" + texts.get(i).getText() + "' and '"
                                        + texts.get(j).getText() + "'");
                            }
                        }
                    }
                    return out;
                })
                .get();
        assertThat(clashes).as("overlapping labels").isEmpty();
        List<Text> axis = WaitForAsyncUtils.asyncFx(() ->
                        pane.lookupAll(".axis").stream().map(Text.class::cast).toList())
                .get();
        assertThat(axis.stream().filter(Node::isVisible).count())
                .as("axis labels kept")
                .isGreaterThanOrEqualTo(axis.size() / 2);
    }

    @Test
    void aLongActorIsCutShortWithTheFullNameInATooltip() throws Exception {
        List<AuditRecord> records = dense();
        Pane pane = shown(new TimelineDiagram(760).draw(records, TimeRange.covering(records)));
        Group lane = WaitForAsyncUtils.asyncFx(() -> (Group) pane.lookupAll(".lane-human").stream()
                        .filter(n -> ((String) n.getUserData()).endsWith(LONG_HUMAN))
                        .findFirst()
                        .orElseThrow())
                .get();
        String title = WaitForAsyncUtils.asyncFx(() -> ((Text) lane.lookup(".title")).getText())
                .get();
        assertThat(title).startsWith("human:ada").endsWith("…");
        assertThat(lane.getProperties().values())
                .anyMatch(v -> v instanceof javafx.scene.control.Tooltip tip
                        && tip.getText().equals(LONG_HUMAN));
    }
}
