package dev.pilothouse.desktop.viewmodel;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Table data of the connected runtime, as the data browser needs it. */
public interface DataPort {

    /**
     * A table with its primary key and attribute types (Harper's type names, e.g. "Float"), and the REST path it is
     * exported at ({@code /depots/}; null when Harper does not export it).
     */
    record TableInfo(
            String database,
            String name,
            String primaryKey,
            Map<String, String> attributes,
            long recordCount,
            String restPath) {
        public String label() {
            return database + "." + name;
        }

        public boolean exported() {
            return restPath != null;
        }
    }

    /** One Harper search condition: {@code type} is a search_type such as equals or greater_than. */
    record Condition(String attribute, String type, Object value) {}

    record PageRequest(
            String operator,
            List<Condition> conditions,
            String sortAttribute,
            boolean descending,
            int offset,
            int limit) {}

    /** A put (value = the whole record) or delete (value null) seen on the table's subscription. */
    record RowChange(String id, Map<String, Object> value) {}

    List<TableInfo> tables();

    List<Map<String, Object>> page(TableInfo table, PageRequest request);

    /** Merges {@code changes} into the record with id {@code id}. */
    void update(TableInfo table, Object id, Map<String, Object> changes);

    /** Subscribes to the table's changes; closing ends the subscription. */
    AutoCloseable subscribe(TableInfo table, Consumer<RowChange> changes);
}
