package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.workspace.policy.RecordMask;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The data browser: tables of the runtime, one page of the selected table (sorted, filtered with Harper conditions),
 * inline edits validated against attribute types, and live changes merged into the page and marked. Protected data
 * is masked for a user without clearance ({@link ProtectionPort}): a protected table is neither read nor subscribed
 * to, a protected attribute shows why instead of its value in every row and live change, and it cannot be
 * filtered, sorted on or edited (each would reveal or overwrite what the mask hides).
 */
public final class DataBrowserViewModel {

    private final TasksViewModel tasks;
    private final Executor ui;
    private final ProtectionPort protection;
    private RecordMask mask;
    private DataPort port;
    private AutoCloseable subscription;

    private final ObservableList<DataPort.TableInfo> tables = FXCollections.observableArrayList();
    private final ObjectProperty<DataPort.TableInfo> table = new SimpleObjectProperty<>(this, "table");
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<DataRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty pageSize = new SimpleIntegerProperty(this, "pageSize", 50);
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(this, "page");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext");
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper sortAttribute = new ReadOnlyStringWrapper(this, "sortAttribute");
    private final ReadOnlyBooleanWrapper descending = new ReadOnlyBooleanWrapper(this, "descending");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Not connected");
    private final ReadOnlyIntegerWrapper liveUpdates = new ReadOnlyIntegerWrapper(this, "liveUpdates");

    /** Without protection ({@link ProtectionPort#OPEN}): tests and previews. */
    public DataBrowserViewModel(TasksViewModel tasks, Executor ui) {
        this(tasks, ui, ProtectionPort.OPEN);
    }

    public DataBrowserViewModel(TasksViewModel tasks, Executor ui, ProtectionPort protection) {
        this.tasks = tasks;
        this.ui = ui;
        this.protection = protection;
        table.addListener((obs, old, now) -> tableChanged(now));
    }

    /** Points the browser at a runtime (or at none) and lists its tables. */
    public CompletableFuture<List<DataPort.TableInfo>> connect(DataPort newPort) {
        closeSubscription();
        this.port = newPort;
        tables.clear();
        rows.clear();
        if (newPort == null) {
            status.set("Not connected");
            return CompletableFuture.completedFuture(List.of());
        }
        return refreshTables();
    }

    public CompletableFuture<List<DataPort.TableInfo>> refreshTables() {
        DataPort p = port;
        return tasks.run("List tables", progress -> p.tables(), found -> {
            DataPort.TableInfo previous = table.get();
            tables.setAll(found);
            status.set(found.size() + " tables");
            error.set(null);
            if (previous != null) {
                found.stream()
                        .filter(t -> t.label().equals(previous.label()))
                        .findFirst()
                        .ifPresent(table::set);
            }
        });
    }

    private void tableChanged(DataPort.TableInfo now) {
        closeSubscription();
        rows.clear();
        columns.clear();
        page.set(0);
        sortAttribute.set(null);
        filter.set("");
        if (now == null) {
            return;
        }
        mask = protection.table(now.database(), now.name());
        if (mask.hidesAll()) {
            status.set(mask.notice());
            return;
        }
        List<String> cols = new ArrayList<>();
        cols.add(now.primaryKey());
        now.attributes().keySet().stream()
                .filter(a -> !a.equals(now.primaryKey()))
                .sorted()
                .forEach(cols::add);
        columns.setAll(cols);
        reload();
        DataPort p = port;
        tasks.run(
                "Subscribe to " + now.label(),
                progress ->
                        now.exported() ? p.subscribe(now, change -> ui.execute(() -> applyChange(now, change))) : null,
                sub -> {
                    subscription = sub;
                    if (sub == null) {
                        status.set(now.label() + ": not exported, so no live updates");
                    }
                });
    }

