package dev.pilothouse.workspace.versioning;

import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.versioning.internal.JGitVersioning;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workspace's Git repository as Pilothouse uses it: the {@code main} branch holds the app, proposals live on
 * {@code proposals/<id>} branches, deploys are annotated {@code deploy/N} tags. Commit ids are plain strings;
 * no Git library type crosses this interface.
 */
public interface Versioning extends AutoCloseable {

    String MAIN = "main";

    /** Creates a repository in {@code dir} (which holds the app files) and commits them on {@code main}. */
    static Versioning create(Path dir, String message, Identity author) {
        return JGitVersioning.create(dir, message, author);
    }

    static Versioning open(Path dir) {
        return JGitVersioning.open(dir);
    }

    /** The commit {@code main} points at. */
    String head();

    /** The commit a branch points at, when the branch exists. */
    Optional<String> branch(String name);

    /**
     * Writes a commit whose tree is {@code parent}'s with {@code files} replaced (no working tree involved) and
     * points {@code branch} at it. Returns the new commit id.
     */
    String commit(String branch, String parent, Map<String, String> files, String message, Identity author);

    /** Points a branch at a commit (created when absent). */
    void moveBranch(String branch, String commit);

    /** Points {@code main} at a commit and refreshes the checked-out app files from it. */
    void advanceMain(String commit);

    /** Every file of a commit, by path. */
    Map<String, String> files(String commit);

    /** The checked-out files that differ from {@code main} (edited, added or deleted). */
    List<String> uncommittedChanges();

    /** Commits the working tree's changes on {@code main}; returns the new head. */
    String commitWorkingTree(String message, Identity author);

    void tag(String name, String commit, String message, Identity tagger);

    /** The {@code deploy/N} tags, oldest first. */
    List<DeployTag> deployTags();

    /** The history of {@code main}, newest first. */
    List<Version> history(int max);

    /** A unified text diff between two commits. */
    String diff(String fromCommit, String toCommit);

    /** Resolves a tag, branch or commit id to a commit id. */
    Optional<String> resolve(String revision);

    /**
     * Appends an anchor message to the chain {@code refs/pilothouse/NAME} (empty-tree commits outside branches and
     * tags), e.g. an audit checkpoint.
     */
    void anchor(String name, String message, Identity who);

    /** The anchor messages of {@code refs/pilothouse/NAME}, oldest first. */
    List<String> anchors(String name);

    /**
     * Pushes {@code refs/pilothouse/NAME} to another Git repository ({@code url}: any URL JGit speaks, or a local
     * path), fast-forward only: a witness that already holds a longer chain refuses a rewound one.
     */
    void pushAnchors(String name, String url);

    /** The anchor messages of {@code refs/pilothouse/NAME} as held by the repository at {@code url}, oldest first. */
    List<String> remoteAnchors(String name, String url);

    @Override
    void close();
}
