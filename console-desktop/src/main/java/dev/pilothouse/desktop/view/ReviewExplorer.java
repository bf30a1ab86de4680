package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.viewmodel.HistoryViewModel;
import dev.pilothouse.desktop.viewmodel.ReviewViewModel;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.versioning.Version;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The explorer's PROPOSALS (with state badges) and HISTORY (versions with their deploy tags) sections. */
final class ReviewExplorer {

    private ReviewExplorer() {}

    static VBox proposals(ReviewViewModel vm, Consumer<String> open) {
        ListView<Proposal> list = new ListView<>(vm.proposals());
        list.setId("explorer-proposals");
        list.setPlaceholder(muted("No proposals"));
        list.setPrefHeight(150);
        list.setMinHeight(96);
        list.setCellFactory(v -> new ListCell<>() {
            {
                setPrefWidth(0); // fit the list's width: no horizontal scrolling, long text ellipsized
            }

            @Override
            protected void updateItem(Proposal p, boolean empty) {
                super.updateItem(p, empty);
                setText(null);
                setGraphic(
                        empty || p == null
                                ? null
                                : row(
                                        p.id() + "  " + firstLine(p.message()),
                                        badge(
                                                p.state().label(),
                                                "state-" + p.state().label())));
            }
        });
        list.setOnMouseClicked(e -> {
            Proposal chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                open.accept(chosen.id());
            }
        });
        return section("PROPOSALS", list);
    }

    static VBox history(HistoryViewModel vm, Runnable open) {
        ListView<Version> list = new ListView<>(vm.versions());
        list.setId("explorer-history");
        list.setPlaceholder(muted("No versions"));
        list.setPrefHeight(170);
        list.setMinHeight(110);
        list.setCellFactory(v -> new ListCell<>() {
            {
                setPrefWidth(0); // fit the list's width: no horizontal scrolling, long text ellipsized
            }

            @Override
            protected void updateItem(Version version, boolean empty) {
                super.updateItem(version, empty);
                setText(null);
                if (empty || version == null) {
                    setGraphic(null);
                    return;
                }
                HBox r = row(version.shortId().substring(0, 7) + "  " + firstLine(version.message()));
                version.tags().forEach(t -> r.getChildren().add(badge(t, "tag")));
                setGraphic(r);
            }
        });
        list.setOnMouseClicked(e -> open.run());
        return section("HISTORY", list);
    }

    static Label badge(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("badge", style);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the text before it is ellipsized, never the badge
        return l;
    }

    private static HBox row(String text, Label... badges) {
        Label title = new Label(text);
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox r = new HBox(4, title);
        r.getChildren().addAll(badges);
        r.setAlignment(Pos.CENTER_LEFT);
        return r;
    }

    private static VBox section(String title, ListView<?> list) {
        Label t = new Label(title);
        t.getStyleClass().add("pane-title");
        VBox box = new VBox(4, t, list);
        box.getStylesheets().add(GovernanceViews.CSS);
        return box;
    }

    static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setWrapText(true);
        return l;
    }

    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 59) + "…" : line;
    }
}
