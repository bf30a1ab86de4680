package dev.pilothouse.web.views.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.visualizer.scene.Scene;
import dev.pilothouse.visualizer.scene.SceneEdge;
import dev.pilothouse.web.views.ShopHarper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

/**
 * The live flow against a real Harper: records written over REST at a steady pace show on the link into their table
 * with a rate above zero in every redraw once the analytics flow (they used to stay at 0/s).
 */
class LiveFlowHarperIT {

    private static final String INTO_PRODUCT = "flow:src:rest:REST clients->res:Product";

    @Test
    void aSteadyRestWriterShowsANonZeroRateOnItsLink() throws Exception {
        HarperClient client = ShopHarper.client();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        List<Scene> flows = new CopyOnWriteArrayList<>();
        try (LiveDiagrams live = new LiveDiagrams(client, ticker, flows::add, scene -> {})) {
            long start = System.nanoTime();
            int written = 0;
            while (System.nanoTime() - start < Duration.ofSeconds(12).toNanos()) { // about 10 writes a second
                client.rest().put("/Product/lf-" + written, Map.of("name", "LF", "price", 1.0, "stock", written));
                written++;
                Thread.sleep(100);
            }
            List<SceneEdge> links = flows.stream()
                    .flatMap(s -> s.edges().stream())
                    .filter(e -> e.id().equals(INTO_PRODUCT))
                    .toList();
            assertThat(links)
                    .as("redraws with the REST link into Product (%d writes)", written)
                    .hasSizeGreaterThan(3);
            // the first redraws may come before Harper's analytics have a full window; the later ones must not idle
            List<SceneEdge> settled = links.subList(2, links.size());
            assertThat(settled).allSatisfy(e -> {
                assertThat(e.classes()).doesNotContain("idle");
                assertThat(e.labels().get(0).text().trim()).isNotEqualTo("0/s");
            });
        } finally {
            ticker.shutdownNow();
        }
    }
}
