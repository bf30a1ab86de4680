package dev.pilothouse.web.views;

import com.vaadin.flow.component.html.Div;
import dev.pilothouse.web.review.GovernedWorkspace;
import dev.pilothouse.workspace.Governance;

/**
 * A warning strip shown on every page while the workspace policy has solo mode on (one person deploys without a
 * second person's approval); read through {@link Governance#soloMode()} on every navigation.
 */
public final class SoloModeBanner extends Div {

    public static final String TEXT = "Solo mode is on: changes deploy without a second person's approval";

    private final GovernedWorkspace workspace;

    SoloModeBanner(GovernedWorkspace workspace) {
        this.workspace = workspace;
        setId("solo-mode-banner");
        addClassName("ph-solo-mode");
        setText("⚠ " + TEXT);
        getElement().setAttribute("role", "status");
        getStyle()
                .set("background", "#fff8c5")
                .set("color", "#7d4e00")
                .set("font-weight", "600")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("border-bottom", "1px solid #d4a72c")
                .set("width", "100%")
                .set("box-sizing", "border-box");
        setVisible(false);
    }

    /** Shows the banner when the policy has solo mode on; an ungoverned workspace has no policy and shows nothing. */
    void refresh() {
        setVisible(workspace.governance().map(Governance::soloMode).orElse(false));
    }
}
