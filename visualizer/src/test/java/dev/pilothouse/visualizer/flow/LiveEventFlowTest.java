package dev.pilothouse.visualizer.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.runtime.LiveEvent;
import dev.pilothouse.visualizer.Corpus;
import dev.pilothouse.visualizer.diagram.Diagram;
import dev.pilothouse.visualizer.layout.LayoutResult;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LiveEventFlowTest {

    private final FlowModel model = FlowModel.withDefaults();
    private final LiveEventFlow flow = new LiveEventFlow(model, Channel.WEBSOCKET, "console");

    private static LiveEvent.Change change(String path, boolean replay) {
        return new LiveEvent.Change(LiveEvent.Kind.PUT, path, "1", null, 1, 1, replay, 42);
    }

    @Test
    void liveChangesCountAsDeliveriesFromTheirTable() {
        flow.onNext(change("/Order/1", false));
        flow.onNext(change("/Order/2", false));

        FlowLink l = model.snapshot().links().get(0);

        assertThat(l.key()).isEqualTo(new FlowKey("Order", "console", Channel.WEBSOCKET, false));
        assertThat(l.totalEvents()).isEqualTo(2);
        assertThat(l.totalBytes()).isEqualTo(84);
    }

    @Test
    void replaysAreNotTraffic() {
        flow.onNext(change("/Order/", true));

        assertThat(model.totalEvents()).isZero();
    }

    @Test
    void gapMarksTheStreamsLink() {
        flow.onNext(change("Reading/7", false));
        flow.onNext(new LiveEvent.Gap(Instant.EPOCH, Instant.EPOCH.plusSeconds(3), "reset"));

        assertThat(model.snapshot().links().get(0).gap()).isTrue();
    }

    @Test
    void diagramPutsSourcesLeftOfTablesLeftOfSubscribers() {
        model.inbound(Channel.REST, "shop-app", "Order", 100);
        flow.onNext(change("/Order/1", false));

        Diagram d = new FlowDiagram(Corpus.assembler()).draw(model.snapshot(), LayoutResult.EMPTY);

        double source = d.layout().node("src:rest:shop-app").x();
        double table = d.layout().node("res:Order").x();
        double subscriber = d.layout().node("sub:websocket:console").x();
        assertThat(source).isLessThan(table);
        assertThat(table).isLessThan(subscriber);
    }

    @Test
    void rateLabelsKeepTheirWidth() {
        assertThat(Rates.perSecond(3)).hasSize(Rates.perSecond(45_600).length());
        assertThat(Rates.perSecond(45_600).strip()).isEqualTo("45.6k/s");
    }
}
