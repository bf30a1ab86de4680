package dev.pilothouse.web.views;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Approver-only route. Proposals, their diffs and approval come from the workspace module, which is not
 * part of this build yet; the route exists now so its access rule is enforced and tested from day one.
 */
@Route(value = "proposals", layout = MainLayout.class)
@PageTitle("Proposals · Pilothouse")
@RolesAllowed("APPROVER")
public class ProposalsView extends VerticalLayout {

    public ProposalsView() {
        setId("proposals");
        add(new H2("Proposals"), new Paragraph(
                "Review, approval and deploy of proposals arrive with the workspace module (not in this build)."));
    }
}
