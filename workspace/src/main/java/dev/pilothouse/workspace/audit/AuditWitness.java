package dev.pilothouse.workspace.audit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The optional second Git remote audit checkpoints are pushed to, an outside witness of the checkpoint chain
 * ({@code $PILOTHOUSE_HOME/audit/witness.properties}, key {@code url}).
 */
public record AuditWitness(Path file) {

    public Optional<String> url() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the audit witness settings " + file, e);
        }
        return Optional.ofNullable(p.getProperty("url")).map(String::strip).filter(u -> !u.isEmpty());
    }

    /** Sets the witness remote; an empty {@code url} turns pushing off. */
    public void set(String url) {
        Properties p = new Properties();
        p.setProperty("url", url);
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file)) {
                p.store(out, "Git remote that receives refs/pilothouse/audit after each checkpoint");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the audit witness settings " + file, e);
        }
    }
}
