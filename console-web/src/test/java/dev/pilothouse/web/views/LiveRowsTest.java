package dev.pilothouse.web.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.grid.Grid;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveRowsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Grid<LiveRows.Row> grid = new Grid<>();
    private final LiveRows rows = new LiveRows(grid, 4);

    private static JsonNode record(String name) {
        return JSON.createObjectNode().put("name", name);
    }

    private List<String> shown() {
        return grid.getListDataView()
                .getItems()
                .map(r -> r.key() + "=" + r.value().path("name").asText())
                .toList();
    }

    private void start() {
        Map<String, JsonNode> records = new LinkedHashMap<>();
        records.put("a", record("A"));
        records.put("b", record("B"));
        records.put("c", record("C"));
        rows.reset(records);
    }

    @Test
    void updatesChangeRowsInPlaceAndKeepTheSelection() {
        start();
        var provider = grid.getDataProvider();
        LiveRows.Row b = grid.getListDataView().getItem(1);
        grid.select(b);

        for (int i = 0; i < 100; i++) {
            rows.apply(Map.of("b", record("B" + i), "a", record("A" + i)));
        }

        assertThat(shown()).containsExactly("a=A99", "b=B99", "c=C");
        assertThat(grid.getSelectedItems()).containsExactly(b);
        assertThat(b.value().path("name").asText()).isEqualTo("B99");
        assertThat(grid.getDataProvider())
                .as("the same provider, not a new one per batch")
                .isSameAs(provider);
    }

    @Test
    void insertsAppendAndDeletesRemove() {
        start();
        Map<String, JsonNode> batch = new HashMap<>();
        batch.put("b", null);
        batch.put("d", record("D"));
        batch.put("gone-already", null);

        rows.apply(batch);

        assertThat(shown()).containsExactly("a=A", "c=C", "d=D");
        assertThat(rows.size()).isEqualTo(3);
    }

    @Test
    void insertsBeyondTheLimitAreCountedNotShownWhileShownRowsKeepChanging() {
        start();
        Map<String, JsonNode> batch = new LinkedHashMap<>();
        batch.put("d", record("D"));
        batch.put("e", record("E"));
        batch.put("f", record("F"));
        batch.put("a", record("A2"));

        rows.apply(batch);

        assertThat(shown()).containsExactly("a=A2", "b=B", "c=C", "d=D");
        assertThat(rows.notShown()).isEqualTo(2);
        rows.apply(Map.of("b", record("B2")));
        assertThat(shown()).contains("b=B2");
        rows.reset(Map.of());
        assertThat(rows.notShown()).isZero();
    }

    @Test
    void aResetReplacesEverything() {
        start();
        rows.apply(Map.of("d", record("D")));

        rows.reset(Map.of("x", record("X")));

        assertThat(shown()).containsExactly("x=X");
        assertThat(rows.size()).isEqualTo(1);
    }
}
