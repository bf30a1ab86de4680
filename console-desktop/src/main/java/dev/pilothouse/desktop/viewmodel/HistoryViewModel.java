package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.visualizer.scene.Scene;
import dev.pilothouse.visualizer.timeline.AuditRecord;
import dev.pilothouse.visualizer.timeline.TimeRange;
import dev.pilothouse.visualizer.timeline.TimelineDiagram;
import dev.pilothouse.visualizer.timeline.WorkspaceAudit;
import dev.pilothouse.workspace.Comparison;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.audit.AuditEntry;
import dev.pilothouse.workspace.versioning.DeployTag;
import dev.pilothouse.workspace.versioning.Version;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The workspace's history: versions of {@code main}, the {@code deploy/N} tags (newest first), the audit trail's
 * verification with the desktop's pinned key ("audit verified to #N", or what is wrong and where) and the audit
 * timeline as a visualizer scene, all read off the FX thread.
 */
public final class HistoryViewModel {

    /** What one refresh read, handed to the FX thread at once. */
    record Snapshot(List<Version> versions, List<DeployTag> tags, PinnedAuditKey.Result audit, Scene timeline) {}

    static final int VERSIONS = 50;
    static final double PLOT_WIDTH = 760; // with the lane labels, fits the History tab of a 1280 px window

    private final GovernedCalls calls;
    private final PinnedAuditKey pins;
    private final ObservableList<Version> versions = FXCollections.observableArrayList();
    private final ObservableList<DeployTag> tags = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Scene> timeline = new ReadOnlyObjectWrapper<>(this, "timeline");
    private final ReadOnlyStringWrapper audit = new ReadOnlyStringWrapper(this, "audit", "audit: not checked");
    private final ReadOnlyBooleanWrapper auditOk = new ReadOnlyBooleanWrapper(this, "auditOk", true);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyObjectWrapper<VersionComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");

    /** {@code pins}: the desktop's own copies of the audit keys, which the trail is verified with. */
    public HistoryViewModel(GovernedCalls calls, PinnedAuditKey pins) {
        this.calls = calls;
        this.pins = pins;
    }

    public CompletableFuture<?> refresh() {
        return calls.read(
                this::read,
                s -> {
                    if (!s.versions().equals(versions)) { // polled: keep lists and selections when nothing changed
                        versions.setAll(s.versions());
                    }
                    if (!s.tags().reversed().equals(tags)) {
                        tags.setAll(s.tags().reversed());
                    }
                    auditOk.set(s.audit().ok());
                    audit.set(s.audit().text());
                    if (!java.util.Objects.equals(s.timeline(), timeline.get())) {
                        timeline.set(s.timeline());
                    }
                    error.set(null);
                },
                error::set);
    }

    private Snapshot read(Governance g) {
        PinnedAuditKey.Result verification = pins.check(g);
        String dir = g.dir().toString();
        List<AuditEntry> mine = verification.ok()
                ? g.audit().entries().stream()
                        .filter(e -> dir.equals(e.details().path("workspace").asText(dir)))
                        .toList()
                : List.of();
        return new Snapshot(g.history(VERSIONS), g.deployTags(), verification, timeline(mine));
    }

    /** The timeline of these entries' change steps over the time they cover; null when there are none. */
    static Scene timeline(List<AuditEntry> entries) {
        List<AuditRecord> records = WorkspaceAudit.records(entries);
        if (records.isEmpty()) {
            return null;
        }
        return new TimelineDiagram(PLOT_WIDTH).draw(records, TimeRange.covering(records));
    }

    /**
     * Compares two versions (commit ids or tags such as {@code deploy/3}), older first: the files that differ, side
     * by side, and the schema changes classified safe/review/breaking, as the review shows a proposal.
     */
    public CompletableFuture<VersionComparison> compare(String from, String to) {
        return calls.read(
                g -> {
                    Comparison c = g.compare(from, to);
                    return new VersionComparison(from, to, c.changedFiles(), c.schemaChanges());
                },
                c -> {
                    comparison.set(c);
                    error.set(null);
                },
                error::set);
    }

    public ReadOnlyObjectProperty<VersionComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public void clear() {
        comparison.set(null);
        versions.clear();
        tags.clear();
        timeline.set(null);
        audit.set("audit: not checked");
        auditOk.set(true);
    }

    public ObservableList<Version> versions() {
        return versions;
    }

    public ObservableList<DeployTag> tags() {
        return tags;
    }

    public ReadOnlyObjectProperty<Scene> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty auditProperty() {
        return audit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty auditOkProperty() {
        return auditOk.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
