package dev.pilothouse.workspace;

import dev.pilothouse.workspace.audit.AuditEntry;
import dev.pilothouse.workspace.deploy.CrashPoint;
import dev.pilothouse.workspace.deploy.RuntimeTarget;
import dev.pilothouse.workspace.proposal.Proposal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A starter workspace with its own console home, a hand-moved clock and a runtime (fake or real). */
final class Fixture implements AutoCloseable {

    static final Identity ADA = Identity.parse("human:ada");
    static final Identity BOB = Identity.parse("human:bob");
    static final Identity BOT = Identity.parse("agent:bot");

    /** Kit-level tests prove each person by an OS account of their own (uid 1000 + a per-name number). */
    static Actor proved(Identity who) {
        long uid = 1000 + Math.abs(who.name().hashCode() % 1000);
        return new Actor(who, new dev.pilothouse.workspace.humans.OsAccount(uid, who.name()).proof());
    }

    final Path dir;
    final PilothouseHome home;
    final MutableClock clock = new MutableClock();
    final RuntimeTarget runtime;
    Governance gov;
    /** The shadow validation deploys into; null: the default one (its terms not accepted, so skipped). */
    dev.pilothouse.workspace.shadow.ShadowHarper shadow;

    Fixture(Path tmp, RuntimeTarget runtime) {
        this.dir = tmp.resolve("app");
        this.home = new PilothouseHome(tmp.resolve("home"));
        this.runtime = runtime;
        WorkspaceInit.init(dir, Optional.empty(), ADA, home);
        this.gov = open(CrashPoint.NONE);
    }

    Governance open(CrashPoint crash) {
        Governance.Opening opening = Governance.at(dir, home)
                .clock(clock)
                .runtime(Optional.ofNullable(runtime))
                .crash(crash);
        return (shadow == null ? opening : opening.shadow(shadow)).open();
    }

    /** Restarts the console (as after a crash), optionally with a crash hook. */
    void restart(CrashPoint crash) {
        gov.close();
        gov = open(crash);
    }

    Proposal propose(Identity author, String resources) {
        return gov.propose(Map.of("resources.js", resources), author, "Change the status resource", Optional.empty());
    }

    /** propose (by the bot) → validate → approve (by ada); returns the approved proposal. */
    Proposal approved(String resources) {
        Proposal p = propose(BOT, resources);
        gov.validate(p.id(), "human:ada");
        return gov.approve(p.id(), proved(ADA), "looks right", true);
    }

    /** Turns on solo mode (as ada) and deploys the working tree's app files: the quick way to a first deploy. */
    String deployHeadSolo() {
        if (!gov.soloMode()) {
            gov.updatePolicy(gov.policy().withSoloMode(true), proved(ADA));
        }
        return gov.deployHead(proved(ADA));
    }

    AuditEntry lastAudit() {
        List<AuditEntry> entries = gov.audit().entries();
        return entries.get(entries.size() - 1);
    }

    static String resources(String body) {
        return "import { Resource } from 'harperdb';\n\nexport class Status extends Resource {\n"
                + "  static loadAsInstance = false;\n\n  get(target) {\n"
                + "    return { status: '" + body + "' };\n  }\n}\n";
    }

    @Override
    public void close() {
        gov.close();
    }
}
