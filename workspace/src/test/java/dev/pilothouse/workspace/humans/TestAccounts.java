package dev.pilothouse.workspace.humans;

import java.util.List;
import java.util.Optional;

/** A machine with a fixed set of accounts, running as {@code current}: stands in for the process's real uid. */
record TestAccounts(OsAccount current, List<OsAccount> all) implements Accounts {

    static final OsAccount ADA = new OsAccount(1001, "ada");
    static final OsAccount BOB = new OsAccount(1002, "bob");
    static final OsAccount CY = new OsAccount(1003, "cy");

    static TestAccounts as(OsAccount current) {
        return new TestAccounts(current, List.of(ADA, BOB, CY));
    }

    @Override
    public Optional<OsAccount> find(String uidOrName) {
        return all.stream()
                .filter(a ->
                        a.name().equals(uidOrName) || Long.toString(a.uid()).equals(uidOrName))
                .findFirst();
    }
}
