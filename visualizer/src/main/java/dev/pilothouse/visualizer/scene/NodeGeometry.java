package dev.pilothouse.visualizer.scene;

import java.util.List;

/**
 * The box metrics every renderer shares: a header with the title (and subtitle), then one line per row with a name
 * column, a detail column and right-aligned badges. Text widths assume a monospace face.
 */
public final class NodeGeometry {

    public static final double PAD = 8;
    public static final double TITLE_LINE = 26;
    public static final double SUBTITLE_LINE = 16;
    public static final double ROW = 20;
    public static final double COLUMN_GAP = 12;
    public static final double BADGE_FONT = 10;
    public static final double BADGE_GAP = 4;
    public static final double MIN_WIDTH = 110;
    public static final double ROW_FONT = 12;
    public static final double TITLE_FONT = 13;
    public static final double SUBTITLE_FONT = 11;
    private static final double ADVANCE = 0.62;

    private NodeGeometry() {}

    public static double textWidth(String text, double fontSize) {
        return text == null ? 0 : text.codePointCount(0, text.length()) * fontSize * ADVANCE;
    }

    public static double badgeWidth(Badge badge) {
        return textWidth(badge.text(), BADGE_FONT) + 8;
    }

    public static double badgesWidth(List<Badge> badges) {
        return badges.stream().mapToDouble(b -> badgeWidth(b) + BADGE_GAP).sum();
    }

    public static double headerHeight(String subtitle) {
        return TITLE_LINE + (subtitle == null ? 0 : SUBTITLE_LINE);
    }

    public static double nameColumn(List<Row> rows) {
        return rows.stream()
                .mapToDouble(r -> textWidth(r.name(), ROW_FONT))
                .max()
                .orElse(0);
    }

    /** Centre of row {@code index}, measured from the top of the box. */
    public static double rowCentre(String subtitle, int index) {
        return headerHeight(subtitle) + index * ROW + ROW / 2 + 2;
    }

    public static double width(String title, String subtitle, List<Badge> badges, List<Row> rows) {
        double header = textWidth(title, TITLE_FONT) + COLUMN_GAP + badgesWidth(badges);
        double sub = textWidth(subtitle, SUBTITLE_FONT);
        double names = nameColumn(rows);
        double body = 0;
        for (Row r : rows) {
            double detail = r.detail() == null ? 0 : COLUMN_GAP + textWidth(r.detail(), ROW_FONT);
            double tags = r.badges().isEmpty() ? 0 : COLUMN_GAP + badgesWidth(r.badges());
            body = Math.max(body, names + detail + tags);
        }
        return Math.ceil(Math.max(MIN_WIDTH, Math.max(header, Math.max(sub, body)) + 2 * PAD));
    }

    public static double height(String subtitle, List<Row> rows) {
        return headerHeight(subtitle) + rows.size() * ROW + (rows.isEmpty() ? 0 : 6);
    }
}
