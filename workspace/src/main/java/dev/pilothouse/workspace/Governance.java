package dev.pilothouse.workspace;

import dev.pilothouse.plugin.api.ProposalValidator;
import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.workspace.audit.AuditCheckpoint;
import dev.pilothouse.workspace.audit.AuditEvidence;
import dev.pilothouse.workspace.audit.AuditKey;
import dev.pilothouse.workspace.audit.AuditLog;
import dev.pilothouse.workspace.audit.AuditVerification;
import dev.pilothouse.workspace.audit.AuditWitness;
import dev.pilothouse.workspace.audit.CheckpointMemory;
import dev.pilothouse.workspace.audit.SignedCheckpoint;
import dev.pilothouse.workspace.deploy.CrashPoint;
import dev.pilothouse.workspace.deploy.DeployProgress;
import dev.pilothouse.workspace.deploy.RuntimeTarget;
import dev.pilothouse.workspace.humans.HumanChanges;
import dev.pilothouse.workspace.humans.HumanRegistry;
import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.policy.PolicyStore;
import dev.pilothouse.workspace.proposal.ApprovalCount;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ProposalStore;
import dev.pilothouse.workspace.requests.BoundaryChange;
import dev.pilothouse.workspace.requests.Change;
import dev.pilothouse.workspace.requests.ChangeRequest;
import dev.pilothouse.workspace.requests.ChangeRequests;
import dev.pilothouse.workspace.shadow.ShadowCheck;
import dev.pilothouse.workspace.shadow.ShadowHarper;
import dev.pilothouse.workspace.validate.Validator;
import dev.pilothouse.workspace.versioning.DeployTag;
import dev.pilothouse.workspace.versioning.Version;
import dev.pilothouse.workspace.versioning.Versioning;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The governed workspace: every change goes propose → validate → approve → deploy, every action is audited, and
 * the policy and records live in the console's home, outside anything a proposal can write. The CLI and the
 * consoles use only this class.
 */
public final class Governance implements AutoCloseable {

    private static final java.time.Duration SHADOW_DEPLOY_TIMEOUT = java.time.Duration.ofSeconds(90);

    private final Context ctx;
    private final ProposalService proposals;
    private final ApprovalService approvals;
    private final DeployFlow deploys;

    private Governance(Context ctx, Validator validator) {
        this.ctx = ctx;
        this.proposals = new ProposalService(ctx, validator);
        this.approvals = new ApprovalService(ctx, proposals);
        this.deploys = new DeployFlow(ctx, approvals);
    }

    /**
     * Starts opening a workspace created by {@link WorkspaceInit}, its records kept in {@code home}. Without further
     * settings {@link Opening#open()} gives the system clock, no runtime, no crash hook, the workspace's default
     * shadow Harper ({@link #shadowFor shadowFor(dir, home, false)}) and no plugin validators.
     */
    public static Opening at(Path dir, PilothouseHome home) {
        return new Opening(dir, home);
    }

    /** Opens {@code dir} with the defaults of {@link #at} and {@code runtime} (needed to validate live and deploy). */
    public static Governance open(Path dir, PilothouseHome home, Optional<RuntimeTarget> runtime) {
        return at(dir, home).runtime(runtime).open();
    }

    /** The settings a workspace is opened with; {@link #open()} opens it, and may be called again. */
    public static final class Opening {

        private final Path dir;
        private final PilothouseHome home;
        private Clock clock = Clock.systemUTC();
        private Optional<RuntimeTarget> runtime = Optional.empty();
        private CrashPoint crash = CrashPoint.NONE;
        private ShadowHarper shadow; // null: shadowFor(dir, home, false), made when opened
        private List<ProposalValidator> validators = List.of();

        private Opening(Path dir, PilothouseHome home) {
            this.dir = Objects.requireNonNull(dir, "dir");
            this.home = Objects.requireNonNull(home, "home");
        }

        /** The clock audit entries, approvals and deploys read; the system's UTC clock by default. */
        public Opening clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The runtime validation reads live evidence from and deploys go to; none by default. */
        public Opening runtime(RuntimeTarget runtime) {
            return runtime(Optional.of(Objects.requireNonNull(runtime, "runtime")));
        }

        /** As {@link #runtime(RuntimeTarget)}; empty: no runtime (deploy and rollback refuse). */
        public Opening runtime(Optional<RuntimeTarget> runtime) {
            this.runtime = Objects.requireNonNull(runtime, "runtime");
            return this;
        }

