package dev.pilothouse.desktop.viewmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Every action with a title; the query keeps those whose title contains its letters in order, best first. */
public final class CommandPaletteViewModel {

    private final List<Command> all = new ArrayList<>();
    private final ObservableList<Command> matches = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");

    public CommandPaletteViewModel() {
        query.addListener((obs, old, now) -> refresh());
    }

    public void register(Command command) {
        all.add(command);
        refresh();
    }

    public List<Command> commands() {
        return List.copyOf(all);
    }

    private void refresh() {
        String q = query.get() == null ? "" : query.get().strip().toLowerCase(Locale.ROOT);
        matches.setAll(all.stream()
                .filter(c -> score(c.title(), q) >= 0)
                .sorted(Comparator.comparingInt((Command c) -> score(c.title(), q))
                        .thenComparing(Command::title))
                .toList());
    }

    /** -1 when the letters of {@code q} do not appear in order; otherwise lower is better (gaps between them). */
    static int score(String title, String q) {
        String t = title.toLowerCase(Locale.ROOT);
        if (t.contains(q)) {
            return t.indexOf(q);
        }
        int pos = 0;
        int gaps = 100;
        for (char c : q.toCharArray()) {
            if (c == ' ') {
                continue;
            }
            int found = t.indexOf(c, pos);
            if (found < 0) {
                return -1;
            }
            gaps += found - pos;
            pos = found + 1;
        }
        return gaps;
    }

    /** Runs the best match (Enter in the palette); false when nothing matches. */
    public boolean runFirst() {
        if (matches.isEmpty()) {
            return false;
        }
        matches.get(0).action().run();
        return true;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Command> matches() {
        return matches;
    }
}
