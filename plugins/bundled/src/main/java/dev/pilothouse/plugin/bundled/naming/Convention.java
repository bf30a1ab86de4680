package dev.pilothouse.plugin.bundled.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A naming convention, as written in plugins.yaml, with what a name would look like under it. */
enum Convention {
    PASCAL_CASE("PascalCase", "[A-Z][a-zA-Z0-9]*"),
    CAMEL_CASE("camelCase", "[a-z][a-zA-Z0-9]*"),
    SNAKE_CASE("snake_case", "[a-z][a-z0-9]*(_[a-z0-9]+)*"),
    SCREAMING_SNAKE_CASE("SCREAMING_SNAKE_CASE", "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    private final String label;
    private final Pattern pattern;

    Convention(String label, String regex) {
        this.label = label;
        this.pattern = Pattern.compile(regex);
    }

    String label() {
        return label;
    }

    boolean matches(String name) {
        return pattern.matcher(name).matches();
    }

    /** The name rewritten to this convention: words split at case changes, underscores, dashes and digits. */
    String apply(String name) {
        List<String> words = words(name);
        return switch (this) {
            case PASCAL_CASE -> words.stream().map(Convention::capitalise).collect(Collectors.joining());
            case CAMEL_CASE ->
                words.isEmpty()
                        ? name
                        : words.getFirst()
                                + words.stream()
                                        .skip(1)
                                        .map(Convention::capitalise)
                                        .collect(Collectors.joining());
            case SNAKE_CASE -> String.join("_", words);
            case SCREAMING_SNAKE_CASE -> String.join("_", words).toUpperCase(Locale.ROOT);
        };
    }

    /** The convention named {@code label} (case-insensitive), {@code off} being empty. */
    static Optional<Convention> parse(String label) {
        for (Convention c : values()) {
            if (c.label.equalsIgnoreCase(label)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    static String labels() {
        List<String> all = new ArrayList<>();
        for (Convention c : values()) {
            all.add(c.label);
        }
        all.add("off");
        return String.join(", ", all);
    }

    private static List<String> words(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .replaceAll("([A-Z])([A-Z][a-z])", "$1 $2")
                .replaceAll("[_\\-]+", " ")
                .strip();
        List<String> words = new ArrayList<>();
        for (String w : spaced.split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
