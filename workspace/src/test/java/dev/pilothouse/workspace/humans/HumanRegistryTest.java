package dev.pilothouse.workspace.humans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.Proof;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.audit.AuditEntry;
import dev.pilothouse.workspace.audit.AuditLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry of humans: one account is one human, admins manage it, nobody grants themselves anything. */
class HumanRegistryTest {

    @TempDir
    Path tmp;

    private PilothouseHome home;

    @BeforeEach
    void home() {
        home = new PilothouseHome(tmp.resolve("home"));
    }

    private HumanRegistry as(OsAccount account) {
        return new HumanRegistry(home, TestAccounts.as(account), Clock.systemUTC());
    }

    @Test
    void theFirstHumanIsTheCurrentAccountAndAnAdminInAnOwnerOnlyFile() throws Exception {
        assertRefused(() -> as(TestAccounts.ADA).add("bob", Set.of(), Optional.of("bob")), "bootstrap-own-account");

        Human ada = as(TestAccounts.ADA).add("ada", Set.of(), Optional.empty());

        assertThat(ada.roles()).containsExactly(Role.ADMIN, Role.APPROVER);
        assertThat(ada.account()).isEqualTo(TestAccounts.ADA);
        assertThat(Files.getPosixFilePermissions(home.humansFile()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(as(TestAccounts.BOB).list()).containsExactly(ada);
        AuditEntry entry = audit().getLast();
        assertThat(entry.action()).isEqualTo("humans.add");
        assertThat(entry.actor()).isEqualTo("human:ada");
        assertThat(entry.details().get("before").size()).isZero();
        assertThat(entry.details().get("after").get(0).asText()).contains("ada", "uid=1001(ada)");
        assertThat(entry.details().get("proof").get("detail").asText()).isEqualTo("uid=1001(ada)");
    }

    @Test
    void aSecondHumanOnTheSameAccountIsRefused() {
        as(TestAccounts.ADA).add("ada", Set.of(), Optional.empty());

        assertRefused(() -> as(TestAccounts.ADA).add("ada2", Set.of(), Optional.of("1001")), "one-human-per-account");
        as(TestAccounts.ADA).add("bob", Set.of(), Optional.of("bob"));
        assertRefused(() -> as(TestAccounts.ADA).add("robert", Set.of(), Optional.of("1002")), "one-human-per-account");

        assertThat(as(TestAccounts.ADA).list()).extracting(Human::name).containsExactly("ada", "bob");
        assertThat(audit().getLast().action()).isEqualTo("humans.add.refused");
    }

    @Test
    void onlyAnAdminRegistersHumansAndLaterHumansStartWithoutRoles() {
        as(TestAccounts.ADA).add("ada", Set.of(), Optional.empty());
        assertRefused(
                () -> as(TestAccounts.ADA).add("bob", Set.of(Role.APPROVER), Optional.of("bob")), "roles-by-request");
        as(TestAccounts.ADA).add("bob", Set.of(), Optional.of("bob"));

        assertRefused(() -> as(TestAccounts.BOB).add("cy", Set.of(), Optional.of("cy")), "admin-only");
        assertRefused(() -> as(TestAccounts.CY).add("cy", Set.of(), Optional.empty()), "unregistered-account");

        assertThat(as(TestAccounts.BOB).list())
                .extracting(Human::name, Human::roles)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ada", Set.of(Role.ADMIN, Role.APPROVER)),
                        org.assertj.core.groups.Tuple.tuple("bob", Set.of()));
        assertThat(audit().stream().map(AuditEntry::action)).contains("humans.add", "humans.add.refused");
    }

    @Test
    void proveGivesTheAccountsHumanAndRefusesAnyOtherName() {
        assertRefused(
                () -> as(TestAccounts.ADA).prove(Optional.empty(), "approval", Role.APPROVER), "unregistered-account");
        as(TestAccounts.ADA).add("ada", Set.of(), Optional.empty());
        as(TestAccounts.ADA).add("bob", Set.of(), Optional.of("bob"));

        Actor ada = as(TestAccounts.ADA).prove(Optional.empty(), "approval", Role.APPROVER);
        assertThat(ada.who()).isEqualTo(Identity.parse("human:ada"));
        assertThat(ada.proof()).isEqualTo(new Proof(Proof.Method.OS_ACCOUNT, "uid=1001(ada)"));
        assertThat(as(TestAccounts.ADA).prove(Optional.of(Identity.parse("human:ada")), "approval", Role.APPROVER))
                .isEqualTo(ada);

        assertRefused(
                () -> as(TestAccounts.ADA).prove(Optional.of(Identity.parse("human:bob")), "approval", Role.APPROVER),
                "account-is-someone-else");
        AuditEntry refusal = audit().getLast();
        assertThat(refusal.action()).isEqualTo("approval.refused");
        assertThat(refusal.actor()).isEqualTo("human:bob");
        assertThat(refusal.details().get("account").asText()).isEqualTo("uid=1001(ada)");

        assertRefused(
                () -> as(TestAccounts.ADA).prove(Optional.of(Identity.parse("agent:bot")), "deploy", Role.APPROVER),
                "humans-only");
        assertRefused(() -> as(TestAccounts.BOB).prove(Optional.empty(), "policy.update", Role.ADMIN), "role-required");
    }

    private List<AuditEntry> audit() {
        return new AuditLog(home.auditLog(), Clock.systemUTC()).entries();
    }

    private static void assertRefused(ThrowingCallable call, String rule) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.rule()).isEqualTo(rule));
    }
}
