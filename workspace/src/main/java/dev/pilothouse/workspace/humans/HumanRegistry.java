package dev.pilothouse.workspace.humans;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.audit.AuditLog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The humans of {@code $PILOTHOUSE_HOME/humans.json} and the one way a local caller becomes one: the OS account the
 * process runs as must be registered, and a claimed name must be that account's. One account is at most one human,
 * so one account can never approve as two people. The first registration is for the current account and makes it an
 * admin and approver (the bootstrap); afterwards only a proved admin registers humans, without roles: roles and
 * removals are change requests ({@link HumanChanges}), and nobody changes their own roles. Every change and every
 * refusal is audited.
 */
public final class HumanRegistry {

    private final HumanFile file;
    private final Accounts accounts;
    private final AuditLog audit;

    public HumanRegistry(PilothouseHome home, Accounts accounts, Clock clock) {
        this.file = new HumanFile(home.humansFile());
        this.accounts = accounts;
        this.audit = new AuditLog(home.auditLog(), clock);
    }

    /** The registry over this machine's real accounts. */
    public static HumanRegistry forCurrentAccount(PilothouseHome home) {
        return new HumanRegistry(home, Accounts.system(), Clock.systemUTC());
    }

    public List<Human> list() {
        return file.load();
    }

    public Path path() {
        return file.path();
    }

    public OsAccount currentAccount() {
        return accounts.current();
    }

    public Optional<Human> byAccount(long uid) {
        return list().stream().filter(h -> h.account().uid() == uid).findFirst();
    }

    /**
     * The human this process's OS account is registered as, proved by that account. {@code claimed} (from
     * {@code --as}) must name that very human; {@code needs} is the role the action requires (null: none, any
     * registered human may). A refusal is audited as {@code ACTION.refused}.
     */
    public Actor prove(Optional<Identity> claimed, String action, Role needs) {
        OsAccount account = accounts.current();
        ObjectNode details = JsonNodeFactory.instance.objectNode().put("account", account.describe());
        claimed.ifPresent(c -> details.put("claimed", c.toString()));
        String actor = claimed.map(Identity::toString).orElse("os:" + account.describe());
        return audited(actor, action, details, () -> {
            if (claimed.isPresent() && !claimed.get().isHuman()) {
                throw new Refusal(
                        "humans-only",
                        claimed.get() + " is an agent; only a registered human, proved by"
                                + " their OS account, may do this (" + action + ")");
            }
            Human human = byAccount(account.uid()).orElseThrow(() -> unregistered(account));
            if (claimed.isPresent() && !claimed.get().name().equals(human.name())) {
                throw new Refusal(
                        "account-is-someone-else",
                        "--as " + claimed.get() + " refused: this OS account ("
                                + account.describe() + ") is registered as " + human.identity()
                                + "; act as yourself (omit"
                                + " --as), or sign in under " + claimed.get().name() + "'s own OS account");
            }
            if (needs != null && !human.is(needs)) {
                throw new Refusal(
                        "role-required",
                        human.identity() + " does not have the "
                                + needs.name().toLowerCase(java.util.Locale.ROOT) + " role; an admin grants it with"
                                + " 'pilothouse humans roles " + human.name() + " --roles ...'");
            }
            return new Actor(human.identity(), account.proof());
        });
    }

