package dev.pilothouse.workspace;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.pilothouse.schema.text.HiddenCharacters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One changed file side by side: every row pairs an old line with a new one (either may be absent) and says whether
 * it is unchanged, changed, added or removed. The deltas come from java-diff-utils (Myers). Each side of a row is also
 * cut into {@link Run runs}: which words are not on the other side, and where a {@link HiddenCharacters hidden
 * character} stands, so a console can show such a character instead of letting it reorder or hide the line.
 */
public record FileDiff(String file, List<Row> rows) {

    public enum Kind {
        SAME,
        CHANGED,
        ADDED,
        REMOVED
    }

    /** A hidden character on one side of a row: its offset in the line (0-based, in chars), the character, its name. */
    public record Hidden(int offset, char character, String name) {

        /** {@code U+202E}. */
        public String codePoint() {
            return String.format(Locale.ROOT, "U+%04X", (int) character);
        }
    }

    /**
     * A run of one side's text; a side's runs joined are its text. A run is ordinary text, or exactly one hidden
     * character ({@code hidden} set). {@code changed}: the run is not on the other side (by word in a changed row,
     * the whole line in an added or removed one).
     */
    public record Run(String text, boolean changed, Hidden hidden) {

        public boolean isHidden() {
            return hidden != null;
        }
    }

    /**
     * Line numbers are 1-based; 0 with a null text means "no line on this side" (and no runs). The five-argument
     * constructor computes the runs.
     */
    public record Row(
            Kind kind,
            int oldNumber,
            String oldText,
            int newNumber,
            String newText,
            List<Run> oldRuns,
            List<Run> newRuns) {

        public Row {
            oldRuns = List.copyOf(oldRuns);
            newRuns = List.copyOf(newRuns);
        }

        public Row(Kind kind, int oldNumber, String oldText, int newNumber, String newText) {
            this(
                    kind,
                    oldNumber,
                    oldText,
                    newNumber,
                    newText,
                    runs(kind, oldNumber, oldText, newText, true),
                    runs(kind, newNumber, newText, oldText, false));
        }

        public List<Hidden> oldHidden() {
            return hidden(oldRuns);
        }

        public List<Hidden> newHidden() {
            return hidden(newRuns);
        }

        /** True when either side holds a hidden character. */
        public boolean hasHidden() {
            return oldRuns.stream().anyMatch(Run::isHidden) || newRuns.stream().anyMatch(Run::isHidden);
        }

        private static List<Hidden> hidden(List<Run> runs) {
            return runs.stream().filter(Run::isHidden).map(Run::hidden).toList();
        }
    }

    public FileDiff {
        rows = List.copyOf(rows);
    }

    /** {@code before} or {@code after} null or empty: the file is added or removed. */
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
                rows.add(new Row(
                        kind,
                        left ? a + i + 1 : 0,
                        left ? gone.get(i) : null,
                        right ? b + i + 1 : 0,
                        right ? came.get(i) : null));
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

    /** True when a line on either side holds a hidden character. */
    public boolean hasHidden() {
        return rows.stream().anyMatch(Row::hasHidden);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }

    /** Words, runs of white space, and every other character alone (a hidden one among them). */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_$]+|\\s+|.", Pattern.DOTALL);

    private static List<Run> runs(Kind kind, int number, String text, String other, boolean oldSide) {
        if (text == null) {
            return List.of();
        }
        boolean[] changed = new boolean[text.length()];
        if (kind != Kind.SAME) {
            if (other == null) {
                java.util.Arrays.fill(changed, true);
            } else {
                markChangedWords(text, other, oldSide, changed);
            }
        }
        List<Run> runs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            // a byte order mark opening the file is no hidden character (as for PH902)
            boolean hidden =
                    number == 1 ? HiddenCharacters.hiddenAt(text, i) : HiddenCharacters.name(text.charAt(i)) != null;
            if (hidden) {
                if (start < i) {
                    runs.add(new Run(text.substring(start, i), changed[start], null));
                }
                char c = text.charAt(i);
                runs.add(new Run(String.valueOf(c), changed[i], new Hidden(i, c, HiddenCharacters.name(c))));
                start = i + 1;
            } else if (i > start && changed[i] != changed[i - 1]) {
                runs.add(new Run(text.substring(start, i), changed[start], null));
                start = i;
            }
        }
        if (start < text.length()) {
            runs.add(new Run(text.substring(start), changed[start], null));
        }
        return runs;
    }

    /** Marks the chars of {@code text}'s words that the word diff against {@code other} finds changed. */
    private static void markChangedWords(String text, String other, boolean oldSide, boolean[] changed) {
        List<int[]> spans = new ArrayList<>();
        List<String> mine = tokens(text, spans);
        List<String> theirs = tokens(other, new ArrayList<>());
        var patch = oldSide ? DiffUtils.diff(mine, theirs) : DiffUtils.diff(theirs, mine);
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            var chunk = oldSide ? delta.getSource() : delta.getTarget();
            for (int t = chunk.getPosition(); t < chunk.getPosition() + chunk.size(); t++) {
                java.util.Arrays.fill(changed, spans.get(t)[0], spans.get(t)[1], true);
            }
        }
    }

    private static List<String> tokens(String text, List<int[]> spans) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
            spans.add(new int[] {m.start(), m.end()});
        }
        return tokens;
    }
}
