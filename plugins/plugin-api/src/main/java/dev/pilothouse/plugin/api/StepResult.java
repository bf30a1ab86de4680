package dev.pilothouse.plugin.api;

import java.util.Objects;

/** What a proposal validator reports; {@code output} is recorded with the proposal as the step's text. */
public record StepResult(Verdict verdict, String output) {

    public StepResult {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(output, "output");
    }
}
