package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Refusal;
import java.nio.file.Path;

/**
 * How the review and history panels reach the {@code workspace} kit: a {@link Governance} for the open workspace,
 * deploying to the connected runtime when there is one, and the desktop user's identity. The caller closes what it
 * opens (one Governance per action, so the panels always read what other consoles and the CLI wrote).
 */
public interface ReviewPort {

    /** {@code connection} null: no runtime (validation without live evidence; deploy and rollback refuse). */
    Governance open(Path workspace, RuntimePort.Connection connection, String project);

    /**
     * Who approves, rejects, deploys and rolls back from this console: the human registered for the OS account the
     * console runs as, proved by it; a {@link Refusal} (saying how to register) when the account is not registered.
     */
    Actor user();

    /** No governance (tests of other views): every action is refused with a rule saying so. */
    ReviewPort NONE = new ReviewPort() {
        @Override
        public Governance open(Path workspace, RuntimePort.Connection connection, String project) {
            throw new Refusal("no-governance", "this console runs without the workspace kit");
        }

        @Override
        public Actor user() {
            throw new Refusal("no-governance", "this console runs without the workspace kit");
        }
    };
}
