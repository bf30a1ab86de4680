package dev.pilothouse.agent;

import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.SchemaAnalyzer;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.workspace.AppFiles;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.versioning.DeployTag;
import dev.pilothouse.workspace.versioning.Versioning;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the gateway's tools may reach: the governed workspace (read, propose), its Git history (read) and the
 * runtime (read). Writes to Governance are serialized, because tool calls arrive on many servlet threads; the
 * validation of a new proposal runs on one background thread ({@link ValidationQueue}, bounded per agent) so
 * propose_change answers at once.
 */
public final class AgentWorkspace implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AgentWorkspace.class);
    private static final Pattern VERSION = Pattern.compile("HEAD|deploy/[1-9][0-9]{0,8}");

    private final Governance governance;
    private final Versioning git;
    private final Optional<HarperClient> runtime;
    private final String project;
    private final EventTails tails;
    private final ReentrantLock writes = new ReentrantLock();
    private final ValidationQueue validation;

    /** {@code project} is the Harper component the app is deployed as. */
    public AgentWorkspace(Governance governance, Optional<HarperClient> runtime, String project) {
        this(governance, runtime, project, new ValidationQueue(ValidationQueue.DEFAULT_PER_AGENT));
    }

    /** With its own validation queue (and its bound per agent); the workspace closes it. */
    public AgentWorkspace(
            Governance governance, Optional<HarperClient> runtime, String project, ValidationQueue validation) {
        this.governance = governance;
        this.validation = validation;
        this.git = Versioning.open(governance.dir());
        this.runtime = runtime;
        this.project = project;
        this.tails = new EventTails(runtime.map(HarperClient::endpoint));
    }

    public Governance governance() {
        return governance;
    }

    public Optional<HarperClient> runtime() {
        return runtime;
    }

    public String project() {
        return project;
    }

    public EventTails tails() {
        return tails;
    }

    public String head() {
        return git.head();
    }

    /** The app's files at {@code HEAD} or a {@code deploy/N} tag. */
    public Map<String, String> files(String version) {
        if (!VERSION.matcher(version).matches()) {
            throw new Refusal("version-format", "'" + version + "' is not a version: write HEAD or deploy/N");
        }
        String commit = version.equals("HEAD")
                ? git.head()
                : git.resolve("refs/tags/" + version)
                        .orElseThrow(
                                () -> new Refusal("unknown-version", "there is no " + version + " in this workspace"));
        return git.files(commit);
    }

    public Optional<DeployTag> lastDeploy() {
        List<DeployTag> tags = governance.deployTags();
        return tags.isEmpty() ? Optional.empty() : Optional.of(tags.get(tags.size() - 1));
    }

    public Policy policy() {
        return governance.policy();
    }

    /** The schema at HEAD as Harper reads it. */
    public SchemaModel model() {
        String text = files("HEAD").getOrDefault("schema.graphql", "");
        SchemaModel model = SchemaAnalyzer.analyze(new DocumentSnapshot("HEAD/schema.graphql", 1, text))
                .model();
        return model == null ? SchemaModel.EMPTY : model;
    }

    /**
     * Creates a proposal (the policy check and the author's open-proposal limit run now and refuse) and queues its
     * validation; a full validation queue for this author refuses before anything is recorded.
     */
    public Proposal propose(Map<String, String> files, Identity author, String rationale) {
        AppFiles.checkProposed(files); // names first: path traversal and unknown files are refused by rule
        ValidationQueue.Place place = validation.reserve(author.toString());
        writes.lock();
        try {
            Proposal proposal;
            try {
                proposal = governance.propose(files, author, rationale, Optional.empty());
            } catch (RuntimeException e) {
                place.release();
                throw e;
            }
            place.submit(() -> validate(proposal.id(), author));
            return proposal;
        } finally {
            writes.unlock();
        }
    }

    /** How many of {@code author}'s validations wait to start. */
    public int validationsWaiting(Identity author) {
        return validation.waiting(author.toString());
    }

    public Proposal proposal(String id) {
        return governance.proposal(id);
    }

    private void validate(String id, Identity requester) {
        writes.lock();
        try {
            governance.validate(id, requester.toString());
        } catch (RuntimeException e) { // recorded on the proposal and in the audit log by Governance
            LOG.warn("validation of {} did not complete: {}", id, e.getMessage());
        } finally {
            writes.unlock();
        }
    }

    @Override
    public void close() {
        validation.close();
        tails.close();
        git.close();
    }
}
