package dev.pilothouse.visualizer.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.visualizer.scene.Scene;
import dev.pilothouse.visualizer.scene.SceneNode;
import dev.pilothouse.visualizer.timeline.AuditRecord.Action;
import dev.pilothouse.visualizer.timeline.AuditRecord.ActorKind;
import dev.pilothouse.visualizer.timeline.AuditRecord.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

public class TimelineDiagramTest {

    static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    static AuditRecord at(int minutes, String actor, ActorKind kind, Action action, String subject, Outcome o) {
        return new AuditRecord(T0.plusSeconds(minutes * 60L), actor, kind, action, subject, o);
    }

    public static final List<AuditRecord> RECORDS = List.of(
            at(0, "schema-agent", ActorKind.AGENT, Action.PROPOSAL, "add Order.status", Outcome.OK),
            at(2, "runtime", ActorKind.RUNTIME, Action.VALIDATION, "add Order.status", Outcome.OK),
            at(5, "ana", ActorKind.HUMAN, Action.APPROVAL, "add Order.status", Outcome.OK),
            at(7, "runtime", ActorKind.RUNTIME, Action.DEPLOY, "add Order.status", Outcome.FAILED),
            at(9, "ana", ActorKind.HUMAN, Action.ROLLBACK, "add Order.status", Outcome.OK),
            at(30, "ben", ActorKind.HUMAN, Action.PROPOSAL, "drop Legacy", Outcome.PENDING),
            at(31, "ben", ActorKind.HUMAN, Action.PROPOSAL, "rename Product", Outcome.PENDING));

    private final TimelineDiagram view = new TimelineDiagram(800);

    private static List<SceneNode> nodes(Scene s, String cls) {
        return s.nodes().stream().filter(n -> n.classes().contains(cls)).toList();
    }

    @Test
    void lanesGoPeopleThenAgentsThenRuntime() {
        Scene s = view.draw(RECORDS, TimeRange.covering(RECORDS));

        assertThat(nodes(s, "lane"))
                .extracting(SceneNode::title)
                .containsExactly("ana", "ben", "schema-agent", "runtime");
    }

    @Test
    void stepsOfOneSubjectAreJoinedInTimeOrder() {
        Scene s = view.draw(RECORDS, TimeRange.covering(RECORDS));

        assertThat(s.edges().stream().filter(e -> e.id().startsWith("seq:add Order.status")))
                .hasSize(4);
        assertThat(s.edges().stream().filter(e -> e.id().startsWith("seq:drop Legacy")))
                .isEmpty();
    }

    @Test
    void laterStepsAreFurtherRight() {
        Scene s = view.draw(RECORDS, TimeRange.covering(RECORDS));

        List<Double> xs = nodes(s, "entry").stream()
                .filter(n -> n.title().contains("Order.status"))
                .sorted(java.util.Comparator.comparing(SceneNode::id))
                .map(n -> n.bounds().x())
                .toList();
        assertThat(xs).isSorted();
    }

    @Test
    void entriesInOneLaneNeverOverlap() {
        List<AuditRecord> crowded = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            crowded.add(at(i / 4, "ana", ActorKind.HUMAN, Action.VALIDATION, "change " + i, Outcome.OK));
        }
        Scene s = view.draw(crowded, TimeRange.covering(crowded));

        List<SceneNode> entries = nodes(s, "entry");
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                assertThat(entries.get(i).bounds().overlaps(entries.get(j).bounds()))
                        .isFalse();
            }
        }
        SceneNode lane = nodes(s, "lane").get(0);
        entries.forEach(e ->
                assertThat(e.bounds().maxY()).isLessThanOrEqualTo(lane.bounds().maxY()));
    }

    @Test
    void zoomingToARangeDrawsOnlyItsEntries() {
        Scene s = view.draw(RECORDS, new TimeRange(T0.plusSeconds(25 * 60), T0.plusSeconds(35 * 60)));

        assertThat(nodes(s, "entry")).hasSize(2);
        assertThat(nodes(s, "lane")).extracting(SceneNode::title).containsExactly("ben");
    }

    @Test
    void outcomeAndActionBecomeClasses() {
        Scene s = view.draw(RECORDS, TimeRange.covering(RECORDS));

        assertThat(nodes(s, "deploy").get(0).classes()).contains("failed");
    }

    @Test
    void axisTicksUseRoundTimes() {
        Scene s = view.draw(RECORDS, new TimeRange(T0, T0.plusSeconds(3600)));

        assertThat(s.texts()).extracting(t -> t.text()).contains("09:00", "09:10", "10:00");
    }

    @Test
    void zoomNarrowsAroundTheCentre() {
        TimeRange r = new TimeRange(T0, T0.plusSeconds(600)).zoom(0.5);

        assertThat(r.start()).isEqualTo(T0.plusSeconds(150));
        assertThat(r.end()).isEqualTo(T0.plusSeconds(450));
    }
}
