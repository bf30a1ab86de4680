package dev.pilothouse.desktop.diagram;

import dev.pilothouse.visualizer.scene.Badge;
import dev.pilothouse.visualizer.scene.Bounds;
import dev.pilothouse.visualizer.scene.EdgeLabel;
import dev.pilothouse.visualizer.scene.Guide;
import dev.pilothouse.visualizer.scene.NodeGeometry;
import dev.pilothouse.visualizer.scene.Point;
import dev.pilothouse.visualizer.scene.Row;
import dev.pilothouse.visualizer.scene.Scene;
import dev.pilothouse.visualizer.scene.SceneEdge;
import dev.pilothouse.visualizer.scene.SceneNode;
import dev.pilothouse.visualizer.scene.SceneText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws any visualizer {@link Scene} (schema, diff, flow, topology, timeline) as JavaFX nodes, with the same
 * geometry as the SVG renderer. Style classes are the scene's semantic classes, so diagram.css decides the looks;
 * nodes and rows carry their ids in {@code userData} for hit-testing.
 */
public final class SceneRenderer {

    /** The drawing and its node groups by scene id (for selection marks). */
    public record Rendered(Group root, Map<String, Group> nodes) {}

    private SceneRenderer() {}

    public static Rendered render(Scene scene) {
        Group guides = new Group();
        scene.guides().forEach(g -> guides.getChildren().add(guide(g)));
        Group lanes = new Group();
        Group edges = new Group();
        scene.edges().forEach(e -> edge(edges, e));
        Group boxes = new Group();
        Map<String, Group> byId = new LinkedHashMap<>();
        for (SceneNode n : scene.nodes()) {
            Group g = node(n);
            byId.put(n.id(), g);
            (n.classes().contains("lane") ? lanes : boxes).getChildren().add(g);
        }
        Group labels = new Group();
        scene.edges().forEach(e -> e.labels().forEach(l -> labels.getChildren().add(label(e, l))));
        Group texts = new Group();
        scene.texts().forEach(t -> texts.getChildren().add(text(t)));
        Group root = new Group(guides, lanes, edges, boxes, labels, texts);
        root.getStyleClass().addAll("diagram", "scene-" + scene.kind());
        if ("timeline".equals(scene.kind())) {
            TimelineLabels.fit(root);
        }
        return new Rendered(root, byId);
    }

    private static Node guide(Guide g) {
        Line line = new Line(g.from().x(), g.from().y(), g.to().x(), g.to().y());
        classes(line, "guide", g.classes());
        return line;
    }

    private static void edge(Group into, SceneEdge e) {
        List<Point> route = e.route();
        if (route == null || route.size() < 2) {
            return;
        }
        Polyline line = new Polyline();
        route.forEach(p -> line.getPoints().addAll(p.x(), p.y()));
        line.setStrokeWidth(e.width());
        classes(line, "edge-line", e.classes());
        Point a = route.get(route.size() - 2);
        Point b = route.get(route.size() - 1);
        double angle = Math.atan2(b.y() - a.y(), b.x() - a.x());
        Polygon head = new Polygon(
                b.x(),
                b.y(),
                b.x() - 9 * Math.cos(angle - 0.45),
                b.y() - 9 * Math.sin(angle - 0.45),
                b.x() - 9 * Math.cos(angle + 0.45),
                b.y() - 9 * Math.sin(angle + 0.45));
        classes(head, "arrow-head", e.classes());
        Group g = new Group(line, head);
        g.setUserData(e.id());
        into.getChildren().add(g);
    }

    private static Node label(SceneEdge e, EdgeLabel l) {
        double width = NodeGeometry.textWidth(l.text(), NodeGeometry.ROW_FONT) + 6;
        Rectangle bg = new Rectangle(l.position().x() - width / 2, l.position().y() - 8, width, 16);
        bg.setArcWidth(6);
        bg.setArcHeight(6);
        Text t = centred(
                l.text(), l.position().x() - width / 2, width, l.position().y() + 4);
        Group g = new Group(bg, t);
        classes(g, "edge-label", e.classes());
        return g;
    }

