package dev.pilothouse.visualizer.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits a graph into connected components, each keeping model order, ordered by their first node. */
final class Components {

    private Components() {}

    static List<LayoutGraph> split(LayoutGraph graph) {
        Map<String, String> parent = new HashMap<>();
        graph.nodes().forEach(n -> parent.put(n.id(), n.id()));
        for (LayoutEdge e : graph.edges()) {
            String a = find(parent, e.source());
            String b = find(parent, e.target());
            if (!a.equals(b)) {
                parent.put(b, a);
            }
        }
        Map<String, List<LayoutNode>> nodes = new LinkedHashMap<>();
        for (LayoutNode n : graph.nodes()) {
            nodes.computeIfAbsent(find(parent, n.id()), k -> new ArrayList<>()).add(n);
        }
        Map<String, List<LayoutEdge>> edges = new HashMap<>();
        for (LayoutEdge e : graph.edges()) {
            edges.computeIfAbsent(find(parent, e.source()), k -> new ArrayList<>())
                    .add(e);
        }
        List<LayoutGraph> out = new ArrayList<>();
        nodes.forEach((root, members) -> out.add(new LayoutGraph(members, edges.getOrDefault(root, List.of()))));
        return out;
    }

    private static String find(Map<String, String> parent, String id) {
        String p = parent.get(id);
        if (p == null) {
            throw new IllegalArgumentException("edge refers to unknown node " + id);
        }
        while (!p.equals(parent.get(p))) {
            parent.put(p, parent.get(parent.get(p)));
            p = parent.get(p);
        }
        return p;
    }
}