        /** The hook a deploy calls at each of its steps (tests stop there); {@link CrashPoint#NONE} by default. */
        public Opening crash(CrashPoint crash) {
            this.crash = Objects.requireNonNull(crash, "crash");
            return this;
        }

        /**
         * The shadow Harper validation deploys into; the policy's {@code shadowDeploy} decides whether it runs. By
         * default {@link #shadowFor shadowFor(dir, home, false)}.
         */
        public Opening shadow(ShadowHarper shadow) {
            this.shadow = Objects.requireNonNull(shadow, "shadow");
            return this;
        }

        /** Extra validation steps (plugin validators, already isolated by the caller's plugin host); none by default. */
        public Opening validators(List<ProposalValidator> validators) {
            Objects.requireNonNull(validators, "validators");
            for (int i = 0; i < validators.size(); i++) {
                Objects.requireNonNull(validators.get(i), "validators[" + i + "]");
            }
            this.validators = List.copyOf(validators);
            return this;
        }

        public Governance open() {
            Path abs = dir.toAbsolutePath().normalize();
            home.requireOutside(abs);
            home.secure();
            Versioning git = Versioning.open(abs);
            ProposalStore store = new ProposalStore(home.workspaceState(abs).resolve("proposals"));
            PolicyStore policy = new PolicyStore(home.policyFile());
            AuditLog audit = new AuditLog(home.auditLog(), clock, anchors(git, policy, home, abs));
            audit.key(); // made on first use, so it exists before anything is appended or compared
            ShadowHarper shadowHarper = shadow != null ? shadow : shadowFor(dir, home, false);
            return new Governance(
                    new Context(
                            abs,
                            home,
                            git,
                            audit,
                            policy,
                            store,
                            clock,
                            runtime,
                            crash,
                            Optional.of(new ShadowCheck(shadowHarper, SHADOW_DEPLOY_TIMEOUT))),
                    new Validator(validators));
        }
    }

    private static AuditAnchors anchors(Versioning git, PolicyStore policy, PilothouseHome home, Path dir) {
        return new AuditAnchors(
                git,
                policy,
                new CheckpointMemory(home.auditCheckpoint(dir)),
                () -> AuditKey.loadOrCreate(home.auditLog().getParent()),
                new AuditWitness(home.auditWitness()));
    }

    /**
     * The workspace's shadow Harper: kept under the console's home ({@code workspaces/<folder>-<hash>/runtime/shadow}),
     * started from the locally installed Harper. {@code acceptHarperTerms} records the user's acceptance of Harper's
     * terms for it (otherwise they must have been accepted there before, or the shadow step is skipped).
     */
    public static ShadowHarper shadowFor(Path dir, PilothouseHome home, boolean acceptHarperTerms) {
        return new ShadowHarper(
                home.workspaceState(dir.toAbsolutePath().normalize())
                        .resolve("runtime")
                        .resolve("shadow"),
                HarperInstaller.forCurrentUser(),
                acceptHarperTerms);
    }

    /** Finishes or rolls back a deploy a previous console left half-done; empty when there was none. */
    public Optional<String> recover() {
        return DeployLock.hold(ctx.state(), deploys::recover);
    }

    public Proposal propose(Map<String, String> files, Identity author, String message, Optional<String> supersedes) {
        return proposals.propose(files, author, message, supersedes);
    }

    public Proposal propose(Path fromDir, Identity author, String message, Optional<String> supersedes) {
        var details = ctx.details().put("author", author.toString()).put("from", fromDir.toString());
        Map<String, String> files =
                ctx.audited(author.toString(), "proposal.create", details, () -> AppFiles.readProposed(fromDir));
        return proposals.propose(files, author, message, supersedes);
    }

    public Proposal validate(String id, String actor) {
        return proposals.validate(id, actor);
    }

    /**
     * Validates with the shadow deploy run unconfined where no sandbox can be built: a human reviewer's explicit
     * choice, after reading the code ({@link #unconfinedRunWarning} says what will run). Agents never may.
     */
    public Proposal validateUnconfined(String id, Actor reviewer) {
        Context.requireHuman(reviewer.who(), "agents-never-run-unconfined", "run proposals unconfined");
        return proposals.validate(id, reviewer.toString(), Optional.of(reviewer));
    }

