package dev.pilothouse.desktop.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.desktop.service.WorkspaceGovernance;
import dev.pilothouse.schema.diff.Classification;
import dev.pilothouse.visualizer.diagram.DiagramAssembler;
import dev.pilothouse.visualizer.layout.Layouter;
import dev.pilothouse.visualizer.schema.DiffDiagram;
import dev.pilothouse.workspace.FileDiff;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.WorkspaceInit;
import dev.pilothouse.workspace.proposal.ProposalState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review and history ViewModels over a real governed workspace (Git, proposal records, audit log in a temp
 * home), without a runtime; executors run inline. Deploys against a real Harper are in {@code ui.ReviewIT}.
 */
class ReviewViewModelTest {

    static final String SCHEMA_V2 = "# Fleet: the boats of a harbour (the review tests' app).\n"
            + "type Boat @table @export {\n  id: ID @primaryKey\n  name: String @indexed\n  crew: Int\n}\n";

    @TempDir
    Path tmp;

    PilothouseHome home;
    Path workspace;
    ReviewViewModel review;
    HistoryViewModel history;

    @BeforeEach
    void governedWorkspace() throws IOException {
        home = new PilothouseHome(tmp.resolve("home"));
        Path source = Files.createDirectories(tmp.resolve("source"));
        for (String f : new String[] {"schema.graphql", "config.yaml", "resources.js"}) {
            Files.copy(Path.of("src/test/resources/workspaces/fleet", f), source.resolve(f));
        }
        workspace = tmp.resolve("fleet");
        WorkspaceInit.init(workspace, Optional.of(source), Identity.parse("human:alice"), home);
        review = vm(workspace, "human:rev");
        history = new HistoryViewModel(
                calls(workspace, "human:rev"),
                new PinnedAuditKey(tmp.resolve("desktop-settings/audit-keys.properties")));
    }

    private GovernedCalls calls(Path ws, String user) {
        // no runtime is connected, so the port never asks the RuntimePort for a deployer
        WorkspaceGovernance port = new WorkspaceGovernance(
                home,
                dev.pilothouse.desktop.TestHumans.registered(
                        home, Identity.parse(user).name()),
                null);
        return new GovernedCalls(
                port,
                new TasksViewModel(Runnable::run, Runnable::run),
                Runnable::run,
                Runnable::run,
                () -> ws,
                () -> null,
                () -> "fleet");
    }

    private ReviewViewModel vm(Path ws, String user) {
        DiffDiagram diffs = new DiffDiagram(new DiagramAssembler(new Layouter(Runnable::run, 4)));
        return new ReviewViewModel(calls(ws, user), diffs);
    }

    private void agentProposes(String author) {
        try (Governance g = Governance.open(workspace, home, Optional.empty())) {
            g.propose(
                    Map.of("schema.graphql", SCHEMA_V2),
                    Identity.parse(author),
                    "Count the crew of each boat",
                    Optional.empty());
        }
    }

