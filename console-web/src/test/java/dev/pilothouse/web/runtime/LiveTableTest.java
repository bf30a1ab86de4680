package dev.pilothouse.web.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pilothouse.runtime.LiveEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveTableTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static LiveEvent put(String id, int n) {
        return new LiveEvent.Change(
                LiveEvent.Kind.PUT, "/P/" + id, id, JSON.createObjectNode().put("n", n), n, n, false, 10);
    }

    @Test
    void aBurstOfUpdatesCollapsesToTheLatestStatePerRecord() {
        LiveTable table = new LiveTable();
        for (int i = 0; i < 5000; i++) {
            table.onNext(put("r" + (i % 3), i));
        }
        table.onNext(new LiveEvent.Change(LiveEvent.Kind.DELETE, "/P/r0", "r0", null, 1, 1, false, 5));

        Map<String, com.fasterxml.jackson.databind.JsonNode> batch = table.drain();

        assertThat(batch).hasSize(3).containsEntry("r0", null);
        assertThat(batch.get("r1").get("n").asInt()).isEqualTo(4999); // 4999 % 3 == 1
        assertThat(batch.get("r2").get("n").asInt()).isEqualTo(4997);
        assertThat(table.changes()).isEqualTo(5001);
        assertThat(table.drain()).isEmpty();
    }
}
