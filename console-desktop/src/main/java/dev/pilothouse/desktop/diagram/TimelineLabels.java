package dev.pilothouse.desktop.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Keeps the audit timeline's labels apart once their real fonts are known (the scene's geometry guesses text widths):
 * an actor name longer than the lane-label column is cut short with an ellipsis, the full name in a tooltip on the
 * lane, and an axis time that would touch the one before it, or run past the lanes, is left out (its tick line
 * stays).
 */
final class TimelineLabels {

    static final double GAP = 8;

    private final List<Text> laneTitles = new ArrayList<>();
    private final List<String> actors = new ArrayList<>();
    private final List<Text> axis = new ArrayList<>();
    private final double plotStart;
    private final double plotEnd;

    private TimelineLabels(Group root) {
        double start = Double.MAX_VALUE;
        double end = 0;
        for (Node n : root.lookupAll(".node.lane")) {
            Group lane = (Group) n;
            end = Math.max(end, lane.getBoundsInLocal().getMaxX());
            lane.getChildren().stream()
                    .filter(c -> c.getStyleClass().contains("title"))
                    .map(Text.class::cast)
                    .findFirst()
                    .ifPresent(t -> {
                        laneTitles.add(t);
                        actors.add(t.getText());
                        Tooltip.install(lane, new Tooltip(t.getText()));
                    });
        }
        for (Node n : root.lookupAll(".node.entry")) {
            start = Math.min(start, n.getBoundsInLocal().getMinX());
        }
        for (Node n : root.lookupAll(".guide.tick")) {
            start = Math.min(start, ((Line) n).getStartX());
        }
        root.lookupAll(".free-text.axis").forEach(n -> axis.add((Text) n));
        axis.sort(Comparator.comparingDouble(Text::getX));
        this.plotStart = start;
        this.plotEnd = end;
    }

    /** Fits the labels of a rendered timeline now and again whenever styling changes a label's font. */
    static void fit(Group root) {
        TimelineLabels labels = new TimelineLabels(root);
        labels.layout();
        labels.laneTitles.forEach(t -> t.fontProperty().addListener((o, a, b) -> labels.layout()));
        labels.axis.forEach(t -> t.fontProperty().addListener((o, a, b) -> labels.layout()));
    }

    private void layout() {
        for (int i = 0; i < laneTitles.size(); i++) {
            Text title = laneTitles.get(i);
            title.setText(elide(actors.get(i), title.getFont(), plotStart - GAP - title.getX()));
        }
        double shownEnd = Double.NEGATIVE_INFINITY;
        for (Text tick : axis) {
            double width = width(tick.getText(), tick.getFont());
            boolean fits = tick.getX() >= shownEnd + GAP && tick.getX() + width <= plotEnd; // not cut off at the edge
            tick.setVisible(fits);
            if (fits) {
                shownEnd = tick.getX() + width;
            }
        }
    }

    /** {@code s}, or as much of it as fits in {@code room} followed by an ellipsis. */
    static String elide(String s, Font font, double room) {
        if (width(s, font) <= room) {
            return s;
        }
        for (int end = s.length() - 1; end > 0; end--) {
            String cut = s.substring(0, end) + "…";
            if (width(cut, font) <= room) {
                return cut;
            }
        }
        return "…";
    }

    private static double width(String s, Font font) {
        Text probe = new Text(s);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }
}