    private static Node text(SceneText t) {
        Text text = new Text(t.anchor().x(), t.anchor().y(), t.text());
        classes(text, "free-text", t.classes());
        return text;
    }

    private static Group node(SceneNode n) {
        Bounds b = n.bounds();
        Rectangle box = new Rectangle(b.x(), b.y(), b.width(), b.height());
        box.setArcWidth(10);
        box.setArcHeight(10);
        box.getStyleClass().add("box");
        Group g = new Group(box);
        double header = NodeGeometry.headerHeight(n.subtitle());
        if (!n.rows().isEmpty()) {
            Line divider = new Line(b.x(), b.y() + header, b.maxX(), b.y() + header);
            divider.getStyleClass().add("divider");
            g.getChildren().add(divider);
        }
        g.getChildren().add(styled(new Text(b.x() + NodeGeometry.PAD, b.y() + 18, n.title()), "title"));
        if (n.subtitle() != null) {
            g.getChildren().add(styled(new Text(b.x() + NodeGeometry.PAD, b.y() + 34, n.subtitle()), "subtitle"));
        }
        badges(g, n.badges(), b.maxX() - NodeGeometry.PAD, b.y() + 13);
        double names = NodeGeometry.nameColumn(n.rows());
        for (int i = 0; i < n.rows().size(); i++) {
            g.getChildren().add(row(n.rows().get(i), b, b.y() + NodeGeometry.rowCentre(n.subtitle(), i), names));
        }
        classes(g, "node", n.classes());
        g.setUserData(n.id());
        return g;
    }

    private static Node row(Row r, Bounds b, double centre, double names) {
        Rectangle bg = new Rectangle(b.x() + 1, centre - NodeGeometry.ROW / 2, b.width() - 2, NodeGeometry.ROW);
        bg.getStyleClass().add("row-bg");
        Group g = new Group(bg, styled(new Text(b.x() + NodeGeometry.PAD, centre + 4, r.name()), "row-name"));
        if (r.detail() != null) {
            g.getChildren()
                    .add(styled(
                            new Text(
                                    b.x() + NodeGeometry.PAD + names + NodeGeometry.COLUMN_GAP, centre + 4, r.detail()),
                            "row-detail"));
        }
        badges(g, r.badges(), b.maxX() - NodeGeometry.PAD, centre);
        classes(g, "row", r.classes());
        g.setUserData(new RowRef(r.name()));
        return g;
    }

    /** Marks a row group, so a click can tell a row from its node. */
    record RowRef(String name) {}

    private static void badges(Group into, List<Badge> badges, double right, double centre) {
        double x = right - NodeGeometry.badgesWidth(badges) + NodeGeometry.BADGE_GAP;
        for (Badge badge : badges) {
            double bw = NodeGeometry.badgeWidth(badge);
            Rectangle bg = new Rectangle(x, centre - 7, bw, 14);
            bg.setArcWidth(6);
            bg.setArcHeight(6);
            Group g = new Group(bg, centred(badge.text(), x, bw, centre + 3.5));
            g.getStyleClass().addAll("badge", "badge-" + badge.styleClass());
            into.getChildren().add(g);
            x += bw + NodeGeometry.BADGE_GAP;
        }
    }

    /** Text centred in a box that starts at {@code left}: wrapping width plus centre alignment, no measuring. */
    private static Text centred(String s, double left, double width, double baseline) {
        Text t = new Text(left, baseline, s);
        t.setWrappingWidth(width);
        t.setTextAlignment(TextAlignment.CENTER);
        return t;
    }

    private static Text styled(Text t, String styleClass) {
        t.getStyleClass().add(styleClass);
        return t;
    }

    private static void classes(Node n, String base, List<String> more) {
        n.getStyleClass().add(base);
        n.getStyleClass().addAll(more);
    }
}
