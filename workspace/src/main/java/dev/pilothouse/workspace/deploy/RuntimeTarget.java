package dev.pilothouse.workspace.deploy;

import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;

/** The runtime a workspace deploys to, as governance needs it. {@link HarperTarget} is the real one. */
public interface RuntimeTarget {

    /** Deploys the app files in {@code appDir}; returns once the new version serves, or throws with the reason. */
    void deploy(Path appDir);

    /**
     * Deploys like {@link #deploy(Path)}, told the app files the workspace last deployed here ({@code expectedLive},
     * file name to content; empty when there was no earlier deploy). A runtime that still holds exactly those may
     * prepare its restore-on-failure from them instead of fetching its live copy first; one that holds anything else
     * must restore what it actually held.
     */
    default void deploy(Path appDir, Map<String, String> expectedLive) {
        deploy(appDir);
    }

    /**
     * Post-deploy verification of the live version against the deployed files: returns what was checked, throws
     * naming what failed.
     */
    String verify(Map<String, String> files);

    /** How long {@link #watch} watches the error rate after verification; zero when it does not. */
    default java.time.Duration watchWindow() {
        return java.time.Duration.ZERO;
    }

    /** After a verified deploy: watches the error rate for {@link #watchWindow}; returns what it saw, throws on a jump. */
    default String watch() {
        return "not watched";
    }

    /** Removes the app (used when a first deploy must be undone and there is nothing earlier to restore). */
    void remove();

    /** Live evidence: how many records a table holds, when the runtime can tell. */
    OptionalLong recordCount(String database, String table);

    /** Live evidence: up to {@code limit} records of a table, with only {@code attributes} (names are identifiers). */
    java.util.List<com.fasterxml.jackson.databind.JsonNode> sample(
            String database, String table, java.util.List<String> attributes, int limit);

    /**
     * Live evidence: real-time use of the table served at {@code restPath} (e.g. {@code Item}) over the last
     * {@code lookback}; empty when the runtime cannot tell.
     */
    default java.util.Optional<Subscribers> subscribers(String restPath, java.time.Duration lookback) {
        return java.util.Optional.empty();
    }

    /** The app files as the runtime holds them now (for {@code init --from-runtime}); missing files are absent. */
    Map<String, String> appFiles();

    /** Where this target is, for messages and the audit log. */
    String describe();
}
