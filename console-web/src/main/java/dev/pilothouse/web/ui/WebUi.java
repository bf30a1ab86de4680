package dev.pilothouse.web.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinSession;

/**
 * The one gateway from background threads to a Vaadin UI (house rule: no {@code UI.access} anywhere else).
 * A UI that has gone away (tab closed, session expired) is not an error for a background producer: the
 * update is dropped and the caller learns it through the return value, so it can unsubscribe.
 */
public final class WebUi {

    private WebUi() {}

    /** Runs {@code command} with the UI's session locked, now if this thread holds the lock, else via push. */
    public static boolean access(UI ui, Command command) {
        VaadinSession session = ui.getSession();
        if (session != null && session.hasLock()) {
            command.execute();
            return true;
        }
        try {
            ui.access(command);
            return true;
        } catch (UIDetachedException gone) {
            return false;
        }
    }
}
