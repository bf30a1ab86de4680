package dev.pilothouse.web.views;

import com.vaadin.flow.component.html.Div;
import dev.pilothouse.workspace.requests.ChangeRequests;

/**
 * A warning strip shown on every page while a boundary change made by a lone admin waits for a second admin's
 * acknowledgement; read through {@link ChangeRequests#loneAdminWarning()} on every navigation.
 */
public final class LoneAdminBanner extends Div {

    private final ChangeRequests requests;

    LoneAdminBanner(ChangeRequests requests) {
        this.requests = requests;
        setId("lone-admin-banner");
        getElement().setAttribute("role", "status");
        getStyle()
                .set("background", "#ffebe9")
                .set("color", "#82071e")
                .set("font-weight", "600")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("border-bottom", "1px solid #cf222e")
                .set("width", "100%")
                .set("box-sizing", "border-box");
        setVisible(false);
    }

    void refresh() {
        var warning = requests.loneAdminWarning();
        setText(warning.map(w -> "⚠ " + w).orElse(""));
        setVisible(warning.isPresent());
    }
}
