package dev.pilothouse.desktop;

import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.humans.HumanRegistry;
import dev.pilothouse.workspace.humans.OsAccount;
import dev.pilothouse.workspace.humans.Role;
import java.util.Optional;
import java.util.Set;

/** The humans of a test's console home: the desktop user is this process's OS account, registered as NAME. */
public final class TestHumans {

    private TestHumans() {}

    /** Registers this process's OS account as {@code name} (once) and returns the registry that proves it. */
    public static HumanRegistry registered(PilothouseHome home, String name) {
        HumanRegistry humans = HumanRegistry.forCurrentAccount(home);
        if (humans.byAccount(humans.currentAccount().uid()).isEmpty()) {
            humans.add(name, Set.of(), Optional.empty());
        }
        return humans;
    }

    /** Another person, for set-up steps through the kit: proved by an OS account of their own (made up here). */
    public static Actor proved(Identity who) {
        return new Actor(who, new OsAccount(2000 + Math.abs(who.name().hashCode() % 1000), who.name()).proof());
    }

    /**
     * Turns on solo mode and deploys the working tree as {@code who}: the quick way to a first live version in a
     * set-up. Solo mode is a boundary change, so the home's admin (this process's registered human) turns it on.
     */
    public static String deployHeadSolo(Governance g, PilothouseHome home, Identity who) {
        if (!g.soloMode()) {
            g.updatePolicy(
                    g.policy().withSoloMode(true),
                    HumanRegistry.forCurrentAccount(home).prove(Optional.empty(), "policy", Role.ADMIN));
        }
        return g.deployHead(proved(who));
    }
}
