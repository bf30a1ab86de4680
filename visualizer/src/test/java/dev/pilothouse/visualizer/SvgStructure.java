package dev.pilothouse.visualizer;

import dev.pilothouse.visualizer.scene.Bounds;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads a rendered SVG back as XML: node boxes with their texts, and edges with their ends and labels. */
public record SvgStructure(Map<String, NodeBox> nodes, Map<String, EdgeLine> edges) {

    public record NodeBox(String id, String classes, Bounds box, String title, List<String> rows) {}

    public record EdgeLine(String id, String classes, String source, String target, String label) {}

    public static SvgStructure parse(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            Map<String, NodeBox> nodes = new TreeMap<>();
            Map<String, EdgeLine> edges = new TreeMap<>();
            Map<String, String> labels = new TreeMap<>();
            NodeList groups = doc.getElementsByTagName("g");
            for (int i = 0; i < groups.getLength(); i++) {
                Element g = (Element) groups.item(i);
                String cls = g.getAttribute("class");
                if (cls.startsWith("node ")) {
                    nodes.put(g.getAttribute("data-id"), node(g));
                } else if (cls.startsWith("edge-label")) {
                    labels.put(g.getAttribute("data-edge"), g.getTextContent());
                }
            }
            NodeList paths = doc.getElementsByTagName("path");
            for (int i = 0; i < paths.getLength(); i++) {
                Element p = (Element) paths.item(i);
                if (p.getAttribute("class").startsWith("edge-line")) {
                    String id = p.getAttribute("data-id");
                    edges.put(
                            id,
                            new EdgeLine(
                                    id,
                                    p.getAttribute("class"),
                                    p.getAttribute("data-source"),
                                    p.getAttribute("data-target"),
                                    labels.get(id)));
                }
            }
            return new SvgStructure(nodes, edges);
        } catch (Exception e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage(), e);
        }
    }

    private static NodeBox node(Element g) {
        Element rect = (Element) g.getElementsByTagName("rect").item(0);
        Bounds box = new Bounds(d(rect, "x"), d(rect, "y"), d(rect, "width"), d(rect, "height"));
        String title = "";
        List<String> rows = new ArrayList<>();
        NodeList children = g.getElementsByTagName("*");
        for (int i = 0; i < children.getLength(); i++) {
            Element e = (Element) children.item(i);
            if (e.getAttribute("class").equals("title")) {
                title = e.getTextContent();
            } else if (e.getAttribute("class").equals("row")
                    || e.getAttribute("class").startsWith("row ")) {
                rows.add(e.getAttribute("data-row"));
            }
        }
        return new NodeBox(g.getAttribute("data-id"), g.getAttribute("class"), box, title, rows);
    }

    private static double d(Element e, String attr) {
        return Double.parseDouble(e.getAttribute(attr));
    }

    /** A stable, readable listing for golden files: no coordinates. */
    public String outline() {
        StringBuilder b = new StringBuilder();
        nodes.values()
                .forEach(n -> b.append("node ")
                        .append(n.id())
                        .append(" [")
                        .append(n.classes())
                        .append("] ")
                        .append(n.title())
                        .append(' ')
                        .append(n.rows())
                        .append('\n'));
        edges.values()
                .forEach(e -> b.append("edge ")
                        .append(e.id())
                        .append(' ')
                        .append(e.source())
                        .append(" -> ")
                        .append(e.target())
                        .append(e.label() == null ? "" : " \"" + e.label().strip() + "\"")
                        .append(" [")
                        .append(e.classes())
                        .append("]\n"));
        return b.toString();
    }
}
