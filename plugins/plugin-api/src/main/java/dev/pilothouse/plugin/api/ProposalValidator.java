package dev.pilothouse.plugin.api;

/** An extra step of the validation pipeline, recorded with the proposal under {@link #name()}. */
public interface ProposalValidator {

    /** The step's name, for example {@code migration-note}. */
    String name();

    StepResult validate(ProposalView proposal);
}
