package dev.pilothouse.workspace;

import static dev.pilothouse.workspace.Fixture.ADA;
import static dev.pilothouse.workspace.Fixture.BOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.workspace.deploy.CrashPoint;
import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.policy.PolicyStore;
import dev.pilothouse.workspace.policy.ShadowMode;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ValidationStep;
import dev.pilothouse.workspace.proposal.Verdict;
import dev.pilothouse.workspace.shadow.ShadowCheck;
import dev.pilothouse.workspace.shadow.ShadowHarper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validation deploys the proposal into a separate real Harper seeded with the target's data and smoke-checks it. */
class ShadowDeployTest {

    private static final String WITH_NOTE = "type Item @table @export {\n  id: ID @primaryKey\n"
            + "  name: String @indexed\n  quantity: Int\n  note: String\n}\n";
    private static final String ECHO = "import { Resource } from 'harperdb';\n\n"
            + "export class Status extends Resource {\n  static loadAsInstance = false;\n\n"
            + "  get(target) {\n    return { status: 'ok', version: 2 };\n  }\n\n"
            + "  post(target, data) {\n    return { received: true };\n  }\n}\n";
    private static final String BROKEN =
            ECHO.replace("return { status: 'ok', version: 2 };", "throw new Error('boom');");

    @TempDir
    Path tmp;

