package dev.pilothouse.web.views.review;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.pilothouse.web.review.ReviewActions;
import dev.pilothouse.web.security.Role;
import dev.pilothouse.web.ui.WebUi;
import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ValidationStep;
import dev.pilothouse.workspace.shadow.ShadowCheck;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * What a person can do about a shadow step that did not run: an approver runs a code change unconfined where no
 * sandbox exists (after a warning that names what will run), an admin accepts Harper's terms for the shadow.
 */
final class ShadowBar {

    private ShadowBar() {}

    static Optional<HorizontalLayout> of(ReviewActions actions, Proposal p, Span status, Runnable reload) {
        Optional<ValidationStep> shadow = p.validation().stream()
                .filter(s -> s.name().equals(ShadowCheck.STEP))
                .findFirst();
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("shadow-actions");
        if (shadow.filter(s -> s.output().startsWith(ShadowCheck.WAITS)).isPresent()
                && ReviewActions.holds(Role.APPROVER)) {
            Button run = new Button("Run shadow unconfined…", e -> confirmRun(actions, p, status, reload));
            run.setId("run-unconfined");
            run.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(run);
        }
        if (shadow.filter(s -> s.output().contains(ShadowCheck.TERMS_NOT_ACCEPTED))
                        .isPresent()
                && ReviewActions.holds(Role.ADMIN)) {
            Button accept = new Button("Accept Harper's terms for the shadow…", e -> confirmTerms(actions, status));
            accept.setId("accept-shadow-terms");
            bar.add(accept);
        }
        return bar.getComponentCount() == 0 ? Optional.empty() : Optional.of(bar);
    }

    private static void confirmRun(ReviewActions actions, Proposal p, Span status, Runnable reload) {
        Actor who;
        String warning;
        try {
            who = actions.mayRunUnconfined(p.id());
            warning = actions.unconfinedWarning(p.id()).orElse("The shadow runs confined here.");
        } catch (Refusal | AccessDeniedException refused) {
            status.setText(refused.getMessage());
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog(
                "Run " + p.id() + " unconfined?",
                warning,
                "Run it",
                e -> {
                    UI ui = UI.getCurrent();
                    status.setText("running the shadow deploy of " + p.id() + " unconfined…");
                    Thread.ofVirtual().name("shadow-" + p.id()).start(new DelegatingSecurityContextRunnable(() -> {
                        String outcome;
                        try {
                            outcome = "shadow ran: "
                                    + actions.validateUnconfined(p.id(), who)
                                            .verdict()
                                            .label();
                        } catch (RuntimeException failed) {
                            outcome = failed.getMessage();
                        }
                        String text = outcome;
                        WebUi.access(ui, () -> {
                            reload.run();
                            status.setText(text);
                        });
                    }));
                },
                "Cancel",
                e -> {});
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("run-unconfined-dialog");
        dialog.open();
    }

    private static void confirmTerms(ReviewActions actions, Span status) {
        ConfirmDialog dialog = new ConfirmDialog(
                "Accept Harper's terms?",
                "The shadow Harper that validation deploys"
                        + " proposals into is Harper, under its end-user license agreement:"
                        + " https://harperdb.io/legal/end-user-license-agreement. Accepting is recorded in the audit trail.",
                "Accept",
                e -> {
                    try {
                        actions.acceptShadowTerms();
                        status.setText("Harper's terms accepted for the shadow; validate again to run it");
                    } catch (Refusal | AccessDeniedException refused) {
                        status.setText(refused.getMessage());
                    }
                },
                "Cancel",
                e -> {});
        dialog.setId("accept-shadow-terms-dialog");
        dialog.open();
    }
}
