package dev.pilothouse.web.e2e;

import dev.pilothouse.web.security.FirstRunToken;
import dev.pilothouse.web.security.Role;
import dev.pilothouse.web.security.UserStore;
import java.util.EnumSet;

/** The benchmarks' user: the first admin of a fresh console, or a developer added to one that has users. */
final class BenchUser {

    static final String NAME = "bench";
    static final String PASSWORD = "bench-password-1";

    private BenchUser() {}

    static void ensure(WebFixture web) {
        UserStore users = web.bean(UserStore.class);
        FirstRunToken firstRun = web.bean(FirstRunToken.class);
        if (users.isEmpty()) {
            firstRun.createAdmin(users, firstRun.pending().orElseThrow(), NAME, PASSWORD);
        } else if (users.find(NAME).isEmpty()) {
            users.create("first-run", NAME, PASSWORD, EnumSet.of(Role.DEVELOPER));
        }
    }
}
