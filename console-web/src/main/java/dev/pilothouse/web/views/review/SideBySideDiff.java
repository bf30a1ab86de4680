package dev.pilothouse.web.views.review;

import com.vaadin.flow.component.Html;
import dev.pilothouse.workspace.FileDiff;
import dev.pilothouse.workspace.FileDiff.Kind;
import dev.pilothouse.workspace.FileDiff.Row;
import dev.pilothouse.workspace.FileDiff.Run;
import java.util.List;

/**
 * One file before and after, side by side, with changed words marked, as the workspace's {@link FileDiff} computes
 * it. Unchanged runs are folded to {@link #CONTEXT} lines around each change. A hidden character (bidirectional
 * override, zero-width space, control code) is shown as a marker naming it instead of acting on the line, and its
 * row is marked {@code ph-diff-hidden}.
 */
final class SideBySideDiff {

    static final int CONTEXT = 3;

    private static final String DEL = "<del style=\"background:var(--lumo-error-color-50pct)\">";
    private static final String INS = "<ins style=\"background:var(--lumo-success-color-50pct);text-decoration:none\">";
    private static final String WARN = "var(--lumo-warning-color,#f59e0b)";

    private SideBySideDiff() {}

    static Html of(FileDiff diff) {
        List<Row> rows = diff.rows();
        StringBuilder html = new StringBuilder("<table class=\"ph-diff\" data-file=\"")
                .append(escape(diff.file()))
                .append("\" style=\"width:100%;border-collapse:collapse;font-family:var(--lumo-font-family-monospace,"
                        + "monospace);font-size:var(--lumo-font-size-s);table-layout:fixed\">");
        html.append("<colgroup><col style=\"width:3em\"><col><col style=\"width:3em\"><col></colgroup>");
        boolean folded = false;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.kind() == Kind.SAME && !row.hasHidden() && !nearChange(rows, i)) {
                if (!folded) {
                    html.append("<tr><td colspan=\"4\" style=\"color:var(--lumo-secondary-text-color);"
                            + "background:var(--lumo-contrast-5pct);padding:0 .5em\">⋯</td></tr>");
                    folded = true;
                }
                continue;
            }
            folded = false;
            html.append("<tr class=\"ph-diff-")
                    .append(tag(row.kind()))
                    .append(
                            row.hasHidden()
                                    ? " ph-diff-hidden\" title=\"this line holds hidden characters, shown as markers\">"
                                    : "\">");
            boolean changed = row.kind() != Kind.SAME;
            cell(
                    html,
                    row.oldNumber(),
                    row.oldRuns(),
                    changed && row.oldText() != null,
                    "var(--lumo-error-color-10pct)",
                    DEL,
                    "</del>",
                    row.hasHidden());
            cell(
                    html,
                    row.newNumber(),
                    row.newRuns(),
                    changed && row.newText() != null,
                    "var(--lumo-success-color-10pct)",
                    INS,
                    "</ins>",
                    false);
            html.append("</tr>");
        }
        return new Html(html.append("</table>").toString());
    }

    /** The row classes the page has always had (java-diff-utils' tags). */
    private static String tag(Kind kind) {
        return switch (kind) {
            case SAME -> "equal";
            case CHANGED -> "change";
            case ADDED -> "insert";
            case REMOVED -> "delete";
        };
    }

    private static void cell(
            StringBuilder html,
            int number,
            List<Run> runs,
            boolean changed,
            String background,
            String open,
            String close,
            boolean flagged) {
        String bg = changed ? "background:" + background + ";" : "";
        html.append("<td style=\"color:var(--lumo-secondary-text-color);text-align:right;padding:0 .5em;")
                .append(bg)
                .append(flagged ? "border-left:4px solid " + WARN + ";" : "")
                .append("\">")
                .append(number > 0 ? number : "")
                .append("</td>")
                .append("<td style=\"white-space:pre-wrap;word-break:break-all;padding:0 .5em;")
                .append(bg)
                .append("\">");
        for (Run run : runs) {
            html.append(run.changed() ? open : "");
            if (run.isHidden()) {
                FileDiff.Hidden h = run.hidden();
                html.append("<span class=\"ph-hidden-char\" title=\"")
                        .append(escape(h.codePoint() + " " + h.name()
                                + ": a hidden character; it changes how the line reads on screen without being seen,"
                                + " so it is shown here instead of acting"))
                        .append("\" style=\"background:")
                        .append(WARN)
                        .append(";color:var(--lumo-base-color,#000);"
                                + "border-radius:3px;padding:0 2px;font-size:var(--lumo-font-size-xs)\">⟨")
                        .append(h.codePoint())
                        .append("⟩</span>");
            } else {
                html.append(escape(run.text()));
            }
            html.append(run.changed() ? close : "");
        }
        html.append("</td>");
    }

    private static boolean nearChange(List<Row> rows, int at) {
        for (int i = Math.max(0, at - CONTEXT); i <= Math.min(rows.size() - 1, at + CONTEXT); i++) {
            if (rows.get(i).kind() != Kind.SAME) {
                return true;
            }
        }
        return false;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
