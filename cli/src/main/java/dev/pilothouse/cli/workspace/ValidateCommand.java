package dev.pilothouse.cli.workspace;

import dev.pilothouse.cli.plugins.PluginSupport;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.humans.Role;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ValidationStep;
import dev.pilothouse.workspace.proposal.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pilothouse validate ID}: exits 0 on pass or warn, 2 on fail; plugin validators add their steps. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Run the validation pipeline on a proposal (with a runtime: live evidence too).")
public final class ValidateCommand extends GovernedCommand {

    @Parameters(paramLabel = "ID")
    String id;

    @Option(names = "--as", paramLabel = "ID", description = "Who validates (default: human:$USER).")
    String as;

    @Option(names = "--json", description = "Print the validated proposal as JSON.")
    boolean json;

    @Option(
            names = "--accept-harper-terms",
            description = "Accept Harper's terms for the shadow Harper the "
                    + "proposal is deployed into (recorded; otherwise the shadow step is skipped until accepted).")
    boolean acceptHarperTerms;

    @Option(
            names = "--unconfined",
            description = "Where no sandbox can be built, run the proposal's changed code"
                    + " in the shadow anyway, with your rights (a reviewer's choice after reading the code; the warning names"
                    + " what will run).")
    boolean unconfined;

    @Mixin
    RuntimeOptions runtime;

    @Override
    int run() {
        String actor = (unconfined || as == null ? localHuman() : Identity.parse(as)).toString();
        try (PluginSupport plugins = PluginSupport.open(workspace);
                Governance gov = Governance.at(workspace, home())
                        .runtime(runtime.target(workspace, err()))
                        .shadow(Governance.shadowFor(workspace, home(), acceptHarperTerms))
                        .validators(plugins.host().proposalValidators())
                        .open()) {
            Proposal p;
            if (unconfined) {
                gov.unconfinedRunWarning(id).ifPresent(warning -> err().println("warning: " + warning));
                // a proved reviewer who has read the code; the warning was printed before anything runs
                p = gov.validateUnconfined(id, prove(as, "validate.unconfined", Role.APPROVER));
            } else {
                p = gov.validate(id, actor);
            }
            if (json) {
                out().println(Output.json(p));
            } else {
                for (ValidationStep step : p.validation()) {
                    out().println(step.name() + ": " + step.verdict().label());
                    step.output().lines().forEach(l -> out().println("    " + l));
                }
                out().println(p.id() + " " + p.verdict().label() + " (" + p.classification() + ")");
            }
            return p.verdict() == Verdict.FAIL ? 2 : 0;
        }
    }
}
