package dev.pilothouse.plugin.api;

import java.util.List;

/** Toolkit-neutral panel content: plain text, sanitisable HTML, a table of values, or an SVG drawing. */
public sealed interface PanelContent {

    record Text(String text) implements PanelContent {}

    /** HTML a console shows in a sandboxed view (the web console sanitises it, the desktop shows it in a WebView). */
    record Html(String html) implements PanelContent {}

    record Table(List<String> columns, List<List<String>> rows) implements PanelContent {

        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException(
                            "row " + row + " has " + row.size() + " cells for " + columns.size() + " columns");
                }
            }
        }
    }

    /** An SVG document, as the visualizer's diagrams are. */
    record Svg(String svg) implements PanelContent {}
}
