package dev.pilothouse.web.views.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.pilothouse.web.review.WebBoundary;
import dev.pilothouse.web.security.AuditSink;
import dev.pilothouse.web.security.SessionSignIn;
import dev.pilothouse.web.views.MainLayout;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.requests.ChangeRequest;
import dev.pilothouse.workspace.requests.ChangeRequests;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/**
 * Admin only: boundary change requests (policy, roles, agent tokens, plugin trust) with what each changes, before
 * and after. Another admin approves or rejects; a second admin acknowledges a lone admin's changes. The rules (no
 * self-approval, nobody changes their own roles) are the kit's: this view only shows its refusals.
 */
@Route(value = "admin/requests", layout = MainLayout.class)
@PageTitle("Change requests · Pilothouse")
@RolesAllowed("ADMIN")
public class RequestsView extends VerticalLayout {

    private final ChangeRequests requests;
    private final AdminGuard guard;
    private final Grid<ChangeRequest> grid = new Grid<>();
    private final Span message = new Span();

    public RequestsView(ChangeRequests requests, AuditSink audit, AuthenticationContext auth) {
        this.requests = requests;
        this.guard = new AdminGuard(auth, audit);
        grid.setId("requests");
        grid.addColumn(ChangeRequest::id).setHeader("Request").setAutoWidth(true);
        grid.addColumn(r -> r.state().name().toLowerCase(Locale.ROOT)
                        + (r.flagged() ? " (" + ChangeRequests.LONE_ADMIN + ")" : ""))
                .setHeader("State")
                .setAutoWidth(true);
        grid.addColumn(ChangeRequest::summary).setHeader("Change").setFlexGrow(2);
        grid.addColumn(ChangeRequest::before).setHeader("Before").setFlexGrow(2);
        grid.addColumn(ChangeRequest::after).setHeader("After").setFlexGrow(2);
        grid.addColumn(ChangeRequest::requestedBy).setHeader("Asked by").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        // a change's summary, before and after are sentences: shown whole, not cut to an ellipsis
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        message.setId("requests-message");
        Button acknowledge = new Button("Acknowledge lone-admin changes", e -> acknowledge());
        acknowledge.setId("requests-acknowledge");
        add(
                new H2("Change requests"),
                new Paragraph("Policy, roles, agent tokens and plugin trust change only"
                        + " when a second admin approves; a lone admin's changes apply at once and stay flagged until a"
                        + " second admin acknowledges them."),
                grid,
                acknowledge,
                message);
        refresh();
    }

    private HorizontalLayout actions(ChangeRequest r) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (r.state() == ChangeRequest.State.PENDING) {
            Button approve = new Button("Approve", e -> approve(r.id()));
            approve.setId("approve-" + r.id());
            approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            Button reject = new Button("Reject", e -> reject(r.id()));
            reject.setId("reject-" + r.id());
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            buttons.add(approve, reject);
        }
        return buttons;
    }

    void approve(String id) {
        act("request-approve", id, () -> WebBoundary.outcome(requests.approve(id, SessionSignIn.actor(guard.actor()))));
    }

    void reject(String id) {
        act(
                "request-reject",
                id,
                () -> WebBoundary.outcome(
                        requests.reject(id, SessionSignIn.actor(guard.actor()), "rejected in the web console")));
    }

    void acknowledge() {
        act("request-acknowledge", "lone-admin changes", () -> {
            List<ChangeRequest> done = requests.acknowledge(SessionSignIn.actor(guard.actor()));
            return "Acknowledged "
                    + String.join(", ", done.stream().map(ChangeRequest::id).toList()) + ".";
        });
    }

    String message() {
        return message.getText();
    }

    List<ChangeRequest> shown() {
        return grid.getGenericDataView().getItems().toList();
    }

    private void act(String action, String subject, java.util.function.Supplier<String> body) {
        if (!guard.allows(action, subject)) {
            message.setText("Refused: deciding change requests needs the admin role");
            return;
        }
        try {
            message.setText(body.get());
        } catch (Refusal refused) {
            message.setText("Refused (" + refused.rule() + "): " + refused.getMessage());
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(requests.list().stream()
                .filter(r -> r.state() == ChangeRequest.State.PENDING || r.flagged())
                .toList());
    }
}