    /**
     * What running a proposal's shadow step here would execute with this console's rights; empty when it would run
     * confined or changes no code.
     */
    public Optional<String> unconfinedRunWarning(String id) {
        Proposal p = ctx.proposals().load(id);
        List<String> code =
                ShadowCheck.codeChanges(ctx.git().files(p.base()), ctx.git().files(p.commit()));
        boolean confinable = ctx.shadow().map(s -> s.shadow().confinable()).orElse(true);
        if (code.isEmpty() || confinable) {
            return Optional.empty();
        }
        return Optional.of("No sandbox can be built on this machine ("
                + ctx.shadow().flatMap(s -> s.shadow().confinementUnavailable()).orElse("")
                + "). Running the shadow deploy of " + id + " executes its "
                + String.join(", ", code) + " inside a Harper started with your rights: it can read and write"
                + " your files and reach the network. Run it only after reading the code.");
    }

    /** Records that an admin accepted Harper's terms for this workspace's shadow. */
    public void acceptShadowTerms(Actor admin) {
        Context.requireHuman(admin.who(), "agents-never-accept-terms", "accept Harper's terms");
        ctx.shadow().ifPresent(s -> s.shadow().acceptTerms());
        ctx.audit().append(admin.toString(), "shadow.terms-accepted", ctx.details(admin));
    }

    /** Whether validation can run proposals' code in a sandbox here, and if not why. */
    public Optional<String> confinementUnavailable() {
        return ctx.shadow().flatMap(s -> s.shadow().confinementUnavailable());
    }

    public Proposal rebase(String id, Identity who) {
        return proposals.rebase(id, who);
    }

    /**
     * Proposes the app files of the workspace's working tree (the way to ship edits made in place: another human
     * approves, then {@link #deploy}); other files in the folder are not part of it.
     */
    public Proposal proposeWorkingTree(Identity author, String message, Optional<String> supersedes) {
        Map<String, String> files = new java.util.LinkedHashMap<>(AppFiles.readWorkingTree(ctx.dir()));
        files.keySet().retainAll(AppFiles.PROPOSABLE);
        return proposals.propose(files, author, message, supersedes);
    }

    /** Approves; refused when a validation step was skipped (see the four-argument form). */
    public Proposal approve(String id, Actor who, String comment) {
        return approvals.approve(id, who, comment, false);
    }

    /**
     * Approves; {@code acknowledgeSkipped} says the approver knows that validation steps did not run and approves
     * without their evidence (audited with the steps' names). Without it, such an approval is refused
     * ({@code skipped-evidence}).
     */
    public Proposal approve(String id, Actor who, String comment, boolean acknowledgeSkipped) {
        return approvals.approve(id, who, comment, acknowledgeSkipped);
    }

    public Proposal reject(String id, Actor who, String comment) {
        return approvals.reject(id, who, comment);
    }

    /** The approvals of a proposal that hold now, against the number its policy asks for. */
    public ApprovalCount approvalCount(String id) {
        return approvals.count(ctx.proposals().load(id));
    }

    /** Deploys an approved proposal; returns its {@code deploy/N} tag. */
    public String deploy(String id, Actor who) {
        return deploy(id, who, DeployProgress.NONE);
    }

    /** As {@link #deploy(String, Actor)}, telling {@code progress} of each step as it happens. */
    public String deploy(String id, Actor who, DeployProgress progress) {
        return DeployLock.hold(ctx.state(), () -> {
            deploys.recover();
            return deploys.deploy(id, who, progress);
        });
    }

    /**
     * Solo mode only: commits the working tree's app files (no other file) and deploys them without a second
     * person; refused otherwise. {@link #headDiff} shows first what it would commit.
     */
    public String deployHead(Actor who) {
        return deployHead(who, DeployProgress.NONE);
    }

    public String deployHead(Actor who, DeployProgress progress) {
        return DeployLock.hold(ctx.state(), () -> {
            deploys.recover();
            return deploys.deployHead(who, progress);
        });
    }

    /** The diff {@link #deployHead} would commit (empty when the app files equal the head); solo mode only. */
    public String headDiff(Identity who) {
        return deploys.headDiff(who);
    }

    /**
     * Whether the policy lets one person deploy without a second one's approval; consoles show a banner and the CLI
     * a warning while it is on.
     */
    public boolean soloMode() {
        return ctx.policy().load().soloMode();
    }

