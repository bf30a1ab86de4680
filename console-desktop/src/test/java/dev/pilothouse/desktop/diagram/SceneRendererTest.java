package dev.pilothouse.desktop.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.visualizer.scene.SceneNode;
import dev.pilothouse.visualizer.timeline.AuditRecord;
import dev.pilothouse.visualizer.timeline.AuditRecord.Action;
import dev.pilothouse.visualizer.timeline.AuditRecord.ActorKind;
import dev.pilothouse.visualizer.timeline.AuditRecord.Outcome;
import dev.pilothouse.visualizer.timeline.TimeRange;
import dev.pilothouse.visualizer.timeline.TimelineDiagram;
import java.time.Instant;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The JavaFX drawing of a visualizer scene keeps its geometry, ids and semantic classes. */
@ExtendWith(ApplicationExtension.class)
class SceneRendererTest {

    static final Instant T = Instant.parse("2026-11-22T06:00:00Z");

    @Start
    void start(Stage stage) {
        // the toolkit is all this test needs (Text measures with real fonts)
    }

    private static dev.pilothouse.visualizer.scene.Scene timeline() {
        List<AuditRecord> records = List.of(
                new AuditRecord(T, "agent:claude", ActorKind.AGENT, Action.PROPOSAL, "p1", Outcome.OK),
                new AuditRecord(T.plusSeconds(20), "human:ada", ActorKind.HUMAN, Action.APPROVAL, "p1", Outcome.OK),
                new AuditRecord(T.plusSeconds(40), "human:ada", ActorKind.HUMAN, Action.DEPLOY, "p1", Outcome.FAILED));
        return new TimelineDiagram(600).draw(records, TimeRange.covering(records));
    }

    @Test
    void everyNodeIsAGroupWithItsIdClassesAndBox() {
        var scene = timeline();
        SceneRenderer.Rendered drawn = SceneRenderer.render(scene);
        assertThat(drawn.root().getStyleClass()).contains("diagram", "scene-timeline");
        assertThat(drawn.nodes().keySet())
                .containsExactlyElementsOf(
                        scene.nodes().stream().map(SceneNode::id).toList());
        for (SceneNode n : scene.nodes()) {
            Group g = drawn.nodes().get(n.id());
            assertThat(g.getUserData()).isEqualTo(n.id());
            assertThat(g.getStyleClass()).contains("node").containsAll(n.classes());
            Rectangle box = (Rectangle) g.getChildren().get(0);
            assertThat(List.of(box.getX(), box.getY(), box.getWidth(), box.getHeight()))
                    .containsExactly(
                            n.bounds().x(),
                            n.bounds().y(),
                            n.bounds().width(),
                            n.bounds().height());
            assertThat(g.getChildren())
                    .filteredOn(c -> c.getStyleClass().contains("title"))
                    .extracting(c -> ((Text) c).getText())
                    .containsExactly(n.title());
        }
    }

    @Test
    void edgesFollowTheirRoutesAndFailedStepsKeepTheirClass() {
        var scene = timeline();
        Group root = SceneRenderer.render(scene).root();
        List<Node> lines = root.lookupAll(".edge-line").stream().toList();
        assertThat(lines).hasSize(scene.edges().size()).isNotEmpty();
        assertThat(((Polyline) lines.get(0)).getPoints())
                .hasSize(scene.edges().get(0).route().size() * 2);
        assertThat(root.lookupAll(".node.deploy.failed")).hasSize(1);
        assertThat(root.lookupAll(".guide")).hasSize(scene.guides().size());
    }
}