    @Test
    void anAgentsProposalIsListedAndOpensWithSideBySideDiffAndClassifiedChanges() {
        agentProposes("agent:claude");
        review.refresh();
        assertThat(review.proposals()).singleElement().satisfies(p -> {
            assertThat(p.author()).isEqualTo("agent:claude");
            assertThat(p.state()).isEqualTo(ProposalState.OPEN);
        });
        review.open("p1");
        ReviewViewModel.Detail d = review.detailProperty().get();
        assertThat(d.files()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("schema.graphql");
            assertThat(f.rows()).contains(new FileDiff.Row(FileDiff.Kind.ADDED, 0, null, 5, "  crew: Int"));
        });
        assertThat(d.changes()).singleElement().satisfies(c -> {
            assertThat(c.table()).isEqualTo("Boat");
            assertThat(c.attribute()).isEqualTo("crew");
            assertThat(c.classification()).isEqualTo(Classification.SAFE);
        });
        assertThat(d.shadow()).isEmpty();
        assertThat(d.schemaDiagram())
                .as("the change drawn")
                .hasValueSatisfying(scene -> assertThat(scene.nodes())
                        .filteredOn(n -> n.id().equals("table:Boat"))
                        .singleElement()
                        .satisfies(boat -> assertThat(boat.rows())
                                .filteredOn(r -> r.name().equals("crew"))
                                .singleElement()
                                .satisfies(crew -> assertThat(crew.classes()).contains("added", "safe"))));
    }

    @Test
    void validateThenApproveRecordsTheDesktopUsersDecisionWithItsComment() {
        agentProposes("agent:claude");
        review.refresh();
        review.open("p1");
        review.validate();
        assertThat(review.detailProperty().get().proposal().state()).isEqualTo(ProposalState.VALIDATED);
        assertThat(review.detailProperty().get().proposal().validation())
                .extracting(s -> s.name())
                .as("the workspace's plugin validators run from the desktop too")
                .contains("diagnostics", "semantic-diff", "policy", "plugin:migration-note");
        review.approve("crew counts are fine", true);
        var p = review.detailProperty().get().proposal();
        assertThat(p.state()).isEqualTo(ProposalState.APPROVED);
        assertThat(p.decisions()).singleElement().satisfies(x -> {
            assertThat(x.by()).isEqualTo("human:rev");
            assertThat(x.comment()).isEqualTo("crew counts are fine");
        });
        assertThat(review.statusProperty().get()).isEqualTo("p1 approved (1 of 1): ready to deploy");
        assertThat(review.changesProperty().get()).isEqualTo(2);
        assertThat(review.errorProperty().get()).isNull();
    }

    @Test
    void aRefusalIsShownWithItsRuleAndTheNextActionRecovers() {
        agentProposes("agent:claude");
        review.refresh();
        review.open("p1");
        review.approve("too early", true);
        assertThat(review.errorProperty().get()).startsWith("refused by rule must-be-validated:");
        assertThat(review.detailProperty().get().proposal().state()).isEqualTo(ProposalState.OPEN);
        review.dismissError();
        assertThat(review.errorProperty().get()).isNull();
        review.validate();
        review.approve("now", true);
        assertThat(review.errorProperty().get()).isNull();
        assertThat(review.detailProperty().get().proposal().state()).isEqualTo(ProposalState.APPROVED);
    }

    @Test
    void nobodyApprovesTheirOwnProposal() {
        agentProposes("human:rev");
        review.refresh();
        review.open("p1");
        review.validate();
        review.approve("mine", true);
        assertThat(review.errorProperty().get()).startsWith("refused by rule no-self-approval:");
    }

    @Test
    void deployAndRollbackWithoutARuntimeAreRefusedByRule() {
        agentProposes("agent:claude");
        review.refresh();
        review.open("p1");
        review.validate();
        review.approve("ok", true);
        review.deploy();
        assertThat(review.errorProperty().get()).startsWith("refused by rule runtime-required:");
        review.rollback(Optional.empty());
        assertThat(review.errorProperty().get()).startsWith("refused by rule runtime-required:");
    }

    @Test
    void proposingTheWorkingCopyMakesAProposalByTheDesktopsHumanAndLeavesMainCheckedOut() throws IOException {
        String main = Files.readString(workspace.resolve("schema.graphql"));
        Files.writeString(workspace.resolve("schema.graphql"), SCHEMA_V2); // saved by the editor
        review.proposeWorkspaceChanges("Count the crew of each boat");
        assertThat(review.errorProperty().get()).isNull();
        assertThat(review.detailProperty().get().proposal()).satisfies(p -> {
            assertThat(p.author()).isEqualTo("human:rev");
            assertThat(p.state()).isEqualTo(ProposalState.OPEN);
            assertThat(p.files()).containsExactly("schema.graphql");
        });
        try (Governance g = Governance.open(workspace, home, Optional.empty())) {
            assertThat(g.proposal("p1").message()).isEqualTo("Count the crew of each boat");
            assertThat(g.files(g.proposal("p1").commit()).get("schema.graphql")).isEqualTo(SCHEMA_V2);
            assertThat(g.deployTags()).as("proposing deploys nothing").isEmpty();
        }
        assertThat(Files.readString(workspace.resolve("schema.graphql")))
                .as("working copy back on main")
                .isEqualTo(main);
        assertThat(review.openedIsApproved()).isFalse();
    }

    @Test
    void proposingAnUnchangedWorkingCopyIsRefusedByRule() {
        review.proposeWorkspaceChanges("nothing really");
        assertThat(review.errorProperty().get()).startsWith("refused by rule no-change:");
        assertThat(review.detailProperty().get()).isNull();
    }

    @Test
    void anApprovedOpenedProposalIsDeployedThroughTheGovernedFlow() throws IOException {
        RecordingTarget target = new RecordingTarget();
        ReviewPort port = new ReviewPort() {
            @Override
            public Governance open(Path ws, RuntimePort.Connection connection, String project) {
                return Governance.open(ws, home, Optional.of(target));
            }

            @Override
            public dev.pilothouse.workspace.Actor user() {
                // the proposer: another person than this OS account's registered human, who reviews below
                return dev.pilothouse.desktop.TestHumans.proved(Identity.parse("human:desk"));
            }
        };
        DiffDiagram diffs = new DiffDiagram(new DiagramAssembler(new Layouter(Runnable::run, 4)));
        ReviewViewModel desk = new ReviewViewModel(
                new GovernedCalls(
                        port,
                        new TasksViewModel(Runnable::run, Runnable::run),
                        Runnable::run,
                        Runnable::run,
                        () -> workspace,
                        () -> null,
                        () -> "fleet"),
                diffs);
        Files.writeString(workspace.resolve("schema.graphql"), SCHEMA_V2);
        desk.proposeWorkspaceChanges("Count the crew of each boat");
        desk.validate();
        assertThat(desk.openedIsApproved()).isFalse();
        ReviewViewModel reviewer = vm(workspace, "human:rev"); // nobody approves their own proposal
        reviewer.refresh();
        reviewer.open("p1");
        reviewer.approve("fine", true);
        desk.open("p1");
        assertThat(desk.openedIsApproved()).isTrue();

        desk.deploy();
        assertThat(desk.errorProperty().get()).isNull();
        assertThat(desk.liveProperty().get()).isEqualTo("deploy/1");
        assertThat(desk.deploySteps())
                .extracting(r -> r.step().label() + " " + r.phase().name().toLowerCase())
                .containsExactly("check done", "deploy done", "health done", "error-rate watch skipped", "commit done");
        assertThat(desk.deploySteps().get(2).detail()).startsWith("recorded ");
        assertThat(target.deployed)
                .singleElement()
                .satisfies(files -> assertThat(files.get("schema.graphql")).isEqualTo(SCHEMA_V2));
        try (Governance g = Governance.open(workspace, home, Optional.empty())) {
            assertThat(g.proposal("p1").state()).isEqualTo(ProposalState.DEPLOYED);
            assertThat(g.audit().entries())
                    .anySatisfy(e -> assertThat(e.action()).isEqualTo("deploy.live"));
        }
    }

    /** The runtime of a governed deploy, in memory: remembers every file set deployed. */
    static final class RecordingTarget implements dev.pilothouse.workspace.deploy.RuntimeTarget {
        final java.util.List<Map<String, String>> deployed = new java.util.ArrayList<>();

        @Override
        public void deploy(Path appDir) {
            Map<String, String> files = new java.util.TreeMap<>();
            try (var list = Files.list(appDir)) {
                for (Path f : list.toList()) {
                    files.put(f.getFileName().toString(), Files.readString(f));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            deployed.add(files);
        }

        @Override
        public String verify(Map<String, String> files) {
            return "recorded " + files.size() + " files";
        }

        @Override
        public void remove() {}

        @Override
        public java.util.OptionalLong recordCount(String database, String table) {
            return java.util.OptionalLong.empty();
        }

        @Override
        public java.util.List<com.fasterxml.jackson.databind.JsonNode> sample(
                String database, String table, java.util.List<String> attributes, int limit) {
            return java.util.List.of();
        }

        @Override
        public Map<String, String> appFiles() {
            return deployed.isEmpty() ? Map.of() : deployed.getLast();
        }

        @Override
        public String describe() {
            return "recording target";
        }
    }

    @Test
    void aFolderWithoutGitIsRefusedAsNotGoverned() throws IOException {
        ReviewViewModel plain = vm(Files.createDirectories(tmp.resolve("plain")), "human:rev");
        plain.refresh();
        assertThat(plain.errorProperty().get()).startsWith("refused by rule governed-workspace:");
        assertThat(plain.proposals()).isEmpty();
    }

    @Test
    void historyListsVersionsVerifiesTheAuditAndDrawsTheTimeline() {
        agentProposes("agent:claude");
        review.refresh();
        review.open("p1");
        review.validate();
        history.refresh();
        assertThat(history.versions()).hasSize(1);
        assertThat(history.tags()).isEmpty();
        assertThat(history.auditOkProperty().get()).isTrue();
        assertThat(history.auditProperty().get()).startsWith("audit verified to #");
        assertThat(history.timelineProperty().get().nodes()).anySatisfy(n -> {
            assertThat(n.classes()).contains("entry", "proposal");
            assertThat(n.title()).contains("p1");
        });
    }

    @Test
    void anyTwoVersionsCompareAsSideBySideFilesAndClassifiedSchemaChanges() throws Exception {
        Files.writeString(workspace.resolve("schema.graphql"), SCHEMA_V2);
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(workspace.toFile())) {
            git.add().addFilepattern("schema.graphql").call();
            git.commit()
                    .setMessage("Count the crew")
                    .setAuthor("alice", "alice@example.org")
                    .setCommitter("alice", "alice@example.org")
                    .call();
        }
        history.refresh();
        assertThat(history.versions()).hasSize(2);
        String older = history.versions().get(1).id();
        String newer = history.versions().get(0).id();

        history.compare(older, newer);
        VersionComparison c = history.comparisonProperty().get();
        assertThat(c.files()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("schema.graphql");
            assertThat(f.rows()).anySatisfy(r -> {
                assertThat(r.kind()).isEqualTo(FileDiff.Kind.ADDED);
                assertThat(r.newText()).isEqualTo("  crew: Int");
            });
        });
        assertThat(c.changes()).singleElement().satisfies(ch -> {
            assertThat(ch.attribute()).isEqualTo("crew");
            assertThat(ch.classification()).isEqualTo(Classification.SAFE);
        });

        history.compare(newer, newer);
        assertThat(history.comparisonProperty().get().files()).isEmpty();
        assertThat(history.comparisonProperty().get().changes()).isEmpty();
    }

    @Test
    void aTamperedAuditLogIsReportedWithTheFirstBadEntry() throws IOException {
        agentProposes("agent:claude");
        Path log = home.auditLog();
        Files.writeString(log, Files.readString(log).replace("Count the crew", "Count the cats"));
        history.refresh();
        assertThat(history.auditOkProperty().get()).isFalse();
        assertThat(history.auditProperty().get()).startsWith("audit NOT verified: entry ");
        assertThat(history.timelineProperty().get()).isNull();
    }

    @Test
    void theDesktopUserIsTheHumanOfThisOsAccountNeverAConfiguredName() {
        Path fresh = tmp.resolve("fresh-home");
        Map<String, String> env = Map.of("PILOTHOUSE_HOME", fresh.toString(), "PILOTHOUSE_USER", "ada");
        assertThatThrownBy(() -> WorkspaceGovernance.fromEnvironment(env, null).user())
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.rule()).isEqualTo("unregistered-account");
                    assertThat(r.getMessage()).contains("pilothouse humans add");
                });

        dev.pilothouse.desktop.TestHumans.registered(new PilothouseHome(fresh), "rev");

        var user = WorkspaceGovernance.fromEnvironment(env, null).user();
        assertThat(user.who()).isEqualTo(Identity.parse("human:rev"));
        assertThat(user.proof().method()).isEqualTo(dev.pilothouse.workspace.Proof.Method.OS_ACCOUNT);
    }

    @Test
    void anUnregisteredAccountCannotApproveFromTheDesktop() {
        agentProposes("agent:claude");
        review.refresh();
        PilothouseHome other = new PilothouseHome(tmp.resolve("nobody-home"));
        WorkspaceGovernance port = new WorkspaceGovernance(
                other, dev.pilothouse.workspace.humans.HumanRegistry.forCurrentAccount(other), null);
        assertThatThrownBy(port::user).isInstanceOf(Refusal.class).hasMessageContaining("humans add");
    }
}