    /**
     * Registers a human on {@code account} (uid or name; default: the current account). With an empty registry it
     * must be the current account, and that human becomes an admin and approver (how a lone admin bootstraps:
     * they never need to grant themselves a role). Later humans are registered without roles ({@code roles} must be
     * empty, else {@code roles-by-request}); their roles are a change request ({@link HumanChanges#roles}).
     */
    public Human add(String name, Set<Role> roles, Optional<String> account) {
        OsAccount self = accounts.current();
        ObjectNode details = JsonNodeFactory.instance.objectNode().put("human", name);
        return audited("os:" + self.describe(), "humans.add", details, () -> {
            List<Human> before = list();
            OsAccount target = account.map(this::account).orElse(self);
            Set<Role> granted = EnumSet.noneOf(Role.class);
            Actor actor;
            if (before.isEmpty()) {
                granted.add(Role.APPROVER);
                if (target.uid() != self.uid()) {
                    throw new Refusal(
                            "bootstrap-own-account",
                            "the first human must be registered for the OS account" + " running this command ("
                                    + self.describe() + "), not " + target.describe());
                }
                granted.add(Role.ADMIN);
                actor = new Actor(new Identity(Identity.Kind.HUMAN, name), self.proof());
            } else {
                actor = admin(self);
                if (!roles.isEmpty()) {
                    throw new Refusal(
                            "roles-by-request",
                            "a new human is registered without roles; their roles"
                                    + " are a change request another admin approves ('pilothouse humans roles " + name
                                    + " --roles ...')");
                }
            }
            Human added = new Human(name, target, granted);
            if (before.stream().anyMatch(h -> h.name().equals(added.name()))) {
                throw new Refusal("human-exists", added.identity() + " is already registered");
            }
            before.stream()
                    .filter(h -> h.account().uid() == target.uid())
                    .findFirst()
                    .ifPresent(h -> {
                        throw new Refusal(
                                "one-human-per-account",
                                "the OS account " + target.describe() + " is already "
                                        + h.identity()
                                        + "; one account is one human (otherwise one account could approve as two"
                                        + " people)");
                    });
            List<Human> after = new ArrayList<>(before);
            after.add(added);
            save(actor, "humans.add", details, before, after);
            return added;
        });
    }

    /**
     * Replaces a human's roles as change request {@code request} says (only {@link HumanChanges} calls this, once the
     * request was approved or a lone admin filed it); {@code by} never changes their own roles.
     */
    void applyRoles(String name, Set<Role> roles, Actor by, String request) {
        ObjectNode details =
                JsonNodeFactory.instance.objectNode().put("human", name).put("request", request);
        List<Human> before = list();
        Human old = find(before, name);
        if (old.identity().equals(by.who())) {
            throw new Refusal("no-self-role-change", "nobody changes their own roles; ask another admin");
        }
        List<Human> after = new ArrayList<>(before);
        after.set(after.indexOf(old), new Human(old.name(), old.account(), roles));
        save(by, "humans.roles", details, before, after);
    }

    /** Removes a human as change request {@code request} says (only {@link HumanChanges} calls this). */
    void applyRemove(String name, Actor by, String request) {
        ObjectNode details =
                JsonNodeFactory.instance.objectNode().put("human", name).put("request", request);
        List<Human> before = list();
        Human gone = find(before, name);
        if (gone.identity().equals(by.who())) {
            throw new Refusal("no-self-role-change", "nobody removes themselves; ask another admin");
        }
        List<Human> after = new ArrayList<>(before);
        after.remove(gone);
        save(by, "humans.remove", details, before, after);
    }

    private Actor admin(OsAccount self) {
        Human human = byAccount(self.uid()).orElseThrow(() -> unregistered(self));
        if (!human.is(Role.ADMIN)) {
            throw new Refusal(
                    "admin-only",
                    human.identity() + " is not an admin; only an admin changes the" + " registry of humans");
        }
        return new Actor(human.identity(), self.proof());
    }

    private OsAccount account(String uidOrName) {
        return accounts.find(uidOrName)
                .orElseThrow(
                        () -> new Refusal("unknown-account", "this system has no OS" + " account '" + uidOrName + "'"));
    }

    private static Human find(List<Human> humans, String name) {
        return humans.stream()
                .filter(h -> h.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new Refusal("unknown-human", "human:" + name + " is not registered"));
    }

    private static Refusal unregistered(OsAccount account) {
        return new Refusal(
                "unregistered-account",
                "the OS account " + account.describe() + " is not registered as a"
                        + " human; an admin registers it with 'pilothouse humans add NAME --os-account "
                        + account.name()
                        + "' (the very first human registers themselves with 'pilothouse humans add NAME')");
    }

    private void save(Actor actor, String action, ObjectNode details, List<Human> before, List<Human> after) {
        file.save(after);
        details.set("proof", actor.proof().toJson());
        details.set("before", names(before));
        details.set("after", names(after));
        audit.append(actor.toString(), action, details);
    }

    private static ArrayNode names(List<Human> humans) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        humans.forEach(h -> out.add(h.name() + " " + h.account().describe() + " " + h.roles()));
        return out;
    }

    private <T> T audited(String actor, String action, ObjectNode details, Supplier<T> body) {
        try {
            return body.get();
        } catch (Refusal refusal) {
            audit.append(
                    actor,
                    action + ".refused",
                    details.deepCopy().put("rule", refusal.rule()).put("reason", refusal.getMessage()));
            throw refusal;
        }
    }
}
