package dev.pilothouse.desktop.viewmodel;

import java.util.List;

/**
 * Seam for the review panel: proposals and their decisions come from the {@code workspace} kit, which is not part
 * of this build yet. The desktop only depends on this shape; {@link #NONE} is what runs until it is wired.
 */
public interface ReviewPort {

    /** A proposal as the explorer lists it (state: draft, validated, approved, rejected, deployed, rolled back). */
    record ProposalSummary(String id, String title, String state) {
    }

    List<ProposalSummary> proposals();

    ReviewPort NONE = List::of;
}
