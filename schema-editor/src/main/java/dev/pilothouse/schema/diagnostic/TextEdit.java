package dev.pilothouse.schema.diagnostic;

/** Replace the text in [start, end) with {@code replacement}. */
public record TextEdit(int start, int end, String replacement) {

    public TextEdit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad edit range [" + start + "," + end + ")");
        }
    }

    /** Applies edits that do not overlap, in any order. */
    public static String apply(String text, java.util.List<TextEdit> edits) {
        var sorted = new java.util.ArrayList<>(edits);
        sorted.sort(java.util.Comparator.comparingInt(TextEdit::start).reversed());
        var out = new StringBuilder(text);
        for (TextEdit edit : sorted) {
            out.replace(edit.start(), edit.end(), edit.replacement());
        }
        return out.toString();
    }
}