    private static ValidationStep shadowStep(Proposal p) {
        return p.validation().stream()
                .filter(s -> s.name().equals("shadow-deploy"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void proposalIsDeployedIntoASeededShadowAndSmokeChecked() {
        try (Fixture fx = new Fixture(tmp, WorkspaceHarper.target("pilothouse_ws"))) {
            new PolicyStore(fx.home.policyFile()).save(Policy.DEFAULT.withShadow(ShadowMode.REQUIRED, 3));
            fx.deployHeadSolo();
            new PolicyStore(fx.home.policyFile())
                    .save(Policy.DEFAULT.withShadow(ShadowMode.REQUIRED, 3).protect("Item.quantity"));
            HarperClient target = WorkspaceHarper.client();
            for (int i = 1; i <= 5; i++) {
                target.rest().put("/Item/shadow-" + i, Map.of("name", "Seed " + i, "quantity", i));
            }
            fx.shadow = WorkspaceHarper.shadow();
            fx.restart(CrashPoint.NONE);

            Proposal good = fx.gov.propose(
                    Map.of("schema.graphql", WITH_NOTE, "resources.js", ECHO),
                    BOT,
                    "Items get a note; status reports its version",
                    Optional.empty());
            ValidationStep step = shadowStep(fx.gov.validate(good.id(), "human:ada"));

            assertThat(step.verdict()).as(step.output()).isEqualTo(Verdict.PASS);
            assertThat(step.output())
                    .startsWith("confined: the shadow runs in a sandbox")
                    .contains("deployed into the shadow Harper")
                    .contains("Item: seeded 3 of 3 sample records (first 3 of the target); protected attributes"
                            + " left out: quantity")
                    .contains("ok component healthy", "ok GET /Item/ answers 200", "ok GET /Status answers 200")
                    .containsPattern("ok GET /Item/[^ ]+ answers 200")
                    .containsPattern("ok POST /Status/ answers 2\\d\\d");
            HarperClient shadow = WorkspaceHarper.shadow().client();
            assertThat(shadow.describeTable("data", "Item").path("record_count").asLong())
                    .isEqualTo(3);
            var seeded = shadow.rest().get("/Item/").orElseThrow(); // the 3 the seed took: whichever came first
            assertThat(seeded).hasSize(3);
            seeded.forEach(r -> assertThat(r.has("quantity"))
                    .as("a protected attribute never reaches the shadow: " + r)
                    .isFalse());
            assertThat(target.rest().get("/Status").orElseThrow().has("version"))
                    .as("the target still serves its own version")
                    .isFalse();

            Proposal broken = fx.gov.propose(Map.of("resources.js", BROKEN), BOT, "break status", Optional.empty());
            ValidationStep failed = shadowStep(fx.gov.validate(broken.id(), "human:ada"));
            assertThat(failed.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(failed.output()).containsPattern("FAIL GET /Status answers 5\\d\\d");
            assertThat(fx.gov.proposal(broken.id()).verdict()).isEqualTo(Verdict.FAIL);
        }
    }

    @Test
    void withoutALocalHarperTheStepIsSkippedOrFailsAsThePolicySays() {
        try (Fixture fx = new Fixture(tmp, new FakeRuntime())) {
            fx.shadow = new ShadowHarper(tmp.resolve("shadow"), new HarperInstaller(tmp.resolve("no-harper")), true);
            fx.restart(CrashPoint.NONE);
            Proposal p = fx.propose(BOT, Fixture.resources("v2"));
            ValidationStep skipped = shadowStep(fx.gov.validate(p.id(), "human:ada"));
            assertThat(skipped.verdict()).isEqualTo(Verdict.SKIPPED);
            assertThat(fx.gov.proposal(p.id()).verdict())
                    .as("a skipped step is never a pass")
                    .isEqualTo(Verdict.SKIPPED);
            assertThat(skipped.output()).startsWith("skipped: no local Harper 4.7.29 installation in ");

            new PolicyStore(fx.home.policyFile()).save(Policy.DEFAULT.withShadow(ShadowMode.REQUIRED, 10));
            ValidationStep required = shadowStep(fx.gov.validate(p.id(), "human:ada"));
            assertThat(required.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(required.output()).startsWith("the policy requires a shadow deploy but no local Harper");

            new PolicyStore(fx.home.policyFile()).save(Policy.DEFAULT.withShadow(ShadowMode.OFF, 10));
            assertThat(shadowStep(fx.gov.validate(p.id(), "human:ada")).output())
                    .isEqualTo("skipped: the policy sets shadowDeploy to off");
        }
    }

    @Test
    void aCodeChangeWaitsForAReviewerWhereNoSandboxCanBeBuilt() throws Exception {
        try (Fixture fx = new Fixture(tmp, new FakeRuntime())) {
            fx.shadow = new ShadowHarper(
                    tmp.resolve("shadow"),
                    HarperInstaller.forCurrentUser(),
                    true,
                    Optional.of("no bubblewrap in this test"));
            fx.restart(CrashPoint.NONE);
            Path canary = tmp.resolve("canary");
            Proposal p = fx.propose(
                    BOT,
                    "import fs from 'node:fs';\nfs.writeFileSync('" + canary + "', 'ran');\n"
                            + Fixture.resources("v2").replace("import { Resource } from 'harperdb';\n", ""));

            ValidationStep waiting = shadowStep(fx.gov.validate(p.id(), "agent:bot"));
            assertThat(waiting.verdict()).isEqualTo(Verdict.SKIPPED);
            assertThat(waiting.output())
                    .startsWith(ShadowCheck.WAITS + ": the proposal changes resources.js")
                    .contains("no bubblewrap in this test");
            assertThat(canary).as("nothing ran").doesNotExist();
            assertThat(fx.gov.unconfinedRunWarning(p.id()).orElseThrow())
                    .contains("resources.js")
                    .contains("with your rights");
            assertThatThrownBy(() -> fx.gov.validateUnconfined(p.id(), Fixture.proved(BOT)))
                    .isInstanceOf(Refusal.class);
            assertThat(canary).doesNotExist();

            ValidationStep ran = shadowStep(fx.gov.validateUnconfined(p.id(), Fixture.proved(ADA)));
            assertThat(ran.output()).startsWith("UNCONFINED: a reviewer chose to run resources.js");
            assertThat(canary).as("the reviewer's explicit choice ran it").exists();
            assertThat(fx.lastAudit().details().path("unconfined").asBoolean()).isTrue();
        } finally {
            new ShadowHarper(tmp.resolve("shadow"), HarperInstaller.forCurrentUser(), true).stop();
        }
    }

    /** security.md §6: each act leaves a trace only if it succeeds. */
    @Test
    void aHostileProposalLeavesNoTraceOutsideTheSandbox() throws Exception {
        try (Fixture fx = new Fixture(tmp, WorkspaceHarper.target("pilothouse_ws"))) {
            new PolicyStore(fx.home.policyFile()).save(Policy.DEFAULT.withShadow(ShadowMode.REQUIRED, 3));
            fx.shadow = WorkspaceHarper.shadow();
            fx.restart(CrashPoint.NONE);
            Path policy = fx.home.policyFile();
            Path audit = fx.home.auditLog();
            byte[] policyBefore = Files.readAllBytes(policy);
            Path homeCanary = Path.of(
                    System.getProperty("user.home"),
                    "hostile-canary-" + ProcessHandle.current().pid());
            String hostile = """
                    import fs from 'node:fs';
                    const tried = [];
                    function attempt(act) { try { act(); } catch (e) { tried.push(String(e.code)); } }
                    attempt(() => fs.appendFileSync('%1$s', 'planted'));
                    attempt(() => fs.appendFileSync('%2$s', '{"planted":true}\\n'));
                    attempt(() => fs.writeFileSync('%3$s/schema.graphql', 'planted'));
                    attempt(() => fs.writeFileSync('%4$s', 'planted'));
                    attempt(() => fs.readdirSync('%3$s'));
                    export class Status extends Resource {
                      static loadAsInstance = false;
                      get() { return { tried }; }
                    }
                    """.formatted(policy, audit, fx.dir, homeCanary);
            fx.gov
                    .audit()
                    .append(
                            "human:ada",
                            "test.before-hostile",
                            com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
            String auditBefore = Files.readString(audit);
            String schemaBefore = Files.readString(fx.dir.resolve("schema.graphql"));

            Proposal p = fx.gov.propose(Map.of("resources.js", hostile), BOT, "hostile", Optional.empty());
            ValidationStep step = shadowStep(fx.gov.validate(p.id(), "agent:bot"));

            assertThat(step.output()).startsWith("confined:").contains("ok GET /Status answers 200");
            assertThat(Files.readAllBytes(policy)).isEqualTo(policyBefore);
            assertThat(Files.readString(audit)).startsWith(auditBefore).doesNotContain("planted");
            assertThat(Files.readString(fx.dir.resolve("schema.graphql"))).isEqualTo(schemaBefore);
            assertThat(homeCanary).doesNotExist();
            assertThat(WorkspaceHarper.shadow()
                            .client()
                            .rest()
                            .get("/Status")
                            .orElseThrow()
                            .path("tried")
                            .toString())
                    .as("every act failed inside")
                    .isEqualTo("[\"ENOENT\",\"ENOENT\",\"ENOENT\",\"ENOENT\"]");
        }
    }
}