    public String rollback(Optional<String> to, Actor who) {
        return rollback(to, who, DeployProgress.NONE);
    }

    /** Deploys an earlier version again as a new tag, telling {@code progress} of each step. */
    public String rollback(Optional<String> to, Actor who, DeployProgress progress) {
        return DeployLock.hold(ctx.state(), () -> {
            deploys.recover();
            return deploys.rollback(to, who, progress);
        });
    }

    public List<Proposal> proposals() {
        return ctx.proposals().list();
    }

    public Proposal proposal(String id) {
        return ctx.proposals().load(id);
    }

    /** The text diff of a proposal against its base. */
    public String diff(Proposal p) {
        return ctx.git().diff(p.base(), p.commit());
    }

    /** Any two versions (commit ids, {@code deploy/N} tags, {@code main}) as a text and a semantic schema diff. */
    public Comparison compare(String from, String to) {
        String a = ctx.git()
                .resolve(from)
                .orElseThrow(() -> new Refusal("unknown-version", "'" + from + "' is not a version of this workspace"));
        String b = ctx.git()
                .resolve(to)
                .orElseThrow(() -> new Refusal("unknown-version", "'" + to + "' is not a version of this workspace"));
        Map<String, String> before = ctx.git().files(a);
        Map<String, String> after = ctx.git().files(b);
        return new Comparison(
                a,
                b,
                ctx.git().diff(a, b),
                new dev.pilothouse.workspace.validate.Validator().schemaChanges(before, after),
                before,
                after);
    }

    /** The app files of one version (commit id, {@code deploy/N}, {@code main}), e.g. for a side-by-side diff. */
    public Map<String, String> files(String version) {
        String commit = ctx.git()
                .resolve(version)
                .orElseThrow(
                        () -> new Refusal("unknown-version", "'" + version + "' is not a version of this workspace"));
        return ctx.git().files(commit);
    }

    public List<Version> history(int max) {
        return ctx.git().history(max);
    }

    public List<DeployTag> deployTags() {
        return ctx.git().deployTags();
    }

    public Policy policy() {
        return ctx.policy().load();
    }

    public Path policyFile() {
        return ctx.policy().file();
    }

    /** Asks that {@code primitive} be protected: a change request (see {@link #updatePolicy}). */
    public ChangeRequest protect(String primitive, Actor who) {
        return changePolicy(primitive, who, true);
    }

    public ChangeRequest unprotect(String primitive, Actor who) {
        return changePolicy(primitive, who, false);
    }

    /**
     * Asks for new policy settings (approvals for breaking changes, approval expiry, shadow deploy and sample,
     * protections, solo mode) as one change request: applied at once (flagged) for a lone admin, otherwise pending
     * until another admin approves it. The request and its audit entries name every setting that changes.
     */
    public ChangeRequest updatePolicy(Policy next, Actor who) {
        var details = ctx.details(who);
        return ctx.audited(
                who.toString(), "policy.update", details, () -> requests().file(who, policyChange(next, who)));
    }

    /** The change request for {@code next}, checked: a human asks, the protections are well-formed, it changes something. */
    public Change policyChange(Policy next, Actor who) {
        Context.requireHuman(who.who(), "humans-own-policy", "change the policy");
        next.protectedPrimitives().forEach(Governance::requirePrimitive);
        Policy before = ctx.policy().load();
        if (PolicyChanges.between(before, next).isEmpty()) {
            throw new Refusal("policy-unchanged", "the policy already has these settings");
        }
        return PolicyBoundary.change(before, next);
    }

    /**
     * The boundary's change requests over this console home, deciding with its admins ({@code Admins}): policy and
     * roles. Shells that also apply agent tokens and plugin trust build their own {@link ChangeRequests} with those.
     */
    public ChangeRequests requests() {
        List<BoundaryChange> kinds = new java.util.ArrayList<>();
        kinds.add(new PolicyBoundary(ctx.policy(), ctx.audit()));
        kinds.addAll(HumanChanges.over(HumanRegistry.forCurrentAccount(ctx.home())));
        return new ChangeRequests(ctx.home(), ctx.clock(), kinds);
    }

    public AuditLog audit() {
        return ctx.audit();
    }

