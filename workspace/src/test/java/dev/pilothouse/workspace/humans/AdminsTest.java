package dev.pilothouse.workspace.humans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.requests.Admins;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one admin count every shell uses: the registry's admins and the web console's admin users, by name. */
class AdminsTest {

    @TempDir
    Path tmp;

    private PilothouseHome home;

    @BeforeEach
    void ada() {
        home = new PilothouseHome(tmp.resolve("home"));
        new HumanRegistry(home, TestAccounts.as(TestAccounts.ADA), Clock.systemUTC())
                .add("ada", Set.of(), Optional.empty());
    }

    @Test
    void webAdminUsersCountAndANameInBothCountsOnce() throws Exception {
        assertThat(Admins.lone(home)).isTrue();
        Files.createDirectories(home.webUsersFile().getParent());
        Files.writeString(home.webUsersFile(), """
                [{"username": "ada", "roles": ["VIEWER", "ADMIN"]},
                 {"username": "grace", "roles": ["ADMIN", "APPROVER", "VIEWER"]},
                 {"username": "vic", "roles": ["VIEWER", "APPROVER"]}]
                """);

        assertThat(Admins.of(home)).containsExactly(Identity.parse("human:ada"), Identity.parse("human:grace"));
        assertThat(Admins.lone(home)).isFalse();
    }

    /** Counting fewer admins than there are would let a change apply at once that should wait. */
    @Test
    void anUnreadableWebUsersFileIsAnErrorNotFewerAdmins() throws Exception {
        Files.createDirectories(home.webUsersFile().getParent());
        Files.writeString(home.webUsersFile(), "[{\"username\": ");

        assertThatThrownBy(() -> Admins.of(home))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("users.json");
    }
}
