package dev.pilothouse.visualizer.layout;

import dev.pilothouse.visualizer.scene.Bounds;
import dev.pilothouse.visualizer.scene.Point;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places laid-out components on the canvas. A component that was on the previous canvas goes where it would keep its
 * old nodes in place (or keeps its origin) unless it would now overlap another; the rest are packed in shelves below, left to right, in model order.
 */
final class Packer {

    static final double GAP = 24;

    private Packer() {}

    /**
     * A component's key (its first node id), its size, and where it would like to go (null: where the previous
     * canvas had it, if anywhere).
     */
    record Item(String key, double width, double height, Point preferred) {}

    static Map<String, Point> pack(List<Item> items, Map<String, Point> previous, double previousWidth) {
        Map<String, Point> origins = new LinkedHashMap<>();
        List<Bounds> placed = new ArrayList<>();
        List<Item> rest = new ArrayList<>();
        for (Item item : items) {
            Point old = item.preferred() != null ? item.preferred() : previous.get(item.key());
            Bounds box = old == null ? null : new Bounds(old.x(), old.y(), item.width(), item.height());
            if (box != null && placed.stream().noneMatch(box::overlaps)) {
                placed.add(box);
                origins.put(item.key(), old);
            } else {
                rest.add(item);
            }
        }
        shelves(rest, placed, origins, shelfWidth(items, previousWidth));
        return origins;
    }

    private static double shelfWidth(List<Item> items, double previousWidth) {
        double area = 0;
        double widest = 0;
        for (Item i : items) {
            area += (i.width() + GAP) * (i.height() + GAP);
            widest = Math.max(widest, i.width());
        }
        return Math.max(widest, Math.max(previousWidth, Math.sqrt(area) * 1.6));
    }

    private static void shelves(List<Item> items, List<Bounds> placed, Map<String, Point> origins, double maxWidth) {
        double y = placed.stream().mapToDouble(b -> b.maxY() + GAP).max().orElse(0);
        double x = 0;
        double shelfHeight = 0;
        for (Item item : items) {
            if (x > 0 && x + item.width() > maxWidth) {
                y += shelfHeight + GAP;
                x = 0;
                shelfHeight = 0;
            }
            origins.put(item.key(), new Point(x, y));
            x += item.width() + GAP;
            shelfHeight = Math.max(shelfHeight, item.height());
        }
    }
}
