package dev.pilothouse.web.views.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.pilothouse.agent.auth.Agent;
import dev.pilothouse.agent.auth.AgentRegistry;
import dev.pilothouse.agent.auth.AgentTokenChange;
import dev.pilothouse.agent.auth.IssuedToken;
import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.web.review.WebBoundary;
import dev.pilothouse.web.security.AuditEvent;
import dev.pilothouse.web.security.AuditSink;
import dev.pilothouse.web.security.SessionSignIn;
import dev.pilothouse.web.views.MainLayout;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.requests.ChangeRequest;
import dev.pilothouse.workspace.requests.ChangeRequests;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Admin only: the agents that may use the MCP gateway, from the same registry the gateway and the command line
 * use. A new token is a change request (a second admin approves it; a lone admin's applies flagged); the token is
 * shown once to the admin who asked and never stored in clear; revoking takes effect on the agent's next request.
 * Every change is audited without the token; the admin role is checked again on every action.
 */
@Route(value = "admin/agents", layout = MainLayout.class)
@PageTitle("Agent tokens · Pilothouse")
@RolesAllowed("ADMIN")
public class AgentsView extends VerticalLayout {

    private final AgentRegistry registry;
    private final ChangeRequests requests;
    private final AuditSink audit;
    private final AdminGuard guard;
    private final Grid<Agent> grid = new Grid<>();
    private final TextField issued = new TextField("New token (shown once: copy it now)");
    private final Span message = new Span();

    public AgentsView(AgentRegistry registry, ChangeRequests requests, AuditSink audit, AuthenticationContext auth) {
        this.registry = registry;
        this.requests = requests;
        this.audit = audit;
        this.guard = new AdminGuard(auth, audit);
        grid.setId("agents");
        grid.addColumn(Agent::name).setHeader("Agent").setAutoWidth(true);
        grid.addColumn(a -> a.scopes().stream().sorted().map(Scope::label).collect(Collectors.joining(", ")))
                .setHeader("Scopes")
                .setAutoWidth(true);
        grid.addColumn(a -> text(a.created())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(a -> text(a.lastUsed())).setHeader("Last used").setAutoWidth(true);
        grid.addColumn(a -> a.revokedAlready() ? "revoked" : "active")
                .setHeader("State")
                .setAutoWidth(true);
        grid.addComponentColumn(a -> {
                    Button revoke = new Button("Revoke", e -> revoke(a));
                    revoke.setId("revoke-" + a.name());
                    revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    revoke.setEnabled(!a.revokedAlready());
                    return revoke;
                })
                .setHeader("")
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        issued.setId("issued-token");
        issued.setReadOnly(true);
        issued.setWidth("40em");
        issued.setVisible(false);
        message.setId("agents-message");
        add(
                new H2("Agent tokens"),
                new Paragraph(
                        "Agents read and propose through the gateway at /mcp; they never" + " approve or deploy."),
                grid,
                createForm(),
                issued,
                message);
        refresh();
    }

    private HorizontalLayout createForm() {
        TextField name = new TextField("New agent");
        name.setId("agent-name");
        CheckboxGroup<Scope> scopes = new CheckboxGroup<>("Scopes", Scope.values());
        scopes.setId("agent-scopes");
        scopes.setItemLabelGenerator(Scope::label);
        scopes.setValue(EnumSet.of(Scope.READ));
        Button create = new Button("Create token", e -> create(name.getValue().strip(), scopes.getValue()));
        create.setId("agent-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, scopes, create);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return form;
    }

    void create(String name, java.util.Set<Scope> scopes) {
        if (!allowed("agent-token-create", name)) {
            return;
        }
        try {
            IssuedToken token = registry.prepare(name, scopes.isEmpty() ? EnumSet.of(Scope.READ) : scopes);
            ChangeRequest request = requests.file(SessionSignIn.actor(actor()), AgentTokenChange.change(token));
            audit.record(AuditEvent.now(
                    actor(),
                    "agent-token-requested",
                    name,
                    Map.of(
                            "scopes",
                            token.agent().scopes().stream()
                                    .sorted()
                                    .map(Scope::label)
                                    .collect(Collectors.joining(",")),
                            "request",
                            request.id())));
            issued.setValue(token.token());
            issued.setVisible(true);
            message.setText(WebBoundary.outcome(request) + " Token for " + name
                    + (request.state() == ChangeRequest.State.APPLIED
                            ? " works now"
                            : " works once " + request.id() + " is approved")
                    + "; it is not shown again.");
        } catch (Refusal refused) {
            message.setText("Refused (" + refused.rule() + "): " + refused.getMessage());
        } catch (IllegalArgumentException | IllegalStateException refused) {
            message.setText("Not created: " + refused.getMessage());
        }
        refresh();
    }

    void revoke(Agent agent) {
        if (!allowed("agent-token-revoke", agent.name())) {
            return;
        }
        try {
            registry.revoke(agent.name());
            audit.record(AuditEvent.now(actor(), "agent-token-revoked", agent.name(), Map.of()));
            message.setText(agent.name() + " revoked: the gateway refuses its token from now on.");
        } catch (IllegalArgumentException | IllegalStateException refused) {
            message.setText("Not revoked: " + refused.getMessage());
        }
        issued.setVisible(false);
        refresh();
    }

    private boolean allowed(String action, String subject) {
        if (guard.allows(action, subject)) {
            return true;
        }
        message.setText("Refused: managing agent tokens needs the admin role");
        return false;
    }

    TextField issued() {
        return issued;
    }

    private String actor() {
        return guard.actor();
    }

    private void refresh() {
        grid.setItems(registry.list());
    }

    private static String text(Instant at) {
        return at == null ? "never" : at.toString().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z");
    }
}
