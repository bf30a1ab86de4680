package dev.pilothouse.workspace.versioning.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * A chain of empty-tree commits on a ref outside {@code refs/heads} and {@code refs/tags}: each message records one
 * anchor (e.g. an audit checkpoint). The ref only moves forward; a concurrent writer makes the update retry.
 */
final class AnchorChain {

    private final Repository repo;
    private final String ref;

    AnchorChain(Repository repo, String ref) {
        this.repo = repo;
        this.ref = ref;
    }

    void append(String message, PersonIdent who) {
        for (int attempt = 0; attempt < 5; attempt++) {
            try (ObjectInserter inserter = repo.newObjectInserter()) {
                Ref current = repo.exactRef(ref);
                CommitBuilder commit = new CommitBuilder();
                commit.setTreeId(inserter.insert(new TreeFormatter()));
                if (current != null) {
                    commit.setParentId(current.getObjectId());
                }
                commit.setAuthor(who);
                commit.setCommitter(who);
                commit.setMessage(message);
                ObjectId id = inserter.insert(commit);
                inserter.flush();
                RefUpdate update = repo.updateRef(ref);
                update.setNewObjectId(id);
                update.setExpectedOldObjectId(current == null ? ObjectId.zeroId() : current.getObjectId());
                RefUpdate.Result result = update.update();
                if (result == RefUpdate.Result.NEW || result == RefUpdate.Result.FAST_FORWARD) {
                    return;
                }
                if (result != RefUpdate.Result.LOCK_FAILURE && result != RefUpdate.Result.REJECTED) {
                    throw new IllegalStateException("could not move " + ref + ": " + result);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not write to " + ref, e);
            }
        }
        throw new IllegalStateException("could not move " + ref + ": other writers kept moving it");
    }

    /** The messages, oldest first. */
    List<String> messages() {
        List<String> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo)) {
            Ref current = repo.exactRef(ref);
            if (current == null) {
                return out;
            }
            walk.markStart(walk.parseCommit(current.getObjectId()));
            for (RevCommit c : walk) {
                out.add(c.getFullMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + ref, e);
        }
        Collections.reverse(out);
        return out;
    }

    static String refName(String name) {
        return Constants.R_REFS + "pilothouse/" + name;
    }
}
