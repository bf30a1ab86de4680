package dev.pilothouse.visualizer.layout;

import dev.pilothouse.visualizer.scene.Bounds;
import dev.pilothouse.visualizer.scene.NodeGeometry;
import dev.pilothouse.visualizer.scene.Point;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/** Runs ELK's layered algorithm (left to right, orthogonal edges, model order kept) on one connected graph. */
final class ElkEngine {

    static final double PADDING = 12;
    private static final double LABEL_HEIGHT = 16;

    LayoutResult layout(LayoutGraph graph) {
        ElkNode root = root();
        Map<String, ElkNode> nodes = new HashMap<>();
        Map<String, ElkPort> ports = new HashMap<>();
        for (LayoutNode n : graph.nodes()) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setDimensions(n.width(), n.height());
            node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
            if (n.layer() != LayoutNode.Layer.ANY) {
                node.setProperty(
                        LayeredOptions.LAYERING_LAYER_CONSTRAINT,
                        n.layer() == LayoutNode.Layer.FIRST ? LayerConstraint.FIRST : LayerConstraint.LAST);
            }
            for (LayoutPort p : n.ports()) {
                ElkPort port = ElkGraphUtil.createPort(node);
                port.setDimensions(0, 0);
                port.setLocation(p.side() == LayoutPort.Side.EAST ? n.width() : 0, p.offset());
                port.setProperty(
                        CoreOptions.PORT_SIDE, p.side() == LayoutPort.Side.EAST ? PortSide.EAST : PortSide.WEST);
                ports.put(p.id(), port);
            }
            nodes.put(n.id(), node);
        }
        Map<String, ElkEdge> edges = new HashMap<>();
        for (LayoutEdge e : graph.edges()) {
            ElkConnectableShape source = e.sourcePort() != null ? ports.get(e.sourcePort()) : nodes.get(e.source());
            ElkConnectableShape target = e.targetPort() != null ? ports.get(e.targetPort()) : nodes.get(e.target());
            ElkEdge edge = ElkGraphUtil.createSimpleEdge(source, target);
            if (e.label() != null) {
                ElkLabel label = ElkGraphUtil.createLabel(e.label(), edge);
                label.setDimensions(NodeGeometry.textWidth(e.label(), NodeGeometry.ROW_FONT) + 6, LABEL_HEIGHT);
                label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            }
            edges.put(e.id(), edge);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        return read(graph, root, nodes, edges);
    }

    private static ElkNode root() {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(PADDING));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 28.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 56.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 16.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 10.0);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        return root;
    }

    private static LayoutResult read(
            LayoutGraph graph, ElkNode root, Map<String, ElkNode> nodes, Map<String, ElkEdge> edges) {
        Map<String, Bounds> boxes = new HashMap<>();
        for (LayoutNode n : graph.nodes()) {
            ElkNode node = nodes.get(n.id());
            boxes.put(n.id(), new Bounds(node.getX(), node.getY(), node.getWidth(), node.getHeight()));
        }
        Map<String, List<Point>> routes = new HashMap<>();
        Map<String, Point> labels = new HashMap<>();
        for (LayoutEdge e : graph.edges()) {
            ElkEdge edge = edges.get(e.id());
            routes.put(e.id(), route(edge));
            if (!edge.getLabels().isEmpty()) {
                ElkLabel label = edge.getLabels().get(0);
                labels.put(
                        e.id(), new Point(label.getX() + label.getWidth() / 2, label.getY() + label.getHeight() / 2));
            }
        }
        return new LayoutResult(root.getWidth(), root.getHeight(), boxes, routes, labels, Map.of());
    }

    private static List<Point> route(ElkEdge edge) {
        List<Point> points = new ArrayList<>();
        for (ElkEdgeSection s : edge.getSections()) {
            points.add(new Point(s.getStartX(), s.getStartY()));
            s.getBendPoints().forEach(b -> points.add(new Point(b.getX(), b.getY())));
            points.add(new Point(s.getEndX(), s.getEndY()));
        }
        return points;
    }
}
