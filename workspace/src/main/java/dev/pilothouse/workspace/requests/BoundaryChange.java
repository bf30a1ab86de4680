package dev.pilothouse.workspace.requests;

import dev.pilothouse.workspace.Actor;
import java.util.Map;

/**
 * One kind of boundary change and the only code that applies it. {@link #current} describes the subject as it is
 * now, in the same terms as {@link Change#after()}: the kit records it as "before" when the request is filed and
 * refuses to apply a request whose subject changed since ({@code request-stale}).
 */
public interface BoundaryChange {

    String kind();

    String current(Map<String, String> payload);

    /** Applies an approved request (or a lone admin's); {@code by} is the admin who made it take effect. */
    void apply(ChangeRequest request, Actor by);
}
