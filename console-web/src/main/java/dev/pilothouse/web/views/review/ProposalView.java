package dev.pilothouse.web.views.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.pilothouse.schema.diff.SchemaChange;
import dev.pilothouse.web.review.ReviewActions;
import dev.pilothouse.web.security.Role;
import dev.pilothouse.web.views.MainLayout;
import dev.pilothouse.workspace.FileDiff;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.proposal.Decision;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ValidationStep;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * One proposal: rationale, state, each changed file side by side, the classified schema changes, the validation
 * steps with their evidence, the decisions; approvers also get approve / reject / deploy (checked again on the
 * server by {@link ReviewActions}).
 */
@Route(value = "proposal", layout = MainLayout.class)
@PageTitle("Proposal · Pilothouse")
@PermitAll
public class ProposalView extends VerticalLayout implements HasUrlParameter<String> {

    private final ReviewActions actions;
    private final Span status = new Span();
    private final DeployStepList steps = new DeployStepList("deploy-steps");

    public ProposalView(ReviewActions actions) {
        this.actions = actions;
        setId("proposal");
        status.setId("review-status");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        steps.clear();
        show(id);
    }

    private void show(String id) {
        removeAll();
        ReviewActions.Review review;
        try {
            review = actions.review(id);
        } catch (Refusal | IllegalStateException e) {
            add(new H2("Proposal " + id), new Paragraph(e.getMessage()));
            return;
        }
        Proposal p = review.proposal();
        HorizontalLayout title = new HorizontalLayout(
                new H2("Proposal " + p.id()), Badges.state(p.state()), Badges.level(p.classification()));
        title.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        Paragraph about = new Paragraph(p.author() + " · " + p.message() + " · base " + shortId(p.base())
                + (p.deployTag() == null ? "" : " · " + p.deployTag()));
        about.setId("proposal-about");
        add(title, about);
        if (ReviewActions.holds(Role.APPROVER)) {
            add(new DecisionBar(actions, p, status, steps, () -> show(id)));
        }
        add(status, steps, new H3("Files"));
        for (FileDiff file : review.files()) {
            Details d = new Details(file.file(), SideBySideDiff.of(file));
            d.setOpened(true);
            d.setWidthFull();
            add(d);
        }
        add(new H3("Schema changes"), schemaChanges(review));
        SchemaDiffPanel.of(
                        review.before().get(SchemaDiffPanel.FILE),
                        review.after().get(SchemaDiffPanel.FILE))
                .ifPresent(this::add);
        add(new H3("Validation"));
        for (ValidationStep step : p.validation()) {
            Pre evidence = new Pre(step.output());
            evidence.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere"); // long lines wrap
            Details d = new Details(
                    new HorizontalLayout(
                            Badges.level(step.verdict().name().toLowerCase(Locale.ROOT)), new Span(step.name())),
                    evidence);
            d.addClassName("ph-validation-step");
            d.setWidthFull();
            add(d);
        }
        if (p.validation().isEmpty()) {
            add(new Paragraph("Not validated yet."));
        }
        ShadowBar.of(actions, p, status, () -> show(id)).ifPresent(this::add);
        add(new H3("Decisions"));
        for (Decision d : p.decisions()) {
            add(new Paragraph((d.approve() ? "approved by " : "rejected by ") + d.by() + " at " + d.at()
                    + (d.comment() == null || d.comment().isBlank() ? "" : ": " + d.comment())));
        }
        if (p.decisions().isEmpty()) {
            add(new Paragraph("None yet."));
        }
    }

    private static Component schemaChanges(ReviewActions.Review review) {
        Div list = new Div();
        list.setId("schema-changes");
        if (review.schemaChanges().isEmpty()) {
            list.add(new Paragraph("No schema change."));
        }
        for (SchemaChange c : review.schemaChanges()) {
            HorizontalLayout row = new HorizontalLayout(
                    Badges.level(c.classification().name().toLowerCase(Locale.ROOT)), new Span(c.message()));
            row.setDefaultVerticalComponentAlignment(Alignment.CENTER);
            list.add(row);
        }
        return list;
    }

    private static String shortId(String commit) {
        return commit == null ? "" : commit.substring(0, Math.min(10, commit.length()));
    }
}
