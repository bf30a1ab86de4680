package dev.pilothouse.web.views.review;

import com.vaadin.flow.component.html.Span;
import dev.pilothouse.workspace.deploy.DeployUpdate;
import dev.pilothouse.workspace.proposal.ProposalState;

/** Lumo badges for proposal states, verdicts and change classes (colour plus text, never colour alone). */
final class Badges {

    private Badges() {}

    static Span state(ProposalState state) {
        String theme = switch (state) {
            case APPROVED, DEPLOYED -> "success";
            case REJECTED, ROLLED_BACK, EXPIRED -> "error";
            case VALIDATED, VALIDATING, OPEN -> "";
            case SUPERSEDED -> "contrast";
        };
        return badge(state.label(), theme, "state");
    }

    /** pass / skipped / warn / fail verdicts and safe / review / breaking classes; skipped, like anything else, is never green. */
    static Span level(String text) {
        String value = text == null ? "" : text;
        String theme = switch (value) {
            case "pass", "safe" -> "success";
            case "fail", "breaking" -> "error";
            case "warn", "review" -> "warning";
            default -> "contrast";
        };
        return badge(value.isEmpty() ? "—" : value, theme, "level");
    }

    /** A deploy step's phase: done green, failed red, running and skipped neutral. */
    static Span phase(DeployUpdate.Phase phase) {
        return switch (phase) {
            case DONE -> badge("done", "success", "phase");
            case FAILED -> badge("failed", "error", "phase");
            case RUNNING -> badge("running…", "", "phase");
            case SKIPPED -> badge("skipped", "contrast", "phase");
        };
    }

    private static Span badge(String text, String theme, String kind) {
        Span span = new Span(text);
        span.getElement().getThemeList().add("badge");
        if (!theme.isEmpty()) {
            span.getElement().getThemeList().add(theme);
        }
        span.addClassName("ph-badge-" + kind);
        return span;
    }
}
