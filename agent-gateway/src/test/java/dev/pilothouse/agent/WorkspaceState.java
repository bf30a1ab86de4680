package dev.pilothouse.agent;

import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Everything an abuse attempt could have changed, to compare before and after: the workspace repository's refs
 * (HEAD, branches, proposal branches, deploy tags) by object id, the proposals, the policy, the working files, and,
 * when a runtime is given, each table's record count and a digest of all its records.
 */
record WorkspaceState(
        Map<String, String> refs,
        List<String> proposals,
        String policy,
        Map<String, String> files,
        Map<String, String> tables) {

    static WorkspaceState of(Governance gov) {
        return of(gov, null, List.of());
    }

    static WorkspaceState of(Governance gov, HarperClient harper, List<String> tables) {
        Map<String, String> refs = new TreeMap<>();
        try (Repository repo =
                new FileRepositoryBuilder().findGitDir(gov.dir().toFile()).build()) {
            for (Ref ref : repo.getRefDatabase().getRefs()) {
                refs.put(
                        ref.getName(),
                        ref.getObjectId() == null ? "(none)" : ref.getObjectId().name());
            }
            Ref head = repo.exactRef("HEAD");
            refs.put(
                    "HEAD",
                    head == null
                            ? "(none)"
                            : head.getTarget().getName() + " "
                                    + (head.getObjectId() == null
                                            ? "(none)"
                                            : head.getObjectId().name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(gov.dir())) {
            for (Path p : list.filter(Files::isRegularFile).toList()) {
                files.put(p.getFileName().toString(), Hashing.sha256(Files.readString(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> data = new TreeMap<>();
        for (String table : tables) {
            long count =
                    harper.describeTable("data", table).path("record_count").asLong(-1);
            String rows =
                    harper.sql("SELECT * FROM data." + table + " ORDER BY id").toString();
            data.put(table, count + " records, sha256 " + Hashing.sha256(rows));
        }
        String policy;
        try {
            policy = Files.isRegularFile(gov.policyFile()) ? Files.readString(gov.policyFile()) : "(none)";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkspaceState(
                refs,
                gov.proposals().stream().map(p -> p.id() + " " + p.state()).toList(),
                policy,
                files,
                data);
    }
}
