package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.desktop.live.LiveItem;
import dev.pilothouse.runtime.ClusterTopology;
import dev.pilothouse.runtime.InboundTraffic;
import dev.pilothouse.visualizer.diagram.Diagram;
import dev.pilothouse.visualizer.flow.AnalyticsFlow;
import dev.pilothouse.visualizer.flow.Channel;
import dev.pilothouse.visualizer.flow.FlowDiagram;
import dev.pilothouse.visualizer.flow.FlowKey;
import dev.pilothouse.visualizer.flow.FlowModel;
import dev.pilothouse.visualizer.flow.FlowSnapshot;
import dev.pilothouse.visualizer.flow.FlowTicker;
import dev.pilothouse.visualizer.layout.LayoutResult;
import dev.pilothouse.visualizer.scene.Scene;
import dev.pilothouse.visualizer.topology.TopologyDiagram;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live flow and the replication topology. Events are counted in a {@link FlowModel} from any thread (O(1):
 * a hash lookup and a few CASes); a {@link FlowTicker} on the timer thread takes at most one snapshot per
 * {@link #PERIOD} when something changed, the layout thread draws the newest one, and the FX thread publishes it.
 * At most one drawing is in flight: snapshots taken meanwhile replace each other, so redraws stay bounded whatever
 * the event rate.
 */
public final class FlowViewModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FlowViewModel.class);
    /** Five redraws a second at most (and at least, while rates change). */
    public static final Duration PERIOD = Duration.ofMillis(200);
    /** The subscriber node our own live subscriptions deliver to. */
    public static final String SUBSCRIBER = "this console";

    private final FlowModel model;
    private final FlowDiagram flowDiagram;
    private final TopologyDiagram topologyDiagram;
    private final ScheduledExecutorService timers;
    private final Executor layout;
    private final Executor ui;
    private final AtomicReference<FlowSnapshot> pending = new AtomicReference<>();
    private final AtomicBoolean drawing = new AtomicBoolean();
    private LayoutResult previousFlow = LayoutResult.EMPTY; // touched on the layout thread only
    private LayoutResult previousTopology = LayoutResult.EMPTY;
    private FlowTicker ticker;
    private volatile boolean closed;

    private final ReadOnlyObjectWrapper<Scene> flowScene = new ReadOnlyObjectWrapper<>(this, "flowScene");
    private final ReadOnlyObjectWrapper<Scene> topologyScene = new ReadOnlyObjectWrapper<>(this, "topologyScene");
    private final ReadOnlyLongWrapper redraws = new ReadOnlyLongWrapper(this, "redraws");

    public FlowViewModel(
            FlowModel model,
            FlowDiagram flowDiagram,
            TopologyDiagram topologyDiagram,
            ScheduledExecutorService timers,
            Executor layout,
            Executor ui) {
        this.model = model;
        this.flowDiagram = flowDiagram;
        this.topologyDiagram = topologyDiagram;
        this.timers = timers;
        this.layout = layout;
        this.ui = ui;
    }

    /** Starts the redraw ticker (idempotent). */
    public synchronized void start() {
        if (ticker == null) {
            ticker = new FlowTicker(model, timers, PERIOD, this::snapshotTaken);
        }
    }

    /**
     * Wraps a live subscription's sink so each delivered change also counts as {@code table/topic → this console}.
     * The spec ({@code ws:/Product/}, {@code mqtt:Order/#}) is parsed once here, not per event.
     */
    public Consumer<LiveItem> counting(String spec, Consumer<LiveItem> sink) {
        int colon = spec.indexOf(':');
        String scheme = colon < 0 ? "ws" : spec.substring(0, colon);
        Channel channel = switch (scheme) {
            case "sse" -> Channel.SSE;
            case "mqtt" -> Channel.MQTT;
            default -> Channel.WEBSOCKET;
        };
        FlowKey key = new FlowKey(resource(colon < 0 ? spec : spec.substring(colon + 1)), SUBSCRIBER, channel, false);
        return item -> {
            if (item.interruption()) {
                model.gap(key);
            } else if (item.traffic()) {
                model.record(key, item.bytes());
            }
            sink.accept(item);
        };
    }

    /** The runtime's own analytics (REST, MQTT, WebSocket writers and replication peers) as inbound links. */
    public Consumer<InboundTraffic> inbound() {
        return new AnalyticsFlow(model);
    }

    /** A new replication topology (from the cluster monitor's change events): laid out off the FX thread. */
    public void topology(ClusterTopology topology) {
        onLayout(() -> {
            try {
                Diagram d = topologyDiagram.draw(topology, previousTopology);
                previousTopology = d.layout();
                ui.execute(() -> topologyScene.set(d.scene()));
            } catch (RuntimeException e) {
                LOG.warn("Layout of the replication topology failed", e);
            }
        });
    }

    /** What the ticker hands over (package-private so tests can drive it without a timer). */
    void snapshotTaken(FlowSnapshot snapshot) {
        pending.set(snapshot);
        kick();
    }

    private void kick() {
        if (pending.get() != null && drawing.compareAndSet(false, true)) {
            onLayout(this::drawNewest);
        }
    }

    /** Work for the layout thread, unless closed (a poller or a published drawing may still call in after close). */
    private void onLayout(Runnable work) {
        if (closed) {
            return;
        }
        try {
            layout.execute(work);
        } catch (RejectedExecutionException e) {
            if (!closed) {
                throw e;
            } // closing raced with this call: the executors are shutting down with the window
        }
    }

    private void drawNewest() {
        FlowSnapshot snapshot = pending.getAndSet(null);
        if (snapshot == null) {
            drawing.set(false);
            kick();
            return;
        }
        Diagram d;
        try {
            d = flowDiagram.draw(snapshot, previousFlow);
            previousFlow = d.layout();
        } catch (RuntimeException e) {
            LOG.warn("Layout of the live flow failed", e);
            drawing.set(false);
            return;
        }
        ui.execute(() -> {
            try {
                flowScene.set(d.scene());
                redraws.set(redraws.get() + 1);
            } finally {
                drawing.set(false);
                kick();
            }
        });
    }

    /** The table or topic root of a REST path ({@code /Product/}) or MQTT topic filter ({@code Order/#}). */
    static String resource(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        int slash = p.indexOf('/');
        String root = slash < 0 ? p : p.substring(0, slash);
        return root.isEmpty() ? "?" : root;
    }

    public FlowModel model() {
        return model;
    }

    public ReadOnlyObjectProperty<Scene> flowSceneProperty() {
        return flowScene.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Scene> topologySceneProperty() {
        return topologyScene.getReadOnlyProperty();
    }

    /** How many flow drawings reached the FX thread. */
    public ReadOnlyLongProperty redrawsProperty() {
        return redraws.getReadOnlyProperty();
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (ticker != null) {
            ticker.close();
            ticker = null;
        }
    }
}
