package dev.pilothouse.plugin.api;

/** The outcome of a validation step: FAIL blocks approval, WARN asks the reviewer to look. */
public enum Verdict {
    PASS,
    WARN,
    FAIL
}