    /**
     * Verifies the audit chain, its head record and their signatures, the signed checkpoints anchored in this
     * workspace's Git repository (the periodic ones on {@code refs/pilothouse/audit} and those in the deploy tags) and
     * the newest checkpoint remembered under {@code $PILOTHOUSE_HOME}, with the key beside the log.
     */
    public AuditVerification verifyAudit() {
        return ctx.audit().verify(auditEvidence());
    }

    /** What {@link #verifyAudit()} checks the log against; a verifier with a pinned key uses it with its own key. */
    public AuditEvidence auditEvidence() {
        List<AuditCheckpoint> tags = new java.util.ArrayList<>();
        ctx.git()
                .deployTags()
                .forEach(t -> AuditCheckpoint.fromTrailer(t.message()).ifPresent(tags::add));
        AuditAnchors anchors = anchors(ctx.git(), ctx.policy(), ctx.home(), ctx.dir());
        return new AuditEvidence(
                tags, anchors.all(), anchors.remembered(), ctx.audit().publicKey());
    }

    /**
     * When a witness remote is set: what is wrong with its copy of the checkpoint ref (the newest checkpoint
     * remembered here missing from it, or a checkpoint there with a bad signature); empty when it agrees or none is
     * set.
     */
    public Optional<String> checkAuditWitness() {
        Optional<String> url = new AuditWitness(ctx.home().auditWitness()).url();
        Optional<SignedCheckpoint> remembered =
                anchors(ctx.git(), ctx.policy(), ctx.home(), ctx.dir()).remembered();
        if (url.isEmpty() || remembered.isEmpty()) {
            return Optional.empty();
        }
        List<SignedCheckpoint> witnessed;
        try {
            witnessed = ctx.git().remoteAnchors(AuditAnchors.CHAIN, url.get()).stream()
                    .flatMap(m -> SignedCheckpoint.fromTrailer(m).stream())
                    .toList();
        } catch (RuntimeException e) {
            return Optional.of("checkpoint #" + remembered.get().seq() + ": the witness " + url.get()
                    + " could not be read (" + e.getMessage() + ")");
        }
        var key = ctx.audit().publicKey();
        Optional<SignedCheckpoint> forged = witnessed.stream()
                .filter(c -> key.isPresent() && !c.signature().isEmpty() && !c.verifies(key.get()))
                .findFirst();
        if (forged.isPresent()) {
            return Optional.of(
                    "checkpoint #" + forged.get().seq() + " on the witness " + url.get() + " has a bad signature");
        }
        SignedCheckpoint last = remembered.get();
        boolean held = witnessed.stream()
                .anyMatch(c -> c.seq() == last.seq() && c.hash().equals(last.hash()));
        return held
                ? Optional.empty()
                : Optional.of("checkpoint #" + last.seq() + " remembered in $PILOTHOUSE_HOME"
                        + " is not on the witness " + url.get() + ": a push failed or the witness was rewound");
    }

    /** The periodic audit checkpoints anchored in this workspace's Git repository, oldest first. */
    public List<AuditCheckpoint> auditCheckpoints() {
        return anchors(ctx.git(), ctx.policy(), ctx.home(), ctx.dir()).all().stream()
                .map(SignedCheckpoint::checkpoint)
                .toList();
    }

    public Path dir() {
        return ctx.dir();
    }

    @Override
    public void close() {
        ctx.git().close();
    }

    private ChangeRequest changePolicy(String primitive, Actor who, boolean protect) {
        String action = protect ? "policy.protect" : "policy.unprotect";
        var details = ctx.details(who).put("primitive", primitive);
        return ctx.audited(who.toString(), action, details, () -> {
            Context.requireHuman(who.who(), "humans-own-policy", "change the policy");
            requirePrimitive(primitive);
            Policy before = ctx.policy().load();
            if (protect == before.protectedPrimitives().contains(primitive)) {
                throw new Refusal(
                        "policy-unchanged", primitive + " is " + (protect ? "already" : "not") + " protected");
            }
            return requests()
                    .file(
                            who,
                            PolicyBoundary.change(
                                    before,
                                    protect ? before.protect(primitive) : before.unprotect(primitive),
                                    action,
                                    primitive));
        });
    }

    private static void requirePrimitive(String primitive) {
        if (!primitive.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?")) {
            throw new Refusal("primitive-format", "'" + primitive + "' is not TABLE or TABLE.ATTRIBUTE");
        }
    }
}
