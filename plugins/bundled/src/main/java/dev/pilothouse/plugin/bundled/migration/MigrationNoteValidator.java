package dev.pilothouse.plugin.bundled.migration;

import dev.pilothouse.plugin.api.ChangeClass;
import dev.pilothouse.plugin.api.ChangeView;
import dev.pilothouse.plugin.api.ProposalValidator;
import dev.pilothouse.plugin.api.ProposalView;
import dev.pilothouse.plugin.api.StepResult;
import dev.pilothouse.plugin.api.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Breaking changes (the semantic diff's classification) require a line in the rationale starting with the marker
 * (setting {@code marker}, default {@code Migration:}) followed by some text. Without one the step fails (setting
 * {@code verdict: warn} makes it a warning).
 */
final class MigrationNoteValidator implements ProposalValidator {

    @Override
    public String name() {
        return MigrationNotePlugin.NAME;
    }

    @Override
    public StepResult validate(ProposalView proposal) {
        List<ChangeView> breaking = proposal.changes().stream()
                .filter(c -> c.classification() == ChangeClass.BREAKING)
                .toList();
        String marker = proposal.settings().getOrDefault("marker", "Migration:").strip();
        String verdictSetting =
                proposal.settings().getOrDefault("verdict", "fail").strip().toLowerCase(Locale.ROOT);
        if (!verdictSetting.equals("fail") && !verdictSetting.equals("warn")) {
            return new StepResult(
                    Verdict.FAIL,
                    ".pilothouse/plugins.yaml: " + MigrationNotePlugin.NAME + ".verdict: '" + verdictSetting
                            + "' is neither fail nor warn");
        }
        if (breaking.isEmpty()) {
            return new StepResult(Verdict.PASS, "no breaking schema change; no migration note needed");
        }
        String changes = String.join(
                "\n",
                breaking.stream()
                        .map(c -> "  " + c.code() + " " + c.table() + (c.attribute() == null ? "" : "." + c.attribute())
                                + ": " + c.message())
                        .toList());
        Optional<String> note = note(proposal.rationale(), marker);
        if (note.isPresent()) {
            return new StepResult(
                    Verdict.PASS,
                    "migration note for " + breaking.size() + " breaking change(s): " + note.get() + "\n" + changes);
        }
        return new StepResult(
                verdictSetting.equals("warn") ? Verdict.WARN : Verdict.FAIL,
                breaking.size()
                        + " breaking change(s) but the rationale has no '" + marker
                        + " ...' line saying how existing data"
                        + " and clients migrate:\n" + changes);
    }

    /** The text after the marker on the first line that starts with it (case-insensitive), when not blank. */
    private static Optional<String> note(String rationale, String marker) {
        String lower = marker.toLowerCase(Locale.ROOT);
        return (rationale == null ? "" : rationale)
                .lines()
                .map(String::strip)
                .filter(l -> l.toLowerCase(Locale.ROOT).startsWith(lower))
                .map(l -> l.substring(marker.length()).strip())
                .filter(t -> !t.isEmpty())
                .findFirst();
    }
}
