package dev.pilothouse.cli.requests;

import dev.pilothouse.agent.auth.BoundaryRequests;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.requests.ChangeRequest;
import dev.pilothouse.workspace.requests.ChangeRequests;
import java.util.Optional;

/** The command line's change requests: every boundary kind, deciding with the home's admins (the kit's count). */
public final class Requests {

    private Requests() {}

    public static ChangeRequests open(PilothouseHome home) {
        return BoundaryRequests.open(home);
    }

    /** What became of a filed request, in one sentence. */
    public static String outcome(ChangeRequest r) {
        return switch (r.state()) {
            case PENDING ->
                "Change request " + r.id() + " (" + r.summary() + ") waits for a second admin:"
                        + " another admin runs 'pilothouse requests approve " + r.id() + "'.";
            case APPLIED ->
                r.loneAdmin()
                        ? "Change request " + r.id() + " (" + r.summary() + ") applied, "
                                + ChangeRequests.LONE_ADMIN
                                + ": every screen shows it until a second admin acknowledges it"
                                + " ('pilothouse requests acknowledge')."
                        : "Change request " + r.id() + " applied.";
            case REJECTED -> "Change request " + r.id() + " rejected.";
        };
    }

    /** The lone-admin warning for the command line's stderr, if any (an unreadable file says so). */
    public static Optional<String> warning(PilothouseHome home) {
        try {
            return open(home).loneAdminWarning().map(w -> "warning: " + w);
        } catch (RuntimeException e) {
            return Optional.of("warning: could not read the change requests: " + e.getMessage());
        }
    }
}
