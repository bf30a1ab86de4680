package dev.pilothouse.visualizer.flow;

import dev.pilothouse.visualizer.diagram.Diagram;
import dev.pilothouse.visualizer.diagram.DiagramAssembler;
import dev.pilothouse.visualizer.diagram.EdgeSpec;
import dev.pilothouse.visualizer.diagram.NodeSpec;
import dev.pilothouse.visualizer.layout.LayoutNode;
import dev.pilothouse.visualizer.layout.LayoutResult;
import dev.pilothouse.visualizer.scene.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Live flow, left to right: sources (clients, peers) → tables and topics → subscribers, edge width by rate. Labels
 * have a fixed width, so a new snapshot with the same links reuses the cached layout and only widths change.
 */
public final class FlowDiagram {

    private final DiagramAssembler assembler;

    public FlowDiagram(DiagramAssembler assembler) {
        this.assembler = assembler;
    }

    public Diagram draw(FlowSnapshot snapshot, LayoutResult previous) {
        Map<String, NodeSpec> nodes = new LinkedHashMap<>();
        Map<String, double[]> resourceRates = new LinkedHashMap<>();
        double busiest = snapshot.links().stream()
                .mapToDouble(FlowLink::eventsPerSecond)
                .max()
                .orElse(0);
        List<EdgeSpec> edges = new ArrayList<>();
        for (FlowLink link : snapshot.links()) {
            FlowKey k = link.key();
            String channel = k.channel().name().toLowerCase(Locale.ROOT);
            String endpointId = (k.inbound() ? "src:" : "sub:") + channel + ":" + k.endpoint();
            nodes.putIfAbsent(
                    endpointId,
                    new NodeSpec(
                            endpointId,
                            k.endpoint(),
                            k.channel().label(),
                            List.of(),
                            List.of(),
                            List.of(k.inbound() ? "flow-source" : "flow-subscriber", "channel-" + channel),
                            k.inbound() ? LayoutNode.Layer.FIRST : LayoutNode.Layer.LAST));
            String resourceId = "res:" + k.resource();
            resourceRates.computeIfAbsent(resourceId, r -> new double[2])[k.inbound() ? 0 : 1] +=
                    link.eventsPerSecond();
            List<String> classes = new ArrayList<>(List.of("edge", "edge-flow", "channel-" + channel));
            if (link.eventsPerSecond() == 0) {
                classes.add("idle");
            }
            if (link.gap()) {
                classes.add("gap");
            }
            String from = k.inbound() ? endpointId : resourceId;
            String to = k.inbound() ? resourceId : endpointId;
            edges.add(EdgeSpec.plain(
                    "flow:" + from + "->" + to,
                    from,
                    to,
                    Rates.perSecond(link.eventsPerSecond()),
                    Rates.width(link.eventsPerSecond(), busiest),
                    classes));
        }
        resourceRates.forEach((id, rates) -> nodes.put(
                id,
                new NodeSpec(
                        id,
                        id.substring(4),
                        null,
                        List.of(),
                        List.of(
                                new Row("in", Rates.perSecond(rates[0]), List.of(), List.of("rate-in")),
                                new Row("out", Rates.perSecond(rates[1]), List.of(), List.of("rate-out"))),
                        List.of("flow-resource"))));
        String title = "live flow: " + snapshot.links().size() + " links, " + snapshot.totalEvents() + " events";
        return assembler.assemble("flow", title, List.copyOf(nodes.values()), edges, previous);
    }
}
