package dev.pilothouse.workspace.versioning.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/** Writes commits straight into the object store, so proposals never touch the checked-out files. */
final class TreeCommits {

    private final Repository repo;

    TreeCommits(Repository repo) {
        this.repo = repo;
    }

    String commit(String branch, String parent, Map<String, String> files, String message, PersonIdent who) {
        try (ObjectInserter inserter = repo.newObjectInserter();
                RevWalk walk = new RevWalk(repo)) {
            RevCommit base = walk.parseCommit(ObjectId.fromString(parent));
            DirCache index = DirCache.newInCore();
            DirCacheBuilder builder = index.builder();
            try (TreeWalk tree = new TreeWalk(repo)) {
                tree.addTree(base.getTree());
                tree.setRecursive(true);
                while (tree.next()) {
                    if (!files.containsKey(tree.getPathString())) {
                        DirCacheEntry kept = new DirCacheEntry(tree.getPathString());
                        kept.setFileMode(tree.getFileMode(0));
                        kept.setObjectId(tree.getObjectId(0));
                        builder.add(kept);
                    }
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                DirCacheEntry entry = new DirCacheEntry(file.getKey());
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setObjectId(
                        inserter.insert(Constants.OBJ_BLOB, file.getValue().getBytes(StandardCharsets.UTF_8)));
                builder.add(entry);
            }
            builder.finish();
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(index.writeTree(inserter));
            commit.setParentId(base);
            commit.setAuthor(who);
            commit.setCommitter(who);
            commit.setMessage(message);
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            moveRef("refs/heads/" + branch, id.name());
            return id.name();
        } catch (IOException e) {
            throw new UncheckedIOException("could not commit on " + branch, e);
        }
    }

    void moveRef(String ref, String commit) {
        try {
            RefUpdate update = repo.updateRef(ref);
            update.setNewObjectId(ObjectId.fromString(commit));
            update.setForceUpdate(true);
            RefUpdate.Result result = update.update();
            if (result != RefUpdate.Result.NEW
                    && result != RefUpdate.Result.FORCED
                    && result != RefUpdate.Result.FAST_FORWARD
                    && result != RefUpdate.Result.NO_CHANGE) {
                throw new IllegalStateException("could not move " + ref + " to " + commit + ": " + result);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not move " + ref, e);
        }
    }
}
