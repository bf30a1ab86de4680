package dev.pilothouse.workspace;

/**
 * A governed action was refused. {@link #rule()} names the rule that refused it (e.g. {@code no-self-approval});
 * the message says what was wrong and, where there is one, which file or field.
 */
public final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String rule;

    public Refusal(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    @Override
    public String toString() {
        return "refused by rule " + rule + ": " + getMessage();
    }
}
