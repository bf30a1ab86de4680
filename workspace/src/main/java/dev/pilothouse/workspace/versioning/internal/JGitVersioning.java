package dev.pilothouse.workspace.versioning.internal;

import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.versioning.DeployTag;
import dev.pilothouse.workspace.versioning.Version;
import dev.pilothouse.workspace.versioning.Versioning;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.treewalk.TreeWalk;

/** {@link Versioning} on JGit's porcelain plus {@link TreeCommits} for commits that bypass the working tree. */
public final class JGitVersioning implements Versioning {

    private final Git git;
    private final Repository repo;

    private JGitVersioning(Git git) {
        this.git = git;
        this.repo = git.getRepository();
    }

    public static JGitVersioning create(Path dir, String message, Identity author) {
        try {
            Git git =
                    Git.init().setDirectory(dir.toFile()).setInitialBranch(MAIN).call();
            JGitVersioning versioning = new JGitVersioning(git);
            versioning.commitWorkingTree(message, author);
            return versioning;
        } catch (GitAPIException e) {
            throw new IllegalStateException("could not create a Git repository in " + dir + ": " + e.getMessage(), e);
        }
    }

    public static JGitVersioning open(Path dir) {
        try {
            return new JGitVersioning(Git.open(dir.toFile()));
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    dir + " is not a Pilothouse workspace (no Git repository): " + e.getMessage(), e);
        }
    }

    @Override
    public String head() {
        return branch(MAIN).orElseThrow(() -> new IllegalStateException("the workspace has no main branch"));
    }

    @Override
    public Optional<String> branch(String name) {
        try {
            Ref ref = repo.exactRef("refs/heads/" + name);
            return Optional.ofNullable(ref).map(r -> r.getObjectId().name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String commit(String branch, String parent, Map<String, String> files, String message, Identity author) {
        return new TreeCommits(repo).commit(branch, parent, files, message, ident(author));
    }

    @Override
    public void moveBranch(String branch, String commit) {
        new TreeCommits(repo).moveRef("refs/heads/" + branch, commit);
    }

    @Override
    public void advanceMain(String commit) {
        try {
            git.reset().setMode(ResetCommand.ResetType.HARD).setRef(commit).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException("could not move main to " + commit + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, String> files(String commit) {
        Map<String, String> files = new LinkedHashMap<>();
        try (RevWalk walk = new RevWalk(repo);
                TreeWalk tree = new TreeWalk(repo)) {
            tree.addTree(walk.parseCommit(ObjectId.fromString(commit)).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                byte[] bytes = repo.open(tree.getObjectId(0)).getBytes();
                files.put(tree.getPathString(), new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read commit " + commit, e);
        }
        return files;
    }

    @Override
    public List<String> uncommittedChanges() {
        try {
            Status status = git.status().call();
            TreeSet<String> changed = new TreeSet<>();
            changed.addAll(status.getModified());
            changed.addAll(status.getChanged());
            changed.addAll(status.getAdded());
            changed.addAll(status.getMissing());
            changed.addAll(status.getRemoved());
            changed.addAll(status.getUntracked());
            return List.copyOf(changed);
        } catch (GitAPIException e) {
            throw new IllegalStateException("could not read the workspace status: " + e.getMessage(), e);
        }
    }

    @Override
    public String commitWorkingTree(String message, Identity author) {
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            PersonIdent ident = ident(author);
            return git.commit()
                    .setMessage(message)
                    .setAuthor(ident)
                    .setCommitter(ident)
                    .setSign(false)
                    .setAllowEmpty(false)
                    .call()
                    .getName();
        } catch (GitAPIException e) {
            throw new IllegalStateException("could not commit the workspace: " + e.getMessage(), e);
        }
    }

    @Override
    public void tag(String name, String commit, String message, Identity tagger) {
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit target = walk.parseCommit(ObjectId.fromString(commit));
            git.tag()
                    .setName(name)
                    .setObjectId(target)
                    .setAnnotated(true)
                    .setSigned(false)
                    .setMessage(message)
                    .setTagger(ident(tagger))
                    .call();
        } catch (IOException | GitAPIException e) {
            throw new IllegalStateException("could not tag " + commit + " as " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<DeployTag> deployTags() {
        List<DeployTag> tags = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo)) {
            for (Ref ref : repo.getRefDatabase().getRefsByPrefix("refs/tags/" + DeployTag.PREFIX)) {
                String suffix = ref.getName().substring(("refs/tags/" + DeployTag.PREFIX).length());
                if (!suffix.matches("[1-9][0-9]{0,8}")) {
                    continue;
                }
                RevObject object = walk.parseAny(ref.getObjectId());
                if (object instanceof RevTag tag) {
                    RevObject target = walk.peel(tag);
                    tags.add(new DeployTag(
                            Integer.parseInt(suffix),
                            target.name(),
                            tag.getFullMessage(),
                            tag.getTaggerIdent().getWhenAsInstant()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tags.sort(Comparator.comparingInt(DeployTag::number));
        return tags;
    }

    @Override
    public List<Version> history(int max) {
        Map<String, List<String>> tagsByCommit = new LinkedHashMap<>();
        for (DeployTag tag : deployTags()) {
            tagsByCommit.computeIfAbsent(tag.commit(), c -> new ArrayList<>()).add(tag.name());
        }
        List<Version> versions = new ArrayList<>();
        try {
            for (RevCommit c :
                    git.log().add(ObjectId.fromString(head())).setMaxCount(max).call()) {
                versions.add(new Version(
                        c.getName(),
                        c.getFullMessage().strip(),
                        c.getAuthorIdent().getName(),
                        c.getAuthorIdent().getWhenAsInstant(),
                        tagsByCommit.getOrDefault(c.getName(), List.of())));
            }
        } catch (IOException | GitAPIException e) {
            throw new IllegalStateException("could not read the history: " + e.getMessage(), e);
        }
        return versions;
    }

    @Override
    public String diff(String fromCommit, String toCommit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RevWalk walk = new RevWalk(repo);
                DiffFormatter formatter = new DiffFormatter(out)) {
            formatter.setRepository(repo);
            formatter.format(
                    walk.parseCommit(ObjectId.fromString(fromCommit)).getTree(),
                    walk.parseCommit(ObjectId.fromString(toCommit)).getTree());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public Optional<String> resolve(String revision) {
        try {
            ObjectId id = repo.resolve(revision + "^{commit}");
            return Optional.ofNullable(id).map(ObjectId::name);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not a revision this repository knows
        }
    }

    @Override
    public void anchor(String name, String message, Identity who) {
        new AnchorChain(repo, AnchorChain.refName(name)).append(message, ident(who));
    }

    @Override
    public List<String> anchors(String name) {
        return new AnchorChain(repo, AnchorChain.refName(name)).messages();
    }

    @Override
    public void pushAnchors(String name, String url) {
        String ref = AnchorChain.refName(name);
        try {
            for (var result : git.push()
                    .setRemote(url)
                    .setRefSpecs(new RefSpec(ref + ":" + ref))
                    .call()) {
                var update = result.getRemoteUpdate(ref);
                if (update != null
                        && update.getStatus() != RemoteRefUpdate.Status.OK
                        && update.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
                    throw new IllegalStateException(
                            "the witness " + url + " refused " + ref + ": " + update.getStatus());
                }
            }
        } catch (GitAPIException e) {
            throw new IllegalStateException("could not push " + ref + " to " + url + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> remoteAnchors(String name, String url) {
        String ref = AnchorChain.refName(name);
        String local = AnchorChain.refName("witness/" + name);
        try {
            git.fetch()
                    .setRemote(url)
                    .setRefSpecs(new RefSpec("+" + ref + ":" + local))
                    .call();
        } catch (GitAPIException e) {
            throw new IllegalStateException("could not fetch " + ref + " from " + url + ": " + e.getMessage(), e);
        }
        return new AnchorChain(repo, local).messages();
    }

    @Override
    public void close() {
        git.close();
    }

    static PersonIdent ident(Identity who) {
        return new PersonIdent(
                who.toString(), who.name() + "@" + who.kind().name().toLowerCase() + ".pilothouse");
    }
}
