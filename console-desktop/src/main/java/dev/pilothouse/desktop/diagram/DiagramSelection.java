package dev.pilothouse.desktop.diagram;

/** What was clicked in a diagram: a node id (as the scene names it) and, when a row was hit, the row's name. */
public record DiagramSelection(String nodeId, String row) {

    public static final DiagramSelection NONE = new DiagramSelection(null, null);

    public boolean isEmpty() {
        return nodeId == null;
    }
}
