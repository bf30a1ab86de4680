package dev.pilothouse.web.views.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.pilothouse.web.review.GovernedWorkspace;
import dev.pilothouse.web.review.WebBoundary;
import dev.pilothouse.web.security.AuditSink;
import dev.pilothouse.web.security.SessionSignIn;
import dev.pilothouse.web.views.MainLayout;
import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.requests.ChangeRequest;
import dev.pilothouse.workspace.requests.ChangeRequests;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Admin only: the governance policy (kept in the console's home, where no proposal can change it), edited as one
 * change request by the signed-in human (a second admin approves it; a lone admin's applies flagged). Bad input names its field; nothing is saved then.
 */
@Route(value = "admin/policy", layout = MainLayout.class)
@PageTitle("Policy · Pilothouse")
@RolesAllowed("ADMIN")
public class PolicyView extends VerticalLayout {

    private final GovernedWorkspace workspace;
    private final ChangeRequests requests;
    private final AdminGuard guard;
    final TextField approvals = field("policy-approvals", "Approvals for a breaking change");
    final TextField expiry = field("policy-expiry", "Approvals expire after (hours)");
    final Select<String> shadow = new Select<>();
    final TextField sample = field("policy-sample", "Shadow sample (records per table)");
    final TextField protections = field("policy-protected", "Protected (TABLE or TABLE.ATTRIBUTE, comma-separated)");
    private final Span message = new Span();

    public PolicyView(
            GovernedWorkspace workspace, ChangeRequests requests, AuditSink audit, AuthenticationContext auth) {
        this.workspace = workspace;
        this.requests = requests;
        this.guard = new AdminGuard(auth, audit);
        message.setId("policy-message");
        add(new H2("Policy"));
        if (workspace.governance().isEmpty()) {
            add(new Paragraph("This workspace is not under governance (no Git repository): run"
                    + " 'pilothouse init' for it to have a policy."));
            return;
        }
        Governance g = workspace.governance().get();
        shadow.setId("policy-shadow");
        shadow.setLabel("Shadow deploy before validation");
        shadow.setWidth("20em");
        shadow.setItems("auto", "required", "off");
        protections.setWidth("36em");
        Button save = new Button("Save policy", e -> save());
        save.setId("policy-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new Paragraph(
                        "Kept in " + g.policyFile() + ". Fixed rules: agents never approve or deploy; authors never"
                                + " approve their own proposals; approvals bind to the content hash and base."),
                approvals,
                expiry,
                shadow,
                sample,
                protections,
                save,
                message);
        load(g.policy());
    }

    private void load(Policy p) {
        approvals.setValue(Integer.toString(p.breakingApprovals()));
        expiry.setValue(Long.toString(p.approvalExpiry().toHours()));
        shadow.setValue(p.shadowDeploy());
        sample.setValue(Integer.toString(p.shadowSample()));
        protections.setValue(String.join(", ", p.protectedPrimitives()));
    }

    void save() {
        Governance g = workspace.governance().orElseThrow();
        String user = guard.actor();
        if (!guard.allows("policy-update", "policy")) {
            message.setText("Refused: changing the policy needs the admin role");
            return;
        }
        Policy current = g.policy();
        try {
            List<String> protectedList = Arrays.stream(protections.getValue().split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            Policy next = new Policy(
                    protectedList,
                    number(approvals, 1),
                    Duration.ofHours(number(expiry, 1)),
                    current.protectionMarker(),
                    current.auditCheckpointEvery(),
                    shadow.getValue(),
                    number(sample, 1),
                    current.maxOpenProposalsPerAgent(),
                    current.soloMode());
            Actor actor = SessionSignIn.actor(user);
            ChangeRequest request = requests.file(actor, g.policyChange(next, actor));
            load(g.policy());
            message.setText(WebBoundary.outcome(request));
        } catch (Refusal refused) { // the governance kit checks the protections' format: name the field here
            String field = refused.rule().equals("primitive-format") ? protections.getLabel() + ": " : "";
            message.setText("Not saved (" + refused.rule() + "): " + field + refused.getMessage());
        } catch (IllegalArgumentException bad) {
            message.setText("Not saved: " + bad.getMessage());
        }
    }

    private static int number(TextField field, int min) {
        try {
            int n = Integer.parseInt(field.getValue().strip());
            if (n < min) {
                throw new IllegalArgumentException(field.getLabel() + ": must be at least " + min + ", was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    field.getLabel() + ": '" + field.getValue() + "' is not a whole number", e);
        }
    }

    private static TextField field(String id, String label) {
        TextField f = new TextField(label);
        f.setId(id);
        f.setWidth("20em");
        return f;
    }

    Span message() {
        return message;
    }
}
