package dev.pilothouse.web.review;

import dev.pilothouse.schema.diff.SchemaChange;
import dev.pilothouse.web.security.AuditEvent;
import dev.pilothouse.web.security.AuditSink;
import dev.pilothouse.web.security.Role;
import dev.pilothouse.web.security.SessionSignIn;
import dev.pilothouse.web.workspace.WorkspaceFiles;
import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Comparison;
import dev.pilothouse.workspace.FileDiff;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.audit.AuditEntry;
import dev.pilothouse.workspace.audit.AuditVerification;
import dev.pilothouse.workspace.deploy.DeployProgress;
import dev.pilothouse.workspace.proposal.ApprovalCount;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.versioning.DeployTag;
import dev.pilothouse.workspace.versioning.Version;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every review action of the console, checked on the server against the signed-in user's roles whatever the page
 * showed: viewers read, developers propose, approvers approve, reject, deploy and roll back. A refusal is audited
 * ({@code web.access-refused}) before it is thrown, and the workspace's own rules (no self-approval, validation,
 * content binding...) still apply after this check. People act as {@code human:<username>}.
 */
public final class ReviewActions {

    private final Optional<Governance> governance;
    private final AuditSink audit;

    public ReviewActions(GovernedWorkspace workspace, AuditSink audit) {
        this.governance = workspace.governance();
        this.audit = audit;
    }

    /**
     * A proposal with its files before and after, each of its changed files side by side, and the schema changes,
     * for the review page.
     */
    public record Review(
            Proposal proposal,
            Map<String, String> before,
            Map<String, String> after,
            List<SchemaChange> schemaChanges,
            List<FileDiff> files) {}

    public boolean governed() {
        return governance.isPresent();
    }

    public List<Proposal> proposals() {
        require(Role.VIEWER, "proposals.list", "");
        return governance().proposals().reversed();
    }

    public Review review(String id) {
        require(Role.VIEWER, "proposals.show", id);
        Governance g = governance();
        Proposal p = g.proposal(id);
        Comparison c = g.compare(p.base(), p.commit());
        return new Review(p, c.before(), c.after(), c.schemaChanges(), c.changedFiles(p.files()));
    }

    public Proposal propose(Map<String, String> files, String message) {
        Identity who = require(Role.DEVELOPER, "proposal.create", "");
        return governance().propose(files, who, message, Optional.empty());
    }

    /**
     * A developer's change as a proposal: {@code files} become its commit on a proposal branch; then the working
     * copy goes back to {@code main}'s files, since the change now lives in the proposal (and a deploy needs a clean
     * working copy). Returns the proposal; validate it with {@link #validate}.
     */
    public Proposal proposeAndReset(Map<String, String> files, String message, WorkspaceFiles workingCopy) {
        Proposal p = propose(files, message);
        Map<String, String> main = governance().files("main");
        for (String name : files.keySet()) {
            if (main.containsKey(name)) {
                workingCopy.write(name, main.get(name));
            } else {
                workingCopy.delete(name);
            }
        }
        return p;
    }

    /** Runs the validation pipeline as the signed-in developer; checks the role now, on the calling thread. */
    public Identity mayValidate(String id) {
        return require(Role.DEVELOPER, "proposal.validate", id);
    }

    public Proposal validate(String id, Identity who) {
        return governance().validate(id, who.toString());
    }

    /** Checks now that the caller may run a proposal's code unconfined (approvers: they have read the code). */
    public Actor mayRunUnconfined(String id) {
        return proved(Role.APPROVER, "proposal.validate-unconfined", id);
    }

    /** What an unconfined shadow run of the proposal would execute with this server's rights; empty when none. */
    public Optional<String> unconfinedWarning(String id) {
        require(Role.APPROVER, "proposal.validate-unconfined", id);
        return governance().unconfinedRunWarning(id);
    }

    /** Validates with the shadow run unconfined, as {@code who} (from {@link #mayRunUnconfined}). */
    public Proposal validateUnconfined(String id, Actor who) {
        return governance().validateUnconfined(id, who);
    }

    /** An admin accepts Harper's terms for the workspace's shadow; audited by the workspace. */
    public void acceptShadowTerms() {
        governance().acceptShadowTerms(proved(Role.ADMIN, "shadow.accept-terms", ""));
    }

    public Proposal approve(String id, String comment) {
        return approve(id, comment, false);
    }

    /** {@code acknowledgeSkipped}: the approver approves although validation steps did not run (audited). */
    public Proposal approve(String id, String comment, boolean acknowledgeSkipped) {
        return governance().approve(id, proved(Role.APPROVER, "proposal.approve", id), comment, acknowledgeSkipped);
    }

    /** The approvals that hold for a proposal now, against what its policy asks. */
    public ApprovalCount approvalCount(String id) {
        require(Role.VIEWER, "proposals.show", id);
        return governance().approvalCount(id);
    }

    public Proposal reject(String id, String comment) {
        return governance().reject(id, proved(Role.APPROVER, "proposal.reject", id), comment);
    }

    /** Checks the caller now; the returned actor (with the session's proof) may then deploy from another thread. */
    public Actor mayDeploy(String id) {
        return proved(Role.APPROVER, "deploy", id);
    }

    /** Deploys as {@code who}, which must come from {@link #mayDeploy}; returns the new {@code deploy/N}. */
    public String deploy(String id, Actor who, DeployProgress progress) {
        return governance().deploy(id, who, progress);
    }

    public Actor mayRollback(String tag) {
        return proved(Role.APPROVER, "rollback", tag);
    }

    public String rollback(String tag, Actor who, DeployProgress progress) {
        return governance().rollback(Optional.of(tag), who, progress);
    }

    public List<Version> history(int max) {
        require(Role.VIEWER, "history", "");
        return governance().history(max);
    }

    public List<DeployTag> deployTags() {
        require(Role.VIEWER, "history", "");
        return governance().deployTags();
    }

    public List<AuditEntry> auditEntries() {
        require(Role.VIEWER, "audit", "");
        return governance().audit().entries();
    }

    public AuditVerification verifyAudit() {
        require(Role.VIEWER, "audit.verify", "");
        return governance().verifyAudit();
    }

    /** Whether the signed-in user holds {@code role} (for showing controls; the actions check again). */
    public static boolean holds(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return false;
        }
        // every signed-in user reads; the other roles are granted one by one
        return role == Role.VIEWER
                || auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(role.authority()::equals);
    }

    private Identity require(Role role, String action, String subject) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String user = auth == null ? "anonymous" : auth.getName();
        if (auth == null || !holds(role)) {
            audit.record(AuditEvent.now(
                    user,
                    "access-refused",
                    subject,
                    Map.of("action", action, "required", role.name().toLowerCase(java.util.Locale.ROOT))));
            throw new AccessDeniedException(user + " may not " + action + ": it needs the "
                    + role.name().toLowerCase(java.util.Locale.ROOT) + " role");
        }
        return Identity.parse("human:" + user);
    }

    /** As {@link #require}, with the session's sign-in as the proof the audit entry records. */
    private Actor proved(Role role, String action, String subject) {
        return SessionSignIn.actor(require(role, action, subject).name());
    }

    private Governance governance() {
        return governance.orElseThrow(() -> new IllegalStateException("the workspace is not under governance;"
                + " create it with 'pilothouse init DIR --from APPDIR' and start the console on it"));
    }
}
