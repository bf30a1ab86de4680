package dev.pilothouse.visualizer.layout;

import dev.pilothouse.visualizer.scene.Bounds;
import dev.pilothouse.visualizer.scene.Point;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Lays out graphs with ELK, one connected component at a time. Results are cached by graph (component layouts too,
 * so a small change re-runs ELK on one component only) and stable: given the previous result, components that
 * still fit keep their place. Thread-safe; UIs call {@link #layoutAsync} with a background executor.
 */
public final class Layouter {

    private final Executor executor;
    private final LruCache<LayoutGraph, LayoutResult> components;
    private final LruCache<LayoutGraph, LayoutResult> graphs;
    private final ElkEngine engine = new ElkEngine();

    /** {@code executor} runs asynchronous layouts; {@code cacheSize} bounds each cache (graphs and components). */
    public Layouter(Executor executor, int cacheSize) {
        this.executor = executor;
        this.components = new LruCache<>(cacheSize * 8);
        this.graphs = new LruCache<>(cacheSize);
    }

    public CompletableFuture<LayoutResult> layoutAsync(LayoutGraph graph, LayoutResult previous) {
        return CompletableFuture.supplyAsync(() -> layout(graph, previous), executor);
    }

    public LayoutResult layout(LayoutGraph graph) {
        return layout(graph, LayoutResult.EMPTY);
    }

    /** Lays out {@code graph}, keeping components where {@code previous} had them when they still fit. */
    public LayoutResult layout(LayoutGraph graph, LayoutResult previous) {
        LayoutResult cached = graphs.get(graph);
        if (cached != null) {
            return cached;
        }
        List<LayoutGraph> parts = Components.split(graph);
        List<LayoutResult> laidOut = new ArrayList<>();
        List<Packer.Item> items = new ArrayList<>();
        for (LayoutGraph part : parts) {
            LayoutResult r = components.computeIfAbsent(part, engine::layout);
            laidOut.add(r);
            items.add(new Packer.Item(part.nodes().get(0).id(), r.width(), r.height(), anchor(part, r, previous)));
        }
        Map<String, Point> origins = Packer.pack(items, previous.components(), previous.width());
        LayoutResult result = merge(items, laidOut, origins);
        graphs.put(graph, result);
        return result;
    }

    /**
     * The origin that puts the component's first node that was already drawn back where it was, so that adding a
     * node next to a component does not shift the rest of it; null when none of its nodes was drawn before.
     */
    private static Point anchor(LayoutGraph part, LayoutResult local, LayoutResult previous) {
        for (LayoutNode n : part.nodes()) {
            Bounds before = previous.nodes().get(n.id());
            if (before != null) {
                Bounds now = local.node(n.id());
                return new Point(Math.max(0, before.x() - now.x()), Math.max(0, before.y() - now.y()));
            }
        }
        return null;
    }

    private static LayoutResult merge(List<Packer.Item> items, List<LayoutResult> parts, Map<String, Point> origins) {
        Map<String, Bounds> nodes = new HashMap<>();
        Map<String, List<Point>> routes = new HashMap<>();
        Map<String, Point> labels = new HashMap<>();
        Map<String, Point> components = new LinkedHashMap<>();
        double width = 0;
        double height = 0;
        for (int i = 0; i < parts.size(); i++) {
            Point o = origins.get(items.get(i).key());
            LayoutResult part = parts.get(i);
            components.put(items.get(i).key(), o);
            part.nodes().forEach((id, b) -> nodes.put(id, b.translate(o.x(), o.y())));
            part.routes()
                    .forEach((id, r) -> routes.put(
                            id, r.stream().map(p -> p.translate(o.x(), o.y())).toList()));
            part.labels().forEach((id, p) -> labels.put(id, p.translate(o.x(), o.y())));
            width = Math.max(width, o.x() + part.width());
            height = Math.max(height, o.y() + part.height());
        }
        return new LayoutResult(width, height, nodes, routes, labels, components);
    }
}
