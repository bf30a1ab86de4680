package dev.pilothouse.desktop.diagram;

import dev.pilothouse.visualizer.scene.Scene;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * A pannable, zoomable surface for one {@link Scene}: drag the background to pan, scroll (or Ctrl+scroll) to zoom
 * around the pointer, click a node or one of its rows to select it. Knows nothing about what the scene shows.
 */
public final class DiagramCanvas extends Pane {

    static final double MIN_ZOOM = 0.2;
    static final double MAX_ZOOM = 4;

    private final Group world = new Group();
    private final Consumer<DiagramSelection> onSelect;
    private Map<String, Group> nodes = Map.of();
    private DiagramSelection selection = DiagramSelection.NONE;
    private Scene shown;
    private double dragX;
    private double dragY;
    private boolean dragged;
    private boolean fitPending;

    public DiagramCanvas(Consumer<DiagramSelection> onSelect) {
        this.onSelect = onSelect;
        getStyleClass().add("diagram-canvas");
        getStylesheets().add(DiagramCanvas.class.getResource("diagram.css").toExternalForm());
        getChildren().add(world);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        addEventHandler(ScrollEvent.SCROLL, e -> {
            zoomAt(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15, e.getX(), e.getY());
            e.consume();
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragX = e.getX();
            dragY = e.getY();
            dragged = false;
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            world.setTranslateX(world.getTranslateX() + e.getX() - dragX);
            world.setTranslateY(world.getTranslateY() + e.getY() - dragY);
            dragged |= Math.abs(e.getX() - dragX) + Math.abs(e.getY() - dragY) > 2;
            dragX = e.getX();
            dragY = e.getY();
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && !dragged) {
                onSelect.accept(hit(e.getPickResult().getIntersectedNode()));
            }
        });
    }

    /** Shows {@code scene}, keeping the current pan and zoom (the first scene is fitted to the view). */
    public void show(Scene scene) {
        boolean first = shown == null;
        shown = scene;
        SceneRenderer.Rendered rendered = SceneRenderer.render(scene);
        nodes = rendered.nodes();
        world.getChildren().setAll(rendered.root());
        mark(selection);
        if (first) {
            fitPending = true; // on the next layout pass, when the canvas has its size
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (fitPending && getWidth() > 0 && getHeight() > 0) {
            fitPending = false;
            fit();
        }
    }

    public Scene shown() {
        return shown;
    }

    /** Marks the selected node with the {@code selected} style class (and its row with {@code selected-row}). */
    public void mark(DiagramSelection s) {
        selection = s == null ? DiagramSelection.NONE : s;
        nodes.forEach((id, g) -> {
            boolean on = id.equals(selection.nodeId());
            g.getStyleClass().remove("selected");
            if (on) {
                g.getStyleClass().add("selected");
            }
            g.getChildren().forEach(c -> {
                c.getStyleClass().remove("selected-row");
                if (on
                        && c.getUserData() instanceof SceneRenderer.RowRef r
                        && r.name().equals(selection.row())) {
                    c.getStyleClass().add("selected-row");
                }
            });
        });
    }

    public void zoom(double factor) {
        zoomAt(factor, getWidth() / 2, getHeight() / 2);
    }

    public double zoomLevel() {
        return world.getScaleX();
    }

    /** Scales and moves the drawing so that all of it is visible (never above 100%). */
    public void fit() {
        if (shown == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        double margin = 24;
        double scale = Math.min(
                1,
                Math.min(
                        (getWidth() - 2 * margin) / Math.max(1, shown.width()),
                        (getHeight() - 2 * margin) / Math.max(1, shown.height())));
        scale = Math.max(MIN_ZOOM, scale);
        world.setScaleX(scale);
        world.setScaleY(scale);
        world.setTranslateX(0);
        world.setTranslateY(0);
        Bounds b = world.getBoundsInParent();
        world.setTranslateX(margin - b.getMinX());
        world.setTranslateY(margin - b.getMinY());
    }

    private void zoomAt(double factor, double x, double y) {
        double old = world.getScaleX();
        double scale = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, old * factor));
        double f = scale / old;
        // keep the point under the pointer still: scaling happens around the group's centre
        Bounds b = world.getBoundsInParent();
        double cx = b.getMinX() + b.getWidth() / 2;
        double cy = b.getMinY() + b.getHeight() / 2;
        world.setScaleX(scale);
        world.setScaleY(scale);
        world.setTranslateX(world.getTranslateX() + (x - cx) * (1 - f));
        world.setTranslateY(world.getTranslateY() + (y - cy) * (1 - f));
    }

    /** The node id and row under a picked JavaFX node, walking up to the scene node's group. */
    static DiagramSelection hit(Node picked) {
        String row = null;
        for (Node n = picked; n != null; n = n.getParent()) {
            if (n.getUserData() instanceof SceneRenderer.RowRef r && row == null) {
                row = r.name();
            }
            if (n.getUserData() instanceof String id && n.getStyleClass().contains("node")) {
                return new DiagramSelection(id, row);
            }
        }
        return DiagramSelection.NONE;
    }

    /** The group drawn for a scene node id, for tests and for scrolling to it. */
    public Group nodeGroup(String id) {
        return nodes.get(id);
    }
}
