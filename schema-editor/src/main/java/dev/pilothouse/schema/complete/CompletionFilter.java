package dev.pilothouse.schema.complete;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Narrows completion items to the word typed before the caret: labels that start with it (ignoring case) first,
 * then labels that contain it, each group in the language service's order. {@link CompletionService} offers every
 * candidate of the context; an editor without a filter of its own applies this one.
 */
public final class CompletionFilter {

    private CompletionFilter() {}

    /** The items whose label matches the text between their replace start and {@code caret} of {@code text}. */
    public static List<Completion> typedPrefix(List<Completion> items, String text, int caret) {
        if (items.isEmpty()) {
            return items;
        }
        int start = items.get(0).replaceStart();
        if (start >= caret || caret > text.length()) {
            return items;
        }
        return matching(items, text.substring(start, caret));
    }

    /** The items whose label starts with, then contains, {@code typed} (quotes around a value are ignored). */
    public static List<Completion> matching(List<Completion> items, String typed) {
        String word = typed.replace("\"", "").toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return items;
        }
        List<Completion> starting = new ArrayList<>();
        List<Completion> containing = new ArrayList<>();
        for (Completion c : items) {
            String label = c.label().toLowerCase(Locale.ROOT);
            if (label.startsWith(word)) {
                starting.add(c);
            } else if (label.contains(word)) {
                containing.add(c);
            }
        }
        starting.addAll(containing);
        return List.copyOf(starting);
    }
}
