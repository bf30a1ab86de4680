package dev.pilothouse.cli.runtime;

import dev.pilothouse.runtime.LiveEvent;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.humans.Human;
import dev.pilothouse.workspace.humans.HumanRegistry;
import dev.pilothouse.workspace.humans.Role;
import dev.pilothouse.workspace.policy.Clearance;
import dev.pilothouse.workspace.policy.ProtectedData;
import dev.pilothouse.workspace.policy.RecordMask;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The workspace kit's protection rule (ADR 0020) for what {@code tail}, {@code mqtt tail} and {@code runtime audit}
 * print, as the consoles
 * apply it: the human registered for this OS account sees protected values only as an approver or admin; anyone
 * else (an unregistered account too) sees {@code ‹protected by policy›} in their place, with a "masked:" line on
 * stderr per table, and a table protected whole is not subscribed to. Harper's own credentials would show
 * everything, so the command must mask before it prints.
 */
final class StreamMasks {

    private final ProtectedData data;
    private final boolean cleared;
    private final String viewer;
    private final PrintWriter err;
    private final Set<String> announced = ConcurrentHashMap.newKeySet();

    StreamMasks(ProtectedData data, boolean cleared, String viewer, PrintWriter err) {
        this.data = data;
        this.cleared = cleared;
        this.viewer = viewer;
        this.err = err;
    }

    /** For the human this OS account is registered as in {@code home}, over {@code workspace}'s schemas. */
    static StreamMasks forCaller(PilothouseHome home, Path workspace, PrintWriter err) {
        HumanRegistry humans = HumanRegistry.forCurrentAccount(home);
        Optional<Human> human = humans.byAccount(humans.currentAccount().uid());
        boolean cleared = human.map(h ->
                        Clearance.ofRoleNames(h.roles().stream().map(Role::name).toList()))
                .orElse(false);
        String viewer = human.map(h -> h.identity().toString())
                .orElse("the unregistered OS account " + humans.currentAccount().describe());
        return new StreamMasks(ProtectedData.load(home, workspace), cleared, viewer, err);
    }

    /** Why nothing on {@code path} is shown to this caller, when its table is protected whole. */
    Optional<String> withheld(String path) {
        RecordMask mask = data.maskForPath(path, cleared);
        return mask.hidesAll() ? Optional.of(notice(mask)) : Optional.empty();
    }

    /** What this caller sees of {@code database.table}'s records; a masked attribute is announced on stderr. */
    RecordMask table(String database, String table) {
        RecordMask mask = data.mask(database, table, cleared);
        if (!mask.isOpen() && !mask.hidesAll()) {
            announce(mask);
        }
        return mask;
    }

    /** The stderr line for a table protected whole. */
    String notice(RecordMask mask) {
        return "masked: " + mask.notice() + " (you are " + viewer + ")";
    }

    /** The event as this caller may see it; {@code path} names the table when the event does not. */
    LiveEvent apply(LiveEvent event, String path) {
        if (!(event instanceof LiveEvent.Change c) || c.value() == null) {
            return event;
        }
        RecordMask mask = data.maskForPath(c.path() != null && !c.path().isBlank() ? c.path() : path, cleared);
        if (mask.isOpen()) {
            return event;
        }
        announce(mask);
        return new LiveEvent.Change(
                c.kind(), c.path(), c.id(), mask.apply(c.value()), c.version(), c.localTime(), c.replay(), c.bytes());
    }

    private void announce(RecordMask mask) {
        if (!announced.add(mask.table())) {
            return;
        }
        if (mask.hidesAll()) {
            err.println(notice(mask));
        } else {
            mask.attributes()
                    .forEach((attribute, why) -> err.println("masked: " + mask.table() + "." + attribute + " is " + why
                            + "; " + Clearance.WHO + " see its values (you are " + viewer + ")"));
        }
        err.flush();
    }
}
