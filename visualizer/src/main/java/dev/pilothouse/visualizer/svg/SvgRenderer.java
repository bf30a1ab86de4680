package dev.pilothouse.visualizer.svg;

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

/**
 * Draws a {@link Scene} as standalone SVG. Every element carries the scene's semantic classes and a
 * {@code data-id}, so a stylesheet decides the looks ({@link #defaultStylesheet()} is the light theme) and tests can
 * read the picture back.
 */
public final class SvgRenderer {

    static final double MARGIN = 16;
    static final double TITLE_HEIGHT = 28;

    private final String stylesheet;

    public SvgRenderer(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    public static SvgRenderer withDefaultStyle() {
        return new SvgRenderer(defaultStylesheet());
    }

    public static String defaultStylesheet() {
        try (var in = SvgRenderer.class.getResourceAsStream("/dev/pilothouse/visualizer/svg/light.css")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("light.css is missing from the visualizer jar", e);
        }
    }

    public String render(Scene scene) {
        double width = Math.ceil(scene.width() + 2 * MARGIN);
        double height = Math.ceil(scene.height() + 2 * MARGIN + TITLE_HEIGHT);
        SvgWriter w = new SvgWriter();
        w.raw("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .attr("class", "pilothouse scene-" + scene.kind())
                .attr("width", width)
                .attr("height", height)
                .attr("viewBox", "0 0 " + SvgWriter.num(width) + " " + SvgWriter.num(height))
                .raw(">\n");
        w.raw("<style>\n").text(stylesheet).raw("</style>\n");
        w.raw("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"9\""
                + " markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path class=\"arrow-head\""
                + " d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>\n");
        w.raw("<rect class=\"background\" x=\"0\" y=\"0\"")
                .attr("width", width)
                .attr("height", height)
                .raw("/>\n");
        w.raw("<text class=\"scene-title\"")
                .attr("x", MARGIN)
                .attr("y", MARGIN + 12)
                .raw(">")
                .text(scene.title())
                .raw("</text>\n");
        w.raw("<g class=\"content\"")
                .attr(
                        "transform",
                        "translate(" + SvgWriter.num(MARGIN) + "," + SvgWriter.num(MARGIN + TITLE_HEIGHT) + ")")
                .raw(">\n");
        scene.guides()
                .forEach(g -> w.raw("<line")
                        .attr("class", SvgWriter.classes("guide", g.classes()))
                        .attr("x1", g.from().x())
                        .attr("y1", g.from().y())
                        .attr("x2", g.to().x())
                        .attr("y2", g.to().y())
                        .raw("/>\n"));
        w.raw("<g class=\"backgrounds\">\n");
        scene.nodes().stream().filter(n -> n.classes().contains("lane")).forEach(n -> NodeSvg.node(w, n));
        w.raw("</g>\n<g class=\"edges\">\n");
        scene.edges().forEach(e -> edge(w, e));
        w.raw("</g>\n<g class=\"nodes\">\n");
        scene.nodes().stream().filter(n -> !n.classes().contains("lane")).forEach(n -> NodeSvg.node(w, n));
        w.raw("</g>\n<g class=\"edge-labels\">\n");
        scene.edges().forEach(e -> e.labels().forEach(l -> label(w, e, l)));
        w.raw("</g>\n");
        scene.texts().forEach(t -> text(w, t));
        w.raw("</g>\n</svg>\n");
        return w.toString();
    }

    private static void edge(SvgWriter w, SceneEdge e) {
        if (e.route().isEmpty()) {
            return;
        }
        StringBuilder d = new StringBuilder();
        for (Point p : e.route()) {
            d.append(d.isEmpty() ? "M" : " L")
                    .append(SvgWriter.num(p.x()))
                    .append(',')
                    .append(SvgWriter.num(p.y()));
        }
        w.raw("<path")
                .attr("class", SvgWriter.classes("edge-line", e.classes()))
                .attr("data-id", e.id())
                .attr("data-source", e.source())
                .attr("data-target", e.target())
                .attr("d", d.toString())
                .attr("style", "stroke-width:" + SvgWriter.num(e.width()))
                .raw(" marker-end=\"url(#arrow)\"/>\n");
    }

    private static void label(SvgWriter w, SceneEdge e, EdgeLabel l) {
        double width = NodeGeometry.textWidth(l.text(), NodeGeometry.ROW_FONT) + 6;
        w.raw("<g")
                .attr("class", SvgWriter.classes("edge-label", e.classes()))
                .attr("data-edge", e.id())
                .raw(">");
        w.raw("<rect")
                .attr("x", l.position().x() - width / 2)
                .attr("y", l.position().y() - 8)
                .attr("width", width)
                .attr("height", 16)
                .attr("rx", 3)
                .raw("/>");
        w.raw("<text")
                .attr("x", l.position().x())
                .attr("y", l.position().y() + 4)
                .raw(">")
                .text(l.text())
                .raw("</text></g>\n");
    }

    private static void text(SvgWriter w, SceneText t) {
        w.raw("<text")
                .attr("class", SvgWriter.classes("free-text", t.classes()))
                .attr("x", t.anchor().x())
                .attr("y", t.anchor().y())
                .raw(">")
                .text(t.text())
                .raw("</text>\n");
    }

    /** Drawing of one node box; package-private so the renderer stays small. */
    static final class NodeSvg {

        private NodeSvg() {}

        static void node(SvgWriter w, SceneNode n) {
            Bounds b = n.bounds();
            w.raw("<g")
                    .attr("class", SvgWriter.classes("node", n.classes()))
                    .attr("data-id", n.id())
                    .raw(">\n");
            w.raw("<rect class=\"box\"")
                    .attr("x", b.x())
                    .attr("y", b.y())
                    .attr("width", b.width())
                    .attr("height", b.height())
                    .attr("rx", 5)
                    .raw("/>\n");
            double header = NodeGeometry.headerHeight(n.subtitle());
            if (!n.rows().isEmpty()) {
                w.raw("<line class=\"divider\"")
                        .attr("x1", b.x())
                        .attr("y1", b.y() + header)
                        .attr("x2", b.maxX())
                        .attr("y2", b.y() + header)
                        .raw("/>\n");
            }
            w.raw("<text class=\"title\"")
                    .attr("x", b.x() + NodeGeometry.PAD)
                    .attr("y", b.y() + 18)
                    .raw(">")
                    .text(n.title())
                    .raw("</text>\n");
            if (n.subtitle() != null) {
                w.raw("<text class=\"subtitle\"")
                        .attr("x", b.x() + NodeGeometry.PAD)
                        .attr("y", b.y() + 34)
                        .raw(">")
                        .text(n.subtitle())
                        .raw("</text>\n");
            }
            badges(w, n.badges(), b.maxX() - NodeGeometry.PAD, b.y() + 13);
            double names = NodeGeometry.nameColumn(n.rows());
            for (int i = 0; i < n.rows().size(); i++) {
                row(w, n.rows().get(i), b, b.y() + NodeGeometry.rowCentre(n.subtitle(), i), names);
            }
            w.raw("</g>\n");
        }

        private static void row(SvgWriter w, Row r, Bounds b, double centre, double names) {
            w.raw("<g")
                    .attr("class", SvgWriter.classes("row", r.classes()))
                    .attr("data-row", r.name())
                    .raw(">");
            w.raw("<rect class=\"row-bg\"")
                    .attr("x", b.x() + 1)
                    .attr("y", centre - NodeGeometry.ROW / 2)
                    .attr("width", b.width() - 2)
                    .attr("height", NodeGeometry.ROW)
                    .raw("/>");
            w.raw("<text class=\"row-name\"")
                    .attr("x", b.x() + NodeGeometry.PAD)
                    .attr("y", centre + 4)
                    .raw(">")
                    .text(r.name())
                    .raw("</text>");
            if (r.detail() != null) {
                w.raw("<text class=\"row-detail\"")
                        .attr("x", b.x() + NodeGeometry.PAD + names + NodeGeometry.COLUMN_GAP)
                        .attr("y", centre + 4)
                        .raw(">")
                        .text(r.detail())
                        .raw("</text>");
            }
            badges(w, r.badges(), b.maxX() - NodeGeometry.PAD, centre);
            w.raw("</g>\n");
        }

        /** Badges right-aligned so the last one ends at {@code right}, vertically centred on {@code centre}. */
        private static void badges(SvgWriter w, List<Badge> badges, double right, double centre) {
            double x = right - NodeGeometry.badgesWidth(badges) + NodeGeometry.BADGE_GAP;
            for (Badge badge : badges) {
                double bw = NodeGeometry.badgeWidth(badge);
                w.raw("<g").attr("class", "badge badge-" + badge.styleClass()).raw(">");
                w.raw("<rect")
                        .attr("x", x)
                        .attr("y", centre - 7)
                        .attr("width", bw)
                        .attr("height", 14)
                        .attr("rx", 3)
                        .raw("/>");
                w.raw("<text")
                        .attr("x", x + bw / 2)
                        .attr("y", centre + 3.5)
                        .raw(">")
                        .text(badge.text())
                        .raw("</text></g>");
                x += bw + NodeGeometry.BADGE_GAP;
            }
        }
    }
}
