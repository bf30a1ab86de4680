package dev.pilothouse.desktop.viewmodel;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * One changed file of a proposal, side by side: every row pairs an old line with a new one (either may be absent)
 * and says whether it is unchanged, changed, added or removed. The deltas come from java-diff-utils (Myers).
 */
public record FileDiff(String file, List<Row> rows) {

    public enum Kind { SAME, CHANGED, ADDED, REMOVED }

    /** Line numbers are 1-based; 0 with a null text means "no line on this side". */
    public record Row(Kind kind, int oldNumber, String oldText, int newNumber, String newText) {
    }

    public FileDiff {
        rows = List.copyOf(rows);
    }

    public static FileDiff of(String file, String before, String after) {
        List<String> old = lines(before);
        List<String> now = lines(after);
        List<Row> rows = new ArrayList<>();
        int a = 0;
        int b = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            for (; a < delta.getSource().getPosition(); a++, b++) {
                rows.add(new Row(Kind.SAME, a + 1, old.get(a), b + 1, now.get(b)));
            }
            List<String> gone = delta.getSource().getLines();
            List<String> came = delta.getTarget().getLines();
            Kind kind = gone.isEmpty() ? Kind.ADDED : came.isEmpty() ? Kind.REMOVED : Kind.CHANGED;
            for (int i = 0; i < Math.max(gone.size(), came.size()); i++) {
                boolean left = i < gone.size();
                boolean right = i < came.size();
                rows.add(new Row(kind, left ? a + i + 1 : 0, left ? gone.get(i) : null,
                        right ? b + i + 1 : 0, right ? came.get(i) : null));
            }
            a += gone.size();
            b += came.size();
        }
        for (; a < old.size(); a++, b++) {
            rows.add(new Row(Kind.SAME, a + 1, old.get(a), b + 1, now.get(b)));
        }
        return new FileDiff(file, rows);
    }

    public long changedLines() {
        return rows.stream().filter(r -> r.kind() != Kind.SAME).count();
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }
}
