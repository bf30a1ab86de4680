package dev.pilothouse.web.views.review;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import com.vaadin.flow.component.Html;
import java.util.Arrays;
import java.util.List;

/**
 * One file before and after, side by side, with changed words marked (java-diff-utils does the diffing and the
 * HTML escaping). Unchanged runs are folded to {@link #CONTEXT} lines around each change.
 */
final class SideBySideDiff {

    static final int CONTEXT = 3;

    private static final DiffRowGenerator ROWS = DiffRowGenerator.create().showInlineDiffs(true)
            .inlineDiffByWord(true).mergeOriginalRevised(false)
            .oldTag(open -> open ? "<del style=\"background:var(--lumo-error-color-50pct)\">" : "</del>")
            .newTag(open -> open ? "<ins style=\"background:var(--lumo-success-color-50pct);text-decoration:none\">"
                    : "</ins>")
            .build();

    private SideBySideDiff() {
    }

    static Html of(String file, String before, String after) {
        List<DiffRow> rows = ROWS.generateDiffRows(lines(before), lines(after));
        StringBuilder html = new StringBuilder("<table class=\"ph-diff\" data-file=\"").append(file)
                .append("\" style=\"width:100%;border-collapse:collapse;font-family:var(--lumo-font-family-monospace,"
                        + "monospace);font-size:var(--lumo-font-size-s);table-layout:fixed\">");
        html.append("<colgroup><col style=\"width:3em\"><col><col style=\"width:3em\"><col></colgroup>");
        int oldNo = 0;
        int newNo = 0;
        boolean folded = false;
        for (int i = 0; i < rows.size(); i++) {
            DiffRow row = rows.get(i);
            boolean hasOld = row.getTag() != DiffRow.Tag.INSERT;
            boolean hasNew = row.getTag() != DiffRow.Tag.DELETE;
            oldNo += hasOld ? 1 : 0;
            newNo += hasNew ? 1 : 0;
            if (row.getTag() == DiffRow.Tag.EQUAL && !nearChange(rows, i)) {
                if (!folded) {
                    html.append("<tr><td colspan=\"4\" style=\"color:var(--lumo-secondary-text-color);"
                            + "background:var(--lumo-contrast-5pct);padding:0 .5em\">⋯</td></tr>");
                    folded = true;
                }
                continue;
            }
            folded = false;
            html.append("<tr class=\"ph-diff-").append(row.getTag().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\">");
            cell(html, hasOld ? oldNo : 0, hasOld ? row.getOldLine() : "", row.getTag() != DiffRow.Tag.EQUAL && hasOld,
                    "var(--lumo-error-color-10pct)");
            cell(html, hasNew ? newNo : 0, hasNew ? row.getNewLine() : "", row.getTag() != DiffRow.Tag.EQUAL && hasNew,
                    "var(--lumo-success-color-10pct)");
            html.append("</tr>");
        }
        return new Html(html.append("</table>").toString());
    }

    private static void cell(StringBuilder html, int number, String text, boolean changed, String background) {
        String bg = changed ? "background:" + background + ";" : "";
        html.append("<td style=\"color:var(--lumo-secondary-text-color);text-align:right;padding:0 .5em;")
                .append(bg).append("\">").append(number > 0 ? number : "").append("</td>")
                .append("<td style=\"white-space:pre-wrap;word-break:break-all;padding:0 .5em;").append(bg)
                .append("\">").append(text).append("</td>");
    }

    private static boolean nearChange(List<DiffRow> rows, int at) {
        for (int i = Math.max(0, at - CONTEXT); i <= Math.min(rows.size() - 1, at + CONTEXT); i++) {
            if (rows.get(i).getTag() != DiffRow.Tag.EQUAL) {
                return true;
            }
        }
        return false;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1));
    }
}
