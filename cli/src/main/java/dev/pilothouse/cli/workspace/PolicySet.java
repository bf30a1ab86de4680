package dev.pilothouse.cli.workspace;

import dev.pilothouse.cli.requests.Requests;
import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.humans.Role;
import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.policy.ShadowMode;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pilothouse policy set}: asks for new policy settings as one change request naming each changed setting
 * (applied when a second admin approves it, or at once and flagged for a lone admin). Options left out keep their values; a bad value names its option and changes
 * nothing.
 */
@Command(
        name = "set",
        mixinStandardHelpOptions = true,
        description = "Change policy settings (one audited change; options left out keep their values).")
final class PolicySet extends GovernedCommand {

    @Option(
            names = "--breaking-approvals",
            paramLabel = "N",
            description = "Distinct human approvals a breaking change needs (at least 1).")
    Integer breakingApprovals;

    @Option(
            names = "--approval-expiry-hours",
            paramLabel = "H",
            description = "Hours after which an approval no longer counts (at least 1).")
    Integer expiryHours;

    @Option(
            names = "--shadow-deploy",
            paramLabel = "MODE",
            description = "auto (run when a runtime is attached), required, or off.")
    String shadowDeploy;

    @Option(
            names = "--shadow-sample",
            paramLabel = "N",
            description = "Records per affected table the shadow deploy copies (at least 1).")
    Integer shadowSample;

    @Option(
            names = "--max-open-proposals-per-agent",
            paramLabel = "N",
            description = "Open proposals one agent may have before its next is refused (at least 1).")
    Integer maxOpen;

    @Option(
            names = "--solo-mode",
            paramLabel = "on|off",
            description = "on: one person may deploy the working tree (deploy --head) without a second person.")
    String soloMode;

    @Option(names = "--as", paramLabel = "human:NAME", description = AS_HELP)
    String as;

    @Override
    int run() {
        if (breakingApprovals == null
                && expiryHours == null
                && shadowDeploy == null
                && shadowSample == null
                && maxOpen == null
                && soloMode == null) {
            throw new IllegalArgumentException("name at least one setting to change (see --help)");
        }
        atLeastOne("--breaking-approvals", breakingApprovals);
        atLeastOne("--approval-expiry-hours", expiryHours);
        atLeastOne("--shadow-sample", shadowSample);
        atLeastOne("--max-open-proposals-per-agent", maxOpen);
        String shadow = shadowDeploy == null ? null : shadowMode(shadowDeploy);
        Boolean solo = soloMode == null ? null : onOff(soloMode);
        Actor who = prove(as, "policy.update", Role.ADMIN);
        try (Governance gov = open()) {
            Policy p = gov.policy();
            Policy next = new Policy(
                    p.protectedPrimitives(),
                    breakingApprovals != null ? breakingApprovals : p.breakingApprovals(),
                    expiryHours != null ? Duration.ofHours(expiryHours) : p.approvalExpiry(),
                    p.protectionMarker(),
                    p.auditCheckpointEvery(),
                    shadow != null ? shadow : p.shadowDeploy(),
                    shadowSample != null ? shadowSample : p.shadowSample(),
                    maxOpen != null ? maxOpen : p.maxOpenProposalsPerAgent(),
                    solo != null ? solo : p.soloMode());
            out().println(Requests.outcome(gov.updatePolicy(next, who)));
            return 0;
        }
    }

    private static String shadowMode(String text) {
        try {
            return ShadowMode.parse(text).label();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--shadow-deploy: " + e.getMessage(), e);
        }
    }

    private static boolean onOff(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("--solo-mode: on or off, was '" + text + "'");
        };
    }

    private static void atLeastOne(String option, Integer value) {
        if (value != null && value < 1) {
            throw new IllegalArgumentException(option + ": must be at least 1, was " + value);
        }
    }
}
