package dev.pilothouse.visualizer.scene;

import java.util.List;

/** Free text or a guide line, such as a timeline's lane name or axis tick; {@code anchor} is the text's start. */
public record SceneText(String text, Point anchor, List<String> classes) {

    public SceneText {
        classes = List.copyOf(classes);
    }
}
