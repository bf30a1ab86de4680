package dev.pilothouse.web.views.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.pilothouse.agent.auth.Agent;
import dev.pilothouse.agent.auth.AgentRegistry;
import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.web.agents.AgentGatewayHost;
import dev.pilothouse.web.security.AuditSink;
import dev.pilothouse.web.views.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Admin only: view as agent. For a registered agent, or a proposed set of scopes, the MCP tools the gateway lists,
 * each table and attribute after the protection rule, and what it could propose: computed by the gateway's own
 * {@code AgentSurface}, so it shows what the gateway does.
 */
@Route(value = "admin/agent-surface", layout = MainLayout.class)
@PageTitle("View as agent · Pilothouse")
@RolesAllowed("ADMIN")
public class AgentSurfaceView extends VerticalLayout {

    private final AgentGatewayHost gateway;
    private final AgentRegistry registry;
    private final AdminGuard guard;
    final Select<String> agent = new Select<>();
    final CheckboxGroup<Scope> scopes = new CheckboxGroup<>("Or proposed scopes", Scope.values());
    private final Pre surface = new Pre();

    public AgentSurfaceView(
            AgentGatewayHost gateway, AgentRegistry registry, AuditSink audit, AuthenticationContext auth) {
        this.gateway = gateway;
        this.registry = registry;
        this.guard = new AdminGuard(auth, audit);
        agent.setId("surface-agent");
        agent.setLabel("Agent");
        agent.setItems(registry.list().stream()
                .filter(a -> !a.revokedAlready())
                .map(Agent::name)
                .toList());
        scopes.setId("surface-scopes");
        scopes.setItemLabelGenerator(Scope::label);
        surface.setId("agent-surface");
        Button show = new Button("Show", e -> show());
        show.setId("surface-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(agent, scopes, show);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(
                new H2("View as agent"),
                new Paragraph("The tools, data and proposals an agent gets through /mcp."
                        + " Pick an agent, or tick scopes to see a proposed one."),
                form,
                surface);
    }

    void show() {
        if (!guard.allows("agent-surface", String.valueOf(agent.getValue()))) {
            surface.setText("Refused: viewing as an agent needs the admin role");
            return;
        }
        Set<Scope> proposed = scopes.getValue();
        Agent who = !proposed.isEmpty()
                ? new Agent("proposed", EnumSet.copyOf(proposed), "-", Instant.EPOCH, null, null)
                : registry.active(String.valueOf(agent.getValue())).orElse(null);
        if (who == null) {
            surface.setText("Pick an agent or tick scopes.");
            return;
        }
        surface.setText(gateway.surface(who)
                .map(s -> s.text())
                .orElse("This console's workspace is not under governance: there is no gateway to view."));
    }

    String shown() {
        return surface.getText();
    }
}