    /** Loads the current page with the current sort and filter. */
    public CompletableFuture<List<Map<String, Object>>> reload() {
        DataPort.TableInfo t = table.get();
        RecordMask shown = mask;
        if (t == null || port == null || shown == null || shown.hidesAll()) {
            return CompletableFuture.completedFuture(List.of());
        }
        FilterParser.Filter parsed;
        try {
            parsed = FilterParser.parse(filter.get(), t.attributes());
            for (DataPort.Condition c : parsed.conditions()) {
                refuseMasked(c.attribute(), "filtered on");
            }
            if (sortAttribute.get() != null) {
                refuseMasked(sortAttribute.get(), "sorted on");
            }
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        int size = pageSize.get();
        int offset = page.get() * size;
        DataPort.PageRequest request = new DataPort.PageRequest(
                parsed.operator(),
                parsed.conditions(),
                sortAttribute.get(),
                descending.get(),
                offset,
                size + 1); // one extra row tells whether a next page exists
        DataPort p = port;
        CompletableFuture<List<Map<String, Object>>> loaded =
                tasks.run("Query " + t.label(), progress -> p.page(t, request), found -> {
                    if (!t.equals(table.get())) {
                        return; // the user moved on to another table meanwhile
                    }
                    hasNext.set(found.size() > size);
                    rows.setAll(found.stream()
                            .limit(size)
                            .map(r -> new DataRow(r.get(t.primaryKey()), shown.apply(r), false))
                            .toList());
                    error.set(null);
                    status.set(t.label() + ": rows " + (offset + 1) + "–" + (offset + rows.size()) + " of "
                            + t.recordCount() + (parsed.conditions().isEmpty() ? "" : " (filtered)"));
                });
        loaded.exceptionally(e -> {
            error.set("Query failed: " + TasksViewModel.reason(e));
            return null;
        });
        return loaded;
    }

    public void nextPage() {
        if (hasNext.get()) {
            page.set(page.get() + 1);
            reload();
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
            reload();
        }
    }

    /** Sorts by {@code attribute}; sorting by the same attribute again flips the direction. */
    public void sortBy(String attribute) {
        if (Objects.equals(attribute, sortAttribute.get())) {
            descending.set(!descending.get());
        } else {
            sortAttribute.set(attribute);
            descending.set(false);
        }
        page.set(0);
        reload();
    }

    /** Sorts by {@code attribute} (null: Harper's order) in the given direction, from the first page. */
    public void sort(String attribute, boolean descendingOrder) {
        if (Objects.equals(attribute, sortAttribute.get()) && descendingOrder == descending.get()) {
            return;
        }
        sortAttribute.set(attribute);
        descending.set(descendingOrder);
        page.set(0);
        reload();
    }

    public void applyFilter(String text) {
        filter.set(text);
        page.set(0);
        reload();
    }

    /**
     * Validates and writes one cell. Returns an error message (nothing written) or null; the write itself runs as
     * a task and its failure reverts the cell and shows the reason.
     */
    public String edit(DataRow row, String attribute, String text) {
        DataPort.TableInfo t = table.get();
        if (attribute.equals(t.primaryKey())) {
            return "The primary key cannot be edited";
        }
        if (mask != null && mask.masks(attribute)) {
            String why = t.label() + "." + attribute + " is "
                    + mask.attributes().get(attribute) + "; it cannot be edited here";
            error.set(why);
            return why;
        }
        Object value;
        try {
            value = CellValidator.convert(text, t.attributes().get(attribute));
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return e.getMessage();
        }
        Map<String, Object> values = new LinkedHashMap<>(row.values());
        values.put(attribute, value);
        replace(row.id(), new DataRow(row.id(), values, row.changed()));
        Map<String, Object> change = new LinkedHashMap<>();
        change.put(attribute, value);
        DataPort p = port;
        tasks.run(
                        "Update " + t.label() + " " + row.id(),
                        progress -> {
                            p.update(t, row.id(), change);
                            return attribute + " = " + value;
                        },
                        ok -> error.set(null))
                .exceptionally(e -> {
                    replace(row.id(), row);
                    error.set("Update failed: " + TasksViewModel.reason(e));
                    return null;
                });
        return null;
    }

    /** Merges a live change into the visible page (package-private for tests). */
    void applyChange(DataPort.TableInfo from, DataPort.RowChange change) {
        if (!from.equals(table.get())) {
            return;
        }
        liveUpdates.set(liveUpdates.get() + 1);
        int index = indexOf(change.id());
        Map<String, Object> value = mask == null ? change.value() : mask.apply(change.value());
        if (value == null) {
            if (index >= 0) {
                rows.remove(index);
            }
        } else if (index >= 0) {
            rows.set(index, new DataRow(rows.get(index).id(), value, true));
        } else if (filter.get().isBlank() && rows.size() < pageSize.get() && !hasNext.get()) {
            rows.add(new DataRow(change.value().getOrDefault(from.primaryKey(), change.id()), value, true));
        }
    }

    private void refuseMasked(String attribute, String how) {
        if (mask.masks(attribute)) {
            throw new IllegalArgumentException(table.get().label() + "." + attribute + " is "
                    + mask.attributes().get(attribute) + "; it cannot be " + how + " here");
        }
    }

    private int indexOf(Object id) {
        String key = String.valueOf(id);
        for (int i = 0; i < rows.size(); i++) {
            if (String.valueOf(rows.get(i).id()).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private void replace(Object id, DataRow row) {
        int index = indexOf(id);
        if (index >= 0) {
            rows.set(index, row);
        }
    }

    private void closeSubscription() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception ignored) {
                // closing a dead socket: nothing to do
            }
            subscription = null;
        }
    }

    public void dispose() {
        closeSubscription();
    }

    public ObservableList<DataPort.TableInfo> tables() {
        return tables;
    }

    public ObjectProperty<DataPort.TableInfo> tableProperty() {
        return table;
    }

    public ObservableList<String> columns() {
        return columns;
    }

    public ObservableList<DataRow> rows() {
        return rows;
    }

    public IntegerProperty pageSizeProperty() {
        return pageSize;
    }

    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty sortAttributeProperty() {
        return sortAttribute.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty descendingProperty() {
        return descending.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty liveUpdatesProperty() {
        return liveUpdates.getReadOnlyProperty();
    }
}
