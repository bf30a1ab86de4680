package dev.pilothouse.workspace;

import dev.pilothouse.workspace.policy.Policy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The settings two policies differ in, as "before -> after" texts for an audit entry. */
final class PolicyChanges {

    private PolicyChanges() {}

    static Map<String, String> between(Policy a, Policy b) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "protected", a.protectedPrimitives(), b.protectedPrimitives());
        put(out, "breakingApprovals", a.breakingApprovals(), b.breakingApprovals());
        put(out, "approvalExpiry", a.approvalExpiry(), b.approvalExpiry());
        put(out, "protectionMarker", a.protectionMarker(), b.protectionMarker());
        put(out, "auditCheckpointEvery", a.auditCheckpointEvery(), b.auditCheckpointEvery());
        put(out, "shadowDeploy", a.shadowDeploy(), b.shadowDeploy());
        put(out, "shadowSample", a.shadowSample(), b.shadowSample());
        put(out, "maxOpenProposalsPerAgent", a.maxOpenProposalsPerAgent(), b.maxOpenProposalsPerAgent());
        put(out, "soloMode", a.soloMode(), b.soloMode());
        return out;
    }

    private static void put(Map<String, String> out, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            out.put(name, before + " -> " + after);
        }
    }
}
