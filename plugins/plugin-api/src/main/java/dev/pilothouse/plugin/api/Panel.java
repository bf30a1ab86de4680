package dev.pilothouse.plugin.api;

import java.util.Set;

/**
 * A view a plugin adds to the consoles. It describes its content as data ({@link PanelContent}); each console
 * renders that with its own toolkit, so a panel never touches JavaFX or Vaadin.
 */
public interface Panel {

    /** A stable id, unique within the plugin. */
    String id();

    String title();

    Set<Console> consoles();

    PanelContent render(PanelInput input);
}
