package dev.pilothouse.visualizer.timeline;

import dev.pilothouse.visualizer.scene.Bounds;
import dev.pilothouse.visualizer.scene.Guide;
import dev.pilothouse.visualizer.scene.NodeGeometry;
import dev.pilothouse.visualizer.scene.Point;
import dev.pilothouse.visualizer.scene.Scene;
import dev.pilothouse.visualizer.scene.SceneEdge;
import dev.pilothouse.visualizer.scene.SceneNode;
import dev.pilothouse.visualizer.scene.SceneText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audit timeline: a lane per actor (people, then agents, then the runtime), each step a box at its time, steps
 * on the same subject joined in order (proposal → validation → approval → deploy → rollback). Only records inside
 * the range are drawn, so zooming is drawing again with another {@link TimeRange}. Plain arithmetic, no ELK.
 */
public final class TimelineDiagram {

    static final double LABEL_COLUMN = 170;
    static final double AXIS = 26;
    static final double SUB_ROW = 30;
    static final double LANE_PAD = 8;
    static final double ENTRY_HEIGHT = 26;

    private final double plotWidth;

    public TimelineDiagram(double plotWidth) {
        this.plotWidth = plotWidth;
    }

    public Scene draw(List<AuditRecord> records, TimeRange range) {
        List<AuditRecord> shown = records.stream()
                .filter(r -> range.contains(r.time()))
                .sorted(Comparator.comparing(AuditRecord::time))
                .toList();
        Map<String, List<AuditRecord>> lanes = new TreeMap<>();
        shown.forEach(r -> lanes.computeIfAbsent(r.actorKind().ordinal() + "\u0000" + r.actor(), k -> new ArrayList<>())
                .add(r));
        List<SceneNode> laneNodes = new ArrayList<>();
        List<SceneNode> entries = new ArrayList<>();
        Map<AuditRecord, Bounds> placed = new LinkedHashMap<>();
        double y = AXIS;
        for (List<AuditRecord> lane : lanes.values()) {
            double height = placeLane(lane, range, y, entries, placed);
            AuditRecord first = lane.get(0);
            String kind = first.actorKind().name().toLowerCase(Locale.ROOT);
            laneNodes.add(new SceneNode(
                    "lane:" + kind + ":" + first.actor(),
                    new Bounds(0, y, LABEL_COLUMN + plotWidth, height),
                    first.actor(),
                    kind,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of("lane", "lane-" + kind)));
            y += height + 4;
        }
        List<SceneNode> nodes = new ArrayList<>(laneNodes);
        nodes.addAll(entries);
        List<SceneText> texts = new ArrayList<>();
        List<Guide> guides = new ArrayList<>();
        for (Instant tick : TimeAxis.ticks(range)) {
            double x = x(tick, range);
            texts.add(new SceneText(TimeAxis.format(tick, range), new Point(x, 14), List.of("axis")));
            guides.add(new Guide(new Point(x, AXIS - 6), new Point(x, y), List.of("tick")));
        }
        String title = "audit timeline " + TimeAxis.format(range.start(), range) + " – "
                + TimeAxis.format(range.end(), range) + " UTC, " + shown.size() + " entries";
        return new Scene("timeline", title, LABEL_COLUMN + plotWidth + 8, y, nodes, sequences(placed), texts, guides);
    }

    private double placeLane(
            List<AuditRecord> lane, TimeRange range, double top, List<SceneNode> out, Map<AuditRecord, Bounds> placed) {
        List<Double> rowEnds = new ArrayList<>();
        for (AuditRecord r : lane) {
            String text = r.action().label() + " " + shorten(r.subject());
            double width = NodeGeometry.textWidth(text, NodeGeometry.TITLE_FONT) + 2 * NodeGeometry.PAD;
            double x = Math.min(x(r.time(), range), LABEL_COLUMN + plotWidth - width);
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) + 4 > x) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(0.0);
            }
            rowEnds.set(row, x + width);
            Bounds b = new Bounds(x, top + LANE_PAD + row * SUB_ROW, width, ENTRY_HEIGHT);
            placed.put(r, b);
            String id = "entry:" + r.time().toEpochMilli() + ":" + r.actor() + ":"
                    + r.action().label() + ":" + r.subject();
            out.add(new SceneNode(
                    id,
                    b,
                    text,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of("entry", r.action().label(), r.outcome().name().toLowerCase(Locale.ROOT))));
        }
        return Math.max(rowEnds.size(), 1) * SUB_ROW + 2 * LANE_PAD + 12;
    }

    private static List<SceneEdge> sequences(Map<AuditRecord, Bounds> placed) {
        Map<String, List<AuditRecord>> bySubject = new LinkedHashMap<>();
        placed.keySet().stream()
                .sorted(Comparator.comparing(AuditRecord::time))
                .forEach(r -> bySubject
                        .computeIfAbsent(r.subject(), k -> new ArrayList<>())
                        .add(r));
        List<SceneEdge> edges = new ArrayList<>();
        bySubject.forEach((subject, steps) -> {
            for (int i = 1; i < steps.size(); i++) {
                Bounds a = placed.get(steps.get(i - 1));
                Bounds b = placed.get(steps.get(i));
                Point from = new Point(a.maxX(), a.y() + a.height() / 2);
                Point to = new Point(Math.max(b.x(), a.maxX() + 8), b.y() + b.height() / 2);
                double mid = (from.x() + to.x()) / 2;
                edges.add(new SceneEdge(
                        "seq:" + subject + ":" + i,
                        "",
                        "",
                        List.of(from, new Point(mid, from.y()), new Point(mid, to.y()), to),
                        List.of(),
                        1,
                        List.of("edge", "edge-sequence")));
            }
        });
        return edges;
    }

    private double x(Instant t, TimeRange range) {
        return LABEL_COLUMN + range.fraction(t) * plotWidth;
    }

    private static String shorten(String subject) {
        return subject.length() > 18 ? subject.substring(0, 17) + "…" : subject;
    }
}
