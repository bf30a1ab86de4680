package dev.pilothouse.plugin.api;

import java.util.List;

/** An extra check of schema.graphql, run by {@code schema check} and the editors next to the built-in ones. */
public interface SchemaLintRule {

    /** The code its findings carry, for example {@code NAMING001}. */
    String code();

    String description();

    List<Finding> check(LintInput input);
}
