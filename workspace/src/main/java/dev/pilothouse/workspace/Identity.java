package dev.pilothouse.workspace;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Who acts: a human or an agent, written {@code human:NAME} or {@code agent:NAME}. */
public record Identity(Kind kind, String name) {

    private static final Pattern FORM = Pattern.compile("(human|agent):([A-Za-z0-9][A-Za-z0-9._@-]{0,63})");

    public enum Kind {
        HUMAN,
        AGENT
    }

    public Identity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** Parses {@code human:NAME} / {@code agent:NAME}; anything else is refused with the expected form. */
    public static Identity parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new Refusal(
                    "identity-format",
                    "'" + text + "' is not an identity: write human:NAME or agent:NAME"
                            + " (NAME: letters, digits, . _ @ -, at most 64 characters)");
        }
        return new Identity(Kind.valueOf(m.group(1).toUpperCase(Locale.ROOT)), m.group(2));
    }

    public boolean isHuman() {
        return kind == Kind.HUMAN;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + name;
    }
}
