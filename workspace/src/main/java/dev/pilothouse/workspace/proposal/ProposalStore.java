package dev.pilothouse.workspace.proposal;

import dev.pilothouse.workspace.Json;
import dev.pilothouse.workspace.OwnerOnly;
import dev.pilothouse.workspace.Refusal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Proposal records under the console's home (one JSON file each); ids are {@code p1}, {@code p2}, ... */
public final class ProposalStore {

    private final Path dir;

    public ProposalStore(Path dir) {
        this.dir = dir;
    }

    /** Reserves the next free id (atomically, so two consoles never share one). */
    public String nextId() {
        try {
            OwnerOnly.createDirectories(dir);
            for (int n = list().size() + 1; ; n++) {
                try {
                    OwnerOnly.createFile(dir.resolve("p" + n + ".json"));
                    return "p" + n;
                } catch (FileAlreadyExistsException taken) {
                    // another console took it: try the next number
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not reserve a proposal id in " + dir, e);
        }
    }

    public void save(Proposal proposal) {
        Json.writeAtomically(dir.resolve(proposal.id() + ".json"), proposal);
    }

    public Proposal load(String id) {
        Path file = id.matches("p[0-9]{1,9}") ? dir.resolve(id + ".json") : null;
        if (file == null || !Files.isRegularFile(file) || sizeOf(file) == 0) {
            throw new Refusal("unknown-proposal", "there is no proposal '" + id + "' in this workspace");
        }
        return Json.read(file, Proposal.class);
    }

    public List<Proposal> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("p[0-9]+\\.json") && sizeOf(f) > 0)
                    .map(f -> Json.read(f, Proposal.class))
                    .sorted(Comparator.comparingInt(p -> Integer.parseInt(p.id().substring(1))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list proposals in " + dir, e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
