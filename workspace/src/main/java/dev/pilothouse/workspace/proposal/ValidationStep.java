package dev.pilothouse.workspace.proposal;

/** One recorded step of the validation pipeline with its verdict and its full output. */
public record ValidationStep(String name, Verdict verdict, String output) {}
