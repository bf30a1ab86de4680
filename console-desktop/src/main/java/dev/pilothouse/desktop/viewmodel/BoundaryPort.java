package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.agent.auth.Agent;
import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.requests.ChangeRequests;
import java.util.List;

/**
 * The console home's boundary as the desktop reaches it: its change requests (every kind the CLI and web apply), the
 * desktop's human proved by the OS account, and the registered agents. Calls block: run them off the FX thread.
 */
public interface BoundaryPort {

    ChangeRequests requests();

    /** The human registered for this OS account; refused (and audited) when there is none. */
    Actor user(String action);

    /** The agents with a live token. */
    List<Agent> agents();

    BoundaryPort NONE = new BoundaryPort() {
        @Override
        public ChangeRequests requests() {
            throw new Refusal("no-governance", "this console runs without the workspace kit");
        }

        @Override
        public Actor user(String action) {
            throw new Refusal("no-governance", "this console runs without the workspace kit");
        }

        @Override
        public List<Agent> agents() {
            return List.of();
        }
    };
}
