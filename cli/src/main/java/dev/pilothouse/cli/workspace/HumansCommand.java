package dev.pilothouse.cli.workspace;

import dev.pilothouse.cli.requests.Requests;
import dev.pilothouse.workspace.humans.Human;
import dev.pilothouse.workspace.humans.HumanChanges;
import dev.pilothouse.workspace.humans.HumanRegistry;
import dev.pilothouse.workspace.humans.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pilothouse humans add|list|remove|roles}: the registry of humans in {@code $PILOTHOUSE_HOME/humans.json}.
 * Each human is proved by one OS account; the first one registers themselves and becomes an admin.
 */
@Command(
        name = "humans",
        mixinStandardHelpOptions = true,
        description = "The humans who may approve, deploy and change the policy, each proved by an OS account.",
        subcommands = {
            HumansCommand.Add.class,
            HumansCommand.ListHumans.class,
            HumansCommand.Remove.class,
            HumansCommand.Roles.class
        })
public final class HumansCommand {

    private HumansCommand() {}

    static HumanRegistry registry() {
        return HumanRegistry.forCurrentAccount(GovernedCommand.home());
    }

    static Set<Role> roles(List<Role> given) {
        return given == null || given.isEmpty() ? Set.of() : EnumSet.copyOf(given);
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description =
                    "Register a human (admins; the first" + " human registers their own account and becomes an admin).")
    static final class Add extends GovernedCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(
                names = "--roles",
                split = ",",
                paramLabel = "ROLE",
                description = "approver, admin (default:"
                        + " approver); asked for in a change request another admin approves (the first human is admin"
                        + " and approver).")
        List<Role> roles;

        @Option(
                names = "--os-account",
                paramLabel = "UID_OR_NAME",
                description = "The OS account that proves" + " them (default: yours).")
        String account;

        @Override
        int run() {
            HumanRegistry registry = registry();
            boolean first = registry.list().isEmpty();
            Human added = registry.add(name, Set.of(), Optional.ofNullable(account));
            out().println(added.identity() + " registered for "
                    + added.account().describe() + " " + added.roles());
            Set<Role> wanted = roles == null || roles.isEmpty() ? EnumSet.of(Role.APPROVER) : roles(roles);
            if (!first) {
                out().println(Requests.outcome(Requests.open(home())
                        .file(prove(null, "request.file", Role.ADMIN), HumanChanges.roles(added.name(), wanted))));
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The registered humans.")
    static final class ListHumans extends GovernedCommand {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run() {
            HumanRegistry registry = registry();
            List<Human> humans = registry.list();
            if (json) {
                out().println(Output.json(humans));
                return 0;
            }
            if (humans.isEmpty()) {
                out().println("No human is registered yet; register yourself with 'pilothouse humans add NAME'.");
            }
            long self = registry.currentAccount().uid();
            humans.forEach(h -> out().println(h.identity() + "  " + h.account().describe() + "  " + h.roles()
                    + (h.account().uid() == self ? "  (you)" : "")));
            return 0;
        }
    }

    @Command(
            name = "remove",
            mixinStandardHelpOptions = true,
            description = "Ask to remove a human (a change" + " request; never yourself).")
    static final class Remove extends GovernedCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        int run() {
            out().println(Requests.outcome(
                    Requests.open(home()).file(prove(null, "request.file", Role.ADMIN), HumanChanges.removal(name))));
            return 0;
        }
    }

    @Command(
            name = "roles",
            mixinStandardHelpOptions = true,
            description =
                    "Ask to replace a human's roles (a" + " change request another admin approves; never your own).")
    static final class Roles extends GovernedCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--roles", split = ",", required = true, paramLabel = "ROLE", description = "approver, admin.")
        List<Role> roles;

        @Override
        int run() {
            out().println(Requests.outcome(Requests.open(home())
                    .file(prove(null, "request.file", Role.ADMIN), HumanChanges.roles(name, roles(roles)))));
            return 0;
        }
    }
}
