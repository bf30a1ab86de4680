package dev.pilothouse.workspace.humans;

import java.util.Optional;

/**
 * The OS accounts this process can name. {@link #current()} must come from the process itself (its real uid), never
 * from anything the caller can set, such as {@code user.name} or an environment variable.
 */
public interface Accounts {

    /** The account this process runs as. */
    OsAccount current();

    /** An account by numeric uid or by name; empty when the system has none. */
    Optional<OsAccount> find(String uidOrName);

    /** The real accounts of this machine. */
    static Accounts system() {
        return new UnixAccounts(java.nio.file.Path.of("/etc/passwd"));
    }
}
