package dev.pilothouse.workspace.policy;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The governance boundary, kept in the console's home and never in the app repository. {@code protectedPrimitives}
 * are {@code Table} or {@code Table.attribute} names (type or table name). Fixed rules that no policy relaxes:
 * agents never approve or deploy, authors never approve their own proposals.
 */
public record Policy(List<String> protectedPrimitives, int breakingApprovals, Duration approvalExpiry) {

    public static final Policy DEFAULT = new Policy(List.of(), 2, Duration.ofHours(24));

    public Policy {
        protectedPrimitives = List.copyOf(new TreeSet<>(protectedPrimitives));
        Objects.requireNonNull(approvalExpiry, "approvalExpiry");
        if (breakingApprovals < 1) {
            throw new IllegalArgumentException("breakingApprovals must be at least 1, was " + breakingApprovals);
        }
    }

    public Policy protect(String primitive) {
        List<String> more = new java.util.ArrayList<>(protectedPrimitives);
        more.add(primitive);
        return new Policy(more, breakingApprovals, approvalExpiry);
    }

    public Policy unprotect(String primitive) {
        return new Policy(protectedPrimitives.stream().filter(p -> !p.equals(primitive)).toList(),
                breakingApprovals, approvalExpiry);
    }
}
