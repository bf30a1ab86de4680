package dev.pilothouse.desktop.viewmodel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Expands completion snippets: {@code ${1:default}} keeps its default, {@code $n} disappears, the caret goes to the first. */
public final class Snippets {

    /** The text to insert and where the caret goes, relative to its start. */
    public record Expanded(String text, int caret) {}

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\d+):([^}]*)}|\\$(\\d+)");

    private Snippets() {}

    public static Expanded expand(String snippet) {
        Matcher m = PLACEHOLDER.matcher(snippet);
        StringBuilder out = new StringBuilder();
        int caret = -1;
        int caretRank = Integer.MAX_VALUE;
        int last = 0;
        while (m.find()) {
            out.append(snippet, last, m.start());
            int rank = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
            rank = rank == 0 ? Integer.MAX_VALUE - 1 : rank; // $0 is the final position, used only when alone
            if (rank < caretRank) {
                caretRank = rank;
                caret = out.length();
            }
            if (m.group(2) != null) {
                out.append(m.group(2));
            }
            last = m.end();
        }
        out.append(snippet.substring(last));
        return new Expanded(out.toString(), caret < 0 ? out.length() : caret);
    }
}
