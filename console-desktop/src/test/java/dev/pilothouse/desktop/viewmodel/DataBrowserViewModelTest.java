package dev.pilothouse.desktop.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DataBrowserViewModelTest {

    /** An in-memory table that answers like Harper: offset/limit, sort, equals/greater_than conditions. */
    static final class FakeData implements DataPort {
        final List<Map<String, Object>> records = new ArrayList<>();
        final List<PageRequest> requests = new ArrayList<>();
        Consumer<RowChange> live;
        boolean failUpdates;
        final TableInfo table = new TableInfo(
                "data",
                "Product",
                "id",
                new LinkedHashMap<>(Map.of("id", "ID", "name", "String", "price", "Float")),
                0,
                "/Product/");

        FakeData(int n) {
            for (int i = 0; i < n; i++) {
                records.add(new LinkedHashMap<>(Map.of("id", "p" + i, "name", "item " + i, "price", (double) i)));
            }
        }

        @Override
        public List<TableInfo> tables() {
            return List.of(table);
        }

        @Override
        public List<Map<String, Object>> page(TableInfo t, PageRequest r) {
            requests.add(r);
            var stream = records.stream()
                    .filter(m -> r.conditions().stream().allMatch(c -> switch (c.type()) {
                        case "greater_than" -> ((Double) m.get(c.attribute())) > ((Number) c.value()).doubleValue();
                        default -> m.get(c.attribute()).equals(c.value());
                    }));
            if (r.sortAttribute() != null) {
                Comparator<Map<String, Object>> cmp = Comparator.comparing(m -> (Double) m.get(r.sortAttribute()));
                stream = stream.sorted(r.descending() ? cmp.reversed() : cmp);
            }
            return stream.skip(r.offset()).limit(r.limit()).toList();
        }

        @Override
        public void update(TableInfo t, Object id, Map<String, Object> changes) {
            if (failUpdates) {
                throw new IllegalStateException("Harper said no");
            }
        }

        @Override
        public AutoCloseable subscribe(TableInfo t, Consumer<RowChange> changes) {
            live = changes;
            return () -> live = null;
        }
    }

    private final TasksViewModel tasks = new TasksViewModel(Runnable::run, Runnable::run);
    private final DataBrowserViewModel vm = new DataBrowserViewModel(tasks, Runnable::run);
    private FakeData data;

    @BeforeEach
    void connect() {
        data = new FakeData(120);
        vm.connect(data);
        vm.tableProperty().set(vm.tables().get(0));
    }

    @Test
    void firstPageShowsPageSizeRowsAndKnowsThereIsMore() {
        assertThat(vm.rows()).hasSize(50);
        assertThat(vm.hasNextProperty().get()).isTrue();
        assertThat(vm.columns()).containsExactly("id", "name", "price");
    }

    @Test
    void pagingWalksToTheLastPage() {
        vm.nextPage();
        vm.nextPage();
        assertThat(vm.rows()).hasSize(20);
        assertThat(vm.rows().get(0).id()).isEqualTo("p100");
        assertThat(vm.hasNextProperty().get()).isFalse();
        vm.previousPage();
        assertThat(vm.rows().get(0).id()).isEqualTo("p50");
    }

    @Test
    void sortingAgainFlipsTheDirection() {
        vm.sortBy("price");
        assertThat(vm.rows().get(0).id()).isEqualTo("p0");
        vm.sortBy("price");
        assertThat(vm.rows().get(0).id()).isEqualTo("p119");
    }

    @Test
    void filterBecomesHarperConditions() {
        vm.applyFilter("price > 115");
        assertThat(vm.rows()).extracting(DataRow::id).containsExactly("p116", "p117", "p118", "p119");
        assertThat(data.requests.get(data.requests.size() - 1).conditions())
                .containsExactly(new DataPort.Condition("price", "greater_than", 115.0));
    }

    @Test
    void badFilterIsShownAndNothingIsQueried() {
        int before = data.requests.size();
        vm.applyFilter("colour = red");
        assertThat(vm.errorProperty().get()).contains("Unknown attribute");
        assertThat(data.requests).hasSize(before);
    }

    @Test
    void invalidEditIsRefusedWithTheReason() {
        DataRow row = vm.rows().get(0);
        assertThat(vm.edit(row, "price", "cheap")).contains("not a number");
        assertThat(vm.rows().get(0)).isEqualTo(row);
        assertThat(vm.edit(row, "id", "x")).contains("primary key");
    }

    @Test
    void failedWriteRevertsTheCellAndSaysWhy() {
        data.failUpdates = true;
        DataRow row = vm.rows().get(0);
        assertThat(vm.edit(row, "price", "9.5")).isNull();
        assertThat(vm.rows().get(0).get("price")).isEqualTo(0.0);
        assertThat(vm.errorProperty().get()).contains("Harper said no");
        assertThat(tasks.tasks().get(0).stateProperty().get()).isEqualTo(TaskItem.State.FAILED);
    }

    @Test
    void liveChangeReplacesTheRowAndMarksIt() {
        data.live.accept(new DataPort.RowChange("p3", Map.of("id", "p3", "name", "renamed", "price", 3.0)));
        DataRow row = vm.rows().get(3);
        assertThat(row.get("name")).isEqualTo("renamed");
        assertThat(row.changed()).isTrue();
        assertThat(vm.liveUpdatesProperty().get()).isEqualTo(1);
        data.live.accept(new DataPort.RowChange("p3", null));
        assertThat(vm.rows()).extracting(DataRow::id).doesNotContain("p3");
    }
}
