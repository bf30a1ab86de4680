package dev.pilothouse.web.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows a live grid shows, changed in place: an update refreshes its one row, an insert appends, a delete
 * removes. Replacing the grid's items on every batch instead would clear the user's selection and make the
 * browser fetch every visible row again, several times a second under load. At most {@code limit} rows are kept:
 * records inserted beyond that are counted, not shown, so a table growing fast cannot grow the session with it.
 */
final class LiveRows {

    /** One row; the grid keeps the same object for a record's life, so selection follows the record. */
    static final class Row {
        private final String key;
        private JsonNode value; // read and written under the UI's lock only

        Row(String key, JsonNode value) {
            this.key = key;
            this.value = value;
        }

        String key() {
            return key;
        }

        JsonNode value() {
            return value;
        }
    }

    private final Grid<Row> grid;
    private final int limit;
    private final Map<String, Row> byKey = new LinkedHashMap<>();
    private GridListDataView<Row> view;
    private long notShown;

    LiveRows(Grid<Row> grid, int limit) {
        this.grid = grid;
        this.limit = limit;
        this.view = grid.setItems(new ArrayList<>());
    }

    /** Shows exactly these records, in this order (a table was picked). */
    void reset(Map<String, JsonNode> records) {
        byKey.clear();
        notShown = 0;
        records.forEach((key, value) -> byKey.put(key, new Row(key, value)));
        view = grid.setItems(new ArrayList<>(byKey.values()));
    }

    /** Applies one batch: key → latest record, or null when the record was deleted. */
    void apply(Map<String, JsonNode> batch) {
        List<Row> added = new ArrayList<>();
        List<Row> removed = new ArrayList<>();
        batch.forEach((key, value) -> {
            Row row = byKey.get(key);
            if (value == null) {
                if (row != null) {
                    byKey.remove(key);
                    removed.add(row);
                }
            } else if (row == null && byKey.size() >= limit) {
                notShown++;
            } else if (row == null) {
                row = new Row(key, value);
                byKey.put(key, row);
                added.add(row);
            } else {
                row.value = value;
                view.refreshItem(row);
            }
        });
        if (!removed.isEmpty()) {
            view.removeItems(removed);
        }
        if (!added.isEmpty()) {
            view.addItems(added);
        }
    }

    int size() {
        return byKey.size();
    }

    /** Records inserted while the grid was full, since the last {@link #reset}. */
    long notShown() {
        return notShown;
    }
}
