package dev.pilothouse.workspace;

import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.runtime.LocalRuntime;
import dev.pilothouse.runtime.RuntimeNode;
import dev.pilothouse.workspace.deploy.CrashPoint;
import dev.pilothouse.workspace.deploy.HarperTarget;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A console process for {@link RealKillCrashTest}: deploys one proposal to the local runtime and halts the JVM
 * (as {@code kill -9} would: no shutdown hooks, no finally blocks) right after the named journal step, or runs until
 * the test kills it from outside when the step is {@code none}.
 * Arguments: WORKSPACE HOME RUNTIME_DIR PROJECT PROPOSAL_ID STEP|none CLOCK_INSTANT.
 */
public final class KilledConsole {

    static final int HALTED = 137;

    private KilledConsole() {}

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        PilothouseHome home = new PilothouseHome(Path.of(args[1]));
        LocalRuntime runtime = new LocalRuntime(Path.of(args[2]), HarperInstaller.forCurrentUser());
        RuntimeNode node = runtime.nodes().get(0);
        HarperTarget target =
                new HarperTarget(runtime.client(node), runtime.deployer(node), args[3], Duration.ofSeconds(90));
        String step = args[5];
        CrashPoint crash = reached -> {
            if (reached.name().equalsIgnoreCase(step)) {
                Runtime.getRuntime().halt(HALTED);
            }
        };
        Clock clock = Clock.fixed(Instant.parse(args[6]), ZoneOffset.UTC);
        try (Governance gov = Governance.at(dir, home)
                .clock(clock)
                .runtime(target)
                .crash(crash)
                .open()) {
            gov.deploy(args[4], Fixture.proved(Fixture.ADA));
        }
    }
}
