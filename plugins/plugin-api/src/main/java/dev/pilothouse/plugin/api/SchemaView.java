package dev.pilothouse.plugin.api;

import java.util.List;
import java.util.Optional;

/** What Harper makes of one schema file, as plugins see it: its tables. {@code file} is the path as given. */
public record SchemaView(String file, List<TableView> tables) {

    public SchemaView {
        tables = List.copyOf(tables);
    }

    public Optional<TableView> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
