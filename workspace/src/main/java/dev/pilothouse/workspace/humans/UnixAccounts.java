package dev.pilothouse.workspace.humans;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The process's real uid (from the JDK's {@link UnixSystem}), and other accounts from the passwd file. */
final class UnixAccounts implements Accounts {

    private final Path passwd;

    UnixAccounts(Path passwd) {
        this.passwd = passwd;
    }

    @Override
    public OsAccount current() {
        UnixSystem self = new UnixSystem();
        return new OsAccount(self.getUid(), self.getUsername());
    }

    @Override
    public Optional<OsAccount> find(String uidOrName) {
        for (String line : lines()) {
            String[] f = line.split(":", -1);
            if (f.length > 2 && (f[0].equals(uidOrName) || f[2].equals(uidOrName))) {
                return Optional.of(new OsAccount(Long.parseLong(f[2]), f[0]));
            }
        }
        return Optional.empty();
    }

    private List<String> lines() {
        try {
            return Files.isReadable(passwd) ? Files.readAllLines(passwd) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + passwd, e);
        }
    }
}
