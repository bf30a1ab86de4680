package dev.pilothouse.visualizer.diagram;

import dev.pilothouse.visualizer.layout.LayoutEdge;
import dev.pilothouse.visualizer.layout.LayoutGraph;
import dev.pilothouse.visualizer.layout.LayoutNode;
import dev.pilothouse.visualizer.layout.LayoutPort;
import dev.pilothouse.visualizer.layout.LayoutResult;
import dev.pilothouse.visualizer.layout.Layouter;
import dev.pilothouse.visualizer.scene.Bounds;
import dev.pilothouse.visualizer.scene.EdgeLabel;
import dev.pilothouse.visualizer.scene.NodeGeometry;
import dev.pilothouse.visualizer.scene.Point;
import dev.pilothouse.visualizer.scene.Port;
import dev.pilothouse.visualizer.scene.Scene;
import dev.pilothouse.visualizer.scene.SceneEdge;
import dev.pilothouse.visualizer.scene.SceneNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sizes node specs, lays them out and turns the result into a {@link Scene}. */
public final class DiagramAssembler {

    private final Layouter layouter;

    public DiagramAssembler(Layouter layouter) {
        this.layouter = layouter;
    }

    public Diagram assemble(
            String kind, String title, List<NodeSpec> nodes, List<EdgeSpec> edges, LayoutResult previous) {
        Map<String, NodeSpec> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        Map<String, List<LayoutPort>> ports = new LinkedHashMap<>();
        List<LayoutEdge> layoutEdges = new ArrayList<>();
        for (EdgeSpec e : edges) {
            String sp = port(ports, byId.get(e.source()), e.sourceRow(), LayoutPort.Side.EAST);
            String tp = port(ports, byId.get(e.target()), e.targetRow(), LayoutPort.Side.WEST);
            layoutEdges.add(new LayoutEdge(e.id(), e.source(), sp, e.target(), tp, e.label()));
        }
        List<LayoutNode> layoutNodes = nodes.stream()
                .map(n -> new LayoutNode(
                        n.id(),
                        NodeGeometry.width(n.title(), n.subtitle(), n.badges(), n.rows()),
                        NodeGeometry.height(n.subtitle(), n.rows()),
                        ports.getOrDefault(n.id(), List.of()),
                        n.layer()))
                .toList();
        LayoutResult layout = layouter.layout(new LayoutGraph(layoutNodes, layoutEdges), previous);
        List<SceneNode> sceneNodes = new ArrayList<>();
        for (LayoutNode ln : layoutNodes) {
            NodeSpec n = byId.get(ln.id());
            Bounds b = layout.node(n.id());
            List<Port> scenePorts = ln.ports().stream()
                    .map(p -> new Port(
                            p.id(), new Point(p.side() == LayoutPort.Side.EAST ? b.maxX() : b.x(), b.y() + p.offset())))
                    .toList();
            sceneNodes.add(
                    new SceneNode(n.id(), b, n.title(), n.subtitle(), n.badges(), n.rows(), scenePorts, n.classes()));
        }
        List<SceneEdge> sceneEdges = new ArrayList<>();
        for (EdgeSpec e : edges) {
            Point at = layout.labels().get(e.id());
            List<EdgeLabel> labels =
                    e.label() == null || at == null ? List.of() : List.of(new EdgeLabel(e.label(), at));
            sceneEdges.add(new SceneEdge(
                    e.id(), e.source(), e.target(), layout.routes().get(e.id()), labels, e.width(), e.classes()));
        }
        Scene scene =
                new Scene(kind, title, layout.width(), layout.height(), sceneNodes, sceneEdges, List.of(), List.of());
        return new Diagram(scene, layout);
    }

    private static String port(Map<String, List<LayoutPort>> ports, NodeSpec node, int row, LayoutPort.Side side) {
        if (node == null) {
            throw new IllegalArgumentException("edge refers to a node that is not in the diagram");
        }
        if (row < 0) {
            return null;
        }
        String id = node.id() + "#" + row + (side == LayoutPort.Side.EAST ? ">" : "<");
        List<LayoutPort> list = ports.computeIfAbsent(node.id(), k -> new ArrayList<>());
        if (list.stream().noneMatch(p -> p.id().equals(id))) {
            list.add(new LayoutPort(id, side, NodeGeometry.rowCentre(node.subtitle(), row)));
        }
        return id;
    }
}
