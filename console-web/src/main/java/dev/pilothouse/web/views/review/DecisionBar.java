package dev.pilothouse.web.views.review;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.pilothouse.web.review.ReviewActions;
import dev.pilothouse.web.ui.WebUi;
import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.proposal.ApprovalCount;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ProposalState;
import dev.pilothouse.workspace.proposal.ValidationStep;
import dev.pilothouse.workspace.proposal.Verdict;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Approve / reject with a comment, and deploy, for approvers. A deploy takes seconds (Harper restarts its workers,
 * then the new version must serve for 3 s), so it runs off the request thread and reports back through push.
 */
final class DecisionBar extends HorizontalLayout {

    DecisionBar(ReviewActions actions, Proposal p, Span status, DeployStepList steps, Runnable reload) {
        TextField comment = new TextField();
        comment.setId("decision-comment");
        comment.setPlaceholder("Comment");
        comment.setWidth("24em");
        List<String> skipped = p.validation().stream()
                .filter(s -> s.verdict() == Verdict.SKIPPED)
                .map(ValidationStep::name)
                .toList();
        Checkbox acknowledge =
                new Checkbox("Approve without the evidence of " + String.join(", ", skipped) + " (it did not run)");
        acknowledge.setId("acknowledge-skipped");
        acknowledge.setVisible(!skipped.isEmpty());
        Button approve = new Button(
                "Approve",
                e -> act(
                        status,
                        reload,
                        () -> approved(
                                p.id(),
                                actions.approve(p.id(), comment.getValue(), acknowledge.getValue()),
                                actions.approvalCount(p.id()))));
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button reject = new Button(
                "Reject",
                e -> act(
                        status,
                        reload,
                        () -> "Rejected "
                                + actions.reject(p.id(), comment.getValue()).id()));
        reject.setId("reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button deploy = new Button("Deploy", e -> deploy(actions, p, status, steps, reload, e.getSource()));
        deploy.setId("deploy");
        deploy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        boolean open = p.state() == ProposalState.VALIDATED || p.state() == ProposalState.APPROVED;
        approve.setEnabled(p.state() == ProposalState.VALIDATED); // approved already: nothing left to approve
        reject.setEnabled(open);
        deploy.setEnabled(p.state() == ProposalState.APPROVED);
        add(comment, approve, reject, deploy, acknowledge);
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    }

    private static String approved(String id, Proposal saved, ApprovalCount count) {
        return count.enough()
                ? "Approved " + id + " (" + count.valid() + " of " + count.required() + "): ready to" + " deploy"
                : "Approval of " + saved.id() + " recorded (" + count.valid() + " of " + count.required() + "): "
                        + count.missing() + " more needed from another human";
    }

    private static void act(Span status, Runnable reload, Supplier<String> action) {
        try {
            String done = action.get();
            reload.run();
            status.setText(done);
        } catch (Refusal | AccessDeniedException | IllegalStateException refused) {
            status.setText(message(refused));
        }
    }

    private static void deploy(
            ReviewActions actions, Proposal p, Span status, DeployStepList steps, Runnable reload, Button button) {
        Actor who;
        try {
            who = actions.mayDeploy(p.id()); // checked on the request thread, where the session's user is known
        } catch (AccessDeniedException refused) {
            status.setText(message(refused));
            return;
        }
        UI ui = UI.getCurrent();
        button.setEnabled(false);
        status.setText("deploying " + p.id() + "…");
        var progress = steps.start(ui);
        // the session's user goes along: the refresh afterwards reads through the role checks again
        Thread.ofVirtual().name("deploy-" + p.id()).start(new DelegatingSecurityContextRunnable(() -> {
            String outcome;
            try {
                outcome = "deployed as " + actions.deploy(p.id(), who, progress);
            } catch (RuntimeException failed) {
                outcome = message(failed);
            }
            String text = outcome;
            WebUi.access(ui, () -> {
                reload.run();
                status.setText(text);
            });
        }));
    }

    private static String message(RuntimeException e) {
        return e instanceof Refusal r ? r.toString() : e.getMessage();
    }
}
