package dev.pilothouse.web.views;

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
import dev.pilothouse.runtime.LiveEvent;
import dev.pilothouse.runtime.LiveStream;
import dev.pilothouse.runtime.StreamStats;
import dev.pilothouse.web.WebOptions;
import dev.pilothouse.web.runtime.HarperConnection;
import dev.pilothouse.web.runtime.HarperConnection.TableRef;
import dev.pilothouse.web.ui.WebUi;
import dev.pilothouse.workspace.policy.RecordMask;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The raw event stream of one table: the latest 200 events and the stream's rates, refreshed every second. For
 * users without clearance a protected table's stream is not opened, and protected attributes are masked in every
 * event as it arrives, before it is kept (the workspace kit's rule, as in the data view).
 */
@Route(value = "streams", layout = MainLayout.class)
@PageTitle("Streams · Pilothouse")
@PermitAll
public class StreamsView extends VerticalLayout implements BeforeEnterObserver {

    private static final int KEEP = 200;
    static final String PICK = "Pick a table to follow its changes";

    private final HarperConnection harper;
    private final ScheduledExecutorService ticker;
    private final WebOptions options;
    private final AuthenticationContext auth;
    private final ComboBox<TableRef> tables = new ComboBox<>("Stream of table");
    private final Grid<LiveEvent> events = new Grid<>();
    private final Span rates = new Span();
    private final Deque<LiveEvent> recent = new ArrayDeque<>();
    private LiveStream stream;
    private ScheduledFuture<?> refresher;
    private String requested;
    private java.util.Map<String, String> exports = java.util.Map.of();

    public StreamsView(
            HarperConnection harper, ScheduledExecutorService ticker, WebOptions options, AuthenticationContext auth) {
        this.harper = harper;
        this.ticker = ticker;
        this.options = options;
        this.auth = auth;
        setSizeFull();
        tables.setItemLabelGenerator(TableRef::label);
        tables.setWidth("20rem");
        tables.addValueChangeListener(e -> open(e.getValue()));
        rates.setId("rates");
        rates.addClassName("ph-muted");
        events.setId("events");
        events.addThemeVariants(GridVariant.LUMO_COMPACT);
        events.addColumn(StreamsView::kind)
                .setHeader("Event")
                .setAutoWidth(true)
                .setFlexGrow(0);
        events.addColumn(StreamsView::id).setHeader("Id").setAutoWidth(true).setFlexGrow(0);
        events.addColumn(StreamsView::detail).setHeader("Value").setFlexGrow(1);
        events.setSizeFull();
        events.setEmptyStateText(PICK);
        HorizontalLayout bar = new HorizontalLayout(tables, rates);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(bar, events);
        if (harper.endpoint().isEmpty()) {
            rates.setText("No Harper attached.");
            TablePicker.noHarper(tables);
            events.setEmptyStateText(TablePicker.NO_HARPER + ": its tables' changes show here.");
        }
    }

    /** {@code /streams?table=db.Table} opens that table's stream. */
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
        TablePicker.fill(tables, harper, exports, requested, false).ifPresent(rates::setText);
        UI ui = event.getUI();
        refresher = ticker.scheduleWithFixedDelay(() -> refresh(ui), 1, 1, TimeUnit.SECONDS);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (refresher != null) {
            refresher.cancel(false);
        }
        close();
    }

    void open(TableRef table) {
        close();
        if (table == null) {
            events.setEmptyStateText(PICK);
            return;
        }
        events.setEmptyStateText("Waiting for changes to " + table.label());
        RecordMask mask = DataMasks.of(options, auth, table);
        if (mask.hidesAll()) {
            rates.setText(mask.notice());
            events.setEmptyStateText(mask.notice());
            return;
        }
        stream = harper.subscribe(TablePicker.path(table, exports), new Flow.Subscriber<LiveEvent>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(LiveEvent event) {
                LiveEvent item = event instanceof LiveEvent.Change c && c.value() != null && !mask.isOpen()
                        ? new LiveEvent.Change(
                                c.kind(),
                                c.path(),
                                c.id(),
                                mask.apply(c.value()),
                                c.version(),
                                c.localTime(),
                                c.replay(),
                                c.bytes())
                        : event;
                synchronized (recent) {
                    recent.addFirst(item);
                    while (recent.size() > KEEP) {
                        recent.removeLast();
                    }
                }
            }

            @Override
            public void onError(Throwable t) {}

            @Override
            public void onComplete() {}
        });
    }

    private void refresh(UI ui) {
        LiveStream current = stream;
        if (current == null) {
            return;
        }
        StreamStats s = current.stats();
        List<LiveEvent> snapshot;
        synchronized (recent) {
            snapshot = new ArrayList<>(recent);
        }
        WebUi.access(ui, () -> {
            events.setItems(snapshot);
            rates.setText(String.format(
                    Locale.ROOT,
                    "%.1f events/s · %.1f KB/s · %d received · %d dropped · %d reconnects",
                    s.eventsPerSecond(),
                    s.bytesPerSecond() / 1024,
                    s.received(),
                    s.dropped(),
                    s.reconnects()));
        });
    }

    /** The events kept so far, newest first, as the grid shows them (package-private for tests). */
    List<String> shown() {
        synchronized (recent) {
            return recent.stream().map(StreamsView::detail).toList();
        }
    }

    String ratesText() {
        return rates.getText();
    }

    /** The chooser and the text the empty box shows (package-private for tests). */
    ComboBox<TableRef> chooser() {
        return tables;
    }

    String emptyText() {
        return events.getEmptyStateText();
    }

    private void close() {
        if (stream != null) {
            stream.close();
        }
        stream = null;
        synchronized (recent) {
            recent.clear();
        }
    }

    private static String kind(LiveEvent e) {
        return e instanceof LiveEvent.Change c ? c.kind() + (c.replay() ? " (replay)" : "") : "GAP";
    }

    private static String id(LiveEvent e) {
        return e instanceof LiveEvent.Change c ? String.valueOf(c.id()) : "";
    }

    private static String detail(LiveEvent e) {
        return switch (e) {
            case LiveEvent.Change c -> c.value() == null ? "" : c.value().toString();
            case LiveEvent.Gap g -> "disconnected for " + g.length().toMillis() + " ms: " + g.reason();
        };
    }
}
