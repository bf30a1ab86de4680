package dev.pilothouse.web.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.pilothouse.runtime.LiveStream;
import dev.pilothouse.web.WebOptions;
import dev.pilothouse.web.runtime.HarperConnection;
import dev.pilothouse.web.runtime.HarperConnection.TableRef;
import dev.pilothouse.web.runtime.LiveTable;
import dev.pilothouse.web.ui.WebUi;
import dev.pilothouse.workspace.policy.RecordMask;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Rows of one table, kept current by a live subscription; changes are applied in 150 ms batches. Protected tables
 * and attributes are masked for users without clearance (the workspace kit's rule): a protected table shows no
 * rows and is not subscribed to, a protected attribute shows why instead of its value, in the rows and in every
 * live change.
 */
@Route(value = "data", layout = MainLayout.class)
@PageTitle("Data · Pilothouse")
@PermitAll
public class DataView extends VerticalLayout implements BeforeEnterObserver {

    private static final int ROW_LIMIT = 1000;
    static final String PICK = "Pick a table to see its records";

    private final HarperConnection harper;
    private final ScheduledExecutorService ticker;
    private final WebOptions options;
    private final AuthenticationContext auth;
    private final ComboBox<TableRef> tables = new ComboBox<>("Table");
    private final Grid<LiveRows.Row> grid = new Grid<>();
    private final LiveRows rows = new LiveRows(grid, ROW_LIMIT);
    private final Span status = new Span();
    private TableRef table;
    private RecordMask mask;
    private LiveStream stream;
    private LiveTable live;
    private ScheduledFuture<?> flusher;
    private String requested;
    private java.util.Map<String, String> exports = java.util.Map.of();

    public DataView(
            HarperConnection harper, ScheduledExecutorService ticker, WebOptions options, AuthenticationContext auth) {
        this.harper = harper;
        this.ticker = ticker;
        this.options = options;
        this.auth = auth;
        setSizeFull();
        tables.setId("table");
        tables.setItemLabelGenerator(TableRef::label);
        tables.setWidth("20rem");
        tables.addValueChangeListener(e -> select(e.getValue()));
        grid.setId("rows");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setEmptyStateText(PICK);
        status.setId("data-status");
        status.addClassName("ph-muted");
        HorizontalLayout bar = new HorizontalLayout(tables, status);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(bar, grid);
        if (harper.endpoint().isEmpty()) {
            status.setText("No Harper attached: start with --attach URL or a local runtime in the workspace.");
            TablePicker.noHarper(tables);
            grid.setEmptyStateText(TablePicker.NO_HARPER + ": its tables' records show here.");
        }
    }

    /** {@code /data?table=db.Table} opens that table (links from elsewhere, bookmarks). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        requested = TablePicker.requested(event);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (harper.endpoint().isEmpty()) {
            return;
        }
        exports = TablePicker.exports(options.workspace());
        TablePicker.fill(tables, harper, exports, requested, true).ifPresent(status::setText);
        UI ui = event.getUI();
        flusher = ticker.scheduleWithFixedDelay(() -> flush(ui), 150, 150, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (flusher != null) {
            flusher.cancel(false);
        }
        closeStream();
    }

    void select(TableRef selected) {
        closeStream();
        grid.removeAllColumns();
        table = selected;
        Map<String, JsonNode> records = new LinkedHashMap<>();
        if (selected == null) {
            rows.reset(records);
            grid.setEmptyStateText(PICK);
            return;
        }
        grid.setEmptyStateText("No records in " + selected.label() + " yet");
        RecordMask current = DataMasks.of(options, auth, selected);
        mask = current;
        if (current.hidesAll()) {
            rows.reset(records);
            status.setText(current.notice());
            grid.setEmptyStateText(current.notice());
            return;
        }
        for (String attribute : selected.attributes()) {
            grid.addColumn(r -> text(r.value().get(attribute)))
                    .setHeader(attribute
                            + (current.masks(attribute)
                                    ? " (" + current.attributes().get(attribute) + ")"
                                    : ""))
                    .setKey(attribute)
                    .setResizable(true)
                    .setAutoWidth(true);
        }
        harper.rows(selected, ROW_LIMIT).forEach(r -> records.put(key(r), current.apply(r)));
        rows.reset(records);
        live = new LiveTable();
        stream = harper.subscribe(TablePicker.path(selected, exports), live);
        status.setText(count(rows.size()) + " · live");
    }

    private void flush(UI ui) {
        flush(command -> WebUi.access(ui, command::run));
    }

    /** Drains the live changes, masks them off the UI thread, and hands them to {@code onUi} to show. */
    private void flush(java.util.function.Consumer<Runnable> onUi) {
        LiveTable current = live;
        RecordMask masked = mask;
        if (current == null || masked == null) {
            return;
        }
        Map<String, JsonNode> batch = current.drain();
        if (batch.isEmpty()) {
            return;
        }
        batch.replaceAll((id, record) -> masked.apply(record));
        onUi.accept(() -> {
            if (current != live) {
                return; // table switched meanwhile
            }
            rows.apply(batch);
            status.setText(count(rows.size())
                    + (rows.notShown() == 0
                            ? ""
                            : " shown (" + rows.notShown() + " newer not shown: the grid keeps " + ROW_LIMIT + ")")
                    + " · live · " + current.changes()
                    + " changes received");
        });
    }

    private static String count(int n) {
        return n + (n == 1 ? " row" : " rows");
    }

    private String key(JsonNode row) {
        return text(row.get(table.primaryKey()));
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "" : value.isValueNode() ? value.asText() : value.toString();
    }

    /** The rows the grid holds, as shown (package-private for tests). */
    java.util.List<JsonNode> shown() {
        return grid.getListDataView().getItems().map(LiveRows.Row::value).toList();
    }

    String statusText() {
        return status.getText();
    }

    /** The chooser and the text the empty box shows (package-private for tests). */
    ComboBox<TableRef> chooser() {
        return tables;
    }

    String emptyText() {
        return grid.getEmptyStateText();
    }

    /** Applies what the live subscription delivered so far, as the ticker does (package-private for tests). */
    void flushNow() {
        flush(Runnable::run);
    }

    private void closeStream() {
        if (stream != null) {
            stream.close();
        }
        stream = null;
        live = null;
    }
}
