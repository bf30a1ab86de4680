package dev.pilothouse.desktop.diagram;

import dev.pilothouse.visualizer.scene.Badge;
import dev.pilothouse.visualizer.scene.Bounds;
import dev.pilothouse.visualizer.scene.EdgeLabel;
import dev.pilothouse.visualizer.scene.NodeGeometry;
import dev.pilothouse.visualizer.scene.Point;
import dev.pilothouse.visualizer.scene.Row;
import dev.pilothouse.visualizer.scene.Scene;
import dev.pilothouse.visualizer.scene.SceneEdge;
import dev.pilothouse.visualizer.scene.SceneNode;
import dev.pilothouse.visualizer.scene.SceneText;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * Draws a visualizer {@link Scene} (any view: schema, diff, flow, topology, timeline) as JavaFX shapes with the
 * box metrics of {@link NodeGeometry}, as the SVG renderer does. Looks come from CSS: every shape carries
 * {@code diagram-*} structure classes plus the scene's semantic classes (see {@code diagram.css}); node groups have
 * the scene id as their JavaFX id, so tests and clicks find them.
 */
public final class SceneRenderer {

    private SceneRenderer() {
    }

    public static Pane render(Scene scene) {
        Pane pane = new Pane();
        pane.getStyleClass().addAll("diagram", "scene-" + scene.kind());
        pane.setPrefSize(scene.width() + 16, scene.height() + 16);
        pane.setMinSize(scene.width() + 16, scene.height() + 16);
        Group content = new Group();
        content.setTranslateX(8);
        content.setTranslateY(8);
        scene.guides().forEach(g -> content.getChildren().add(styled(new Line(g.from().x(), g.from().y(),
                g.to().x(), g.to().y()), "diagram-guide", g.classes())));
        scene.nodes().stream().filter(n -> n.classes().contains("lane")).forEach(n -> content.getChildren().add(node(n)));
        scene.edges().forEach(e -> content.getChildren().add(edge(e)));
        scene.nodes().stream().filter(n -> !n.classes().contains("lane")).forEach(n -> content.getChildren().add(node(n)));
        for (SceneText t : scene.texts()) {
            Text text = styled(new Text(t.anchor().x(), t.anchor().y(), t.text()), "diagram-text", t.classes());
            if (t.classes().contains("axis")) {
                text.setX(t.anchor().x() - text.getLayoutBounds().getWidth() / 2);
            }
            content.getChildren().add(text);
        }
        pane.getChildren().add(content);
        return pane;
    }

    static Group node(SceneNode n) {
        Bounds b = n.bounds();
        Group g = styled(new Group(), "diagram-node", n.classes());
        g.setId(n.id());
        Rectangle box = styled(new Rectangle(b.x(), b.y(), b.width(), b.height()), "diagram-box", List.of());
        box.setArcWidth(10);
        box.setArcHeight(10);
        g.getChildren().add(box);
        g.getChildren().add(styled(new Text(b.x() + NodeGeometry.PAD, b.y() + 18, n.title()), "diagram-title", List.of()));
        if (n.subtitle() != null) {
            g.getChildren().add(styled(new Text(b.x() + NodeGeometry.PAD, b.y() + 34, n.subtitle()), "diagram-subtitle",
                    List.of()));
        }
        badges(g, n.badges(), b.maxX() - NodeGeometry.PAD, b.y() + 13);
        double names = NodeGeometry.nameColumn(n.rows());
        for (int i = 0; i < n.rows().size(); i++) {
            Row r = n.rows().get(i);
            double centre = b.y() + NodeGeometry.rowCentre(n.subtitle(), i);
            Group row = styled(new Group(), "diagram-row", r.classes());
            row.getChildren().add(styled(new Text(b.x() + NodeGeometry.PAD, centre + 4, r.name()), "diagram-row-name",
                    List.of()));
            if (r.detail() != null) {
                row.getChildren().add(styled(new Text(b.x() + NodeGeometry.PAD + names + NodeGeometry.COLUMN_GAP,
                        centre + 4, r.detail()), "diagram-row-detail", List.of()));
            }
            badges(row, r.badges(), b.maxX() - NodeGeometry.PAD, centre);
            g.getChildren().add(row);
        }
        return g;
    }

    static Group edge(SceneEdge e) {
        Group g = styled(new Group(), "diagram-edge", e.classes());
        g.setId(e.id());
        Polyline line = styled(new Polyline(), "diagram-edge-line", List.of());
        for (Point p : e.route()) {
            line.getPoints().addAll(p.x(), p.y());
        }
        line.setStrokeWidth(e.width());
        g.getChildren().add(line);
        for (EdgeLabel l : e.labels()) {
            Text text = styled(new Text(l.text()), "diagram-edge-label", List.of());
            text.setX(l.position().x() - text.getLayoutBounds().getWidth() / 2);
            text.setY(l.position().y() + 4);
            g.getChildren().add(text);
        }
        return g;
    }

    private static void badges(Group into, List<Badge> badges, double right, double centre) {
        double x = right - NodeGeometry.badgesWidth(badges) + NodeGeometry.BADGE_GAP;
        for (Badge badge : badges) {
            double w = NodeGeometry.badgeWidth(badge);
            Group g = styled(new Group(), "diagram-badge", List.of("badge-" + badge.styleClass()));
            Rectangle r = new Rectangle(x, centre - 7, w, 14);
            r.setArcWidth(6);
            r.setArcHeight(6);
            Text t = new Text(badge.text());
            t.setX(x + (w - t.getLayoutBounds().getWidth()) / 2);
            t.setY(centre + 3.5);
            g.getChildren().addAll(r, t);
            into.getChildren().add(g);
            x += w + NodeGeometry.BADGE_GAP;
        }
    }

    private static <T extends Node> T styled(T node, String structure, List<String> classes) {
        node.getStyleClass().add(structure);
        node.getStyleClass().addAll(classes);
        return node;
    }
}
