package dev.pilothouse.workspace.requests;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.audit.AuditLog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The one way a boundary changes: policy, roles, agent tokens, plugin trust. An admin files a {@link Change}; with
 * a second admin it waits until another admin approves it, and without one it applies at once, flagged
 * "changed by a lone admin" until a second admin acknowledges it. Nobody asks for or approves a change to their own
 * roles, nobody approves their own request, and a request whose subject changed since it was filed is refused.
 * Every request, decision and refusal is audited with the state before and after. The CLI and both consoles call
 * only this class.
 */
public final class ChangeRequests {

    /** The banner every screen shows while a lone admin's change is unacknowledged. */
    public static final String LONE_ADMIN = "changed by a lone admin";

    private final RequestFile file;
    private final AuditLog audit;
    private final Clock clock;
    private final Supplier<Set<Identity>> admins;
    private final Map<String, BoundaryChange> kinds = new LinkedHashMap<>();

    /**
     * Admins are counted by {@link Admins#of} over {@code home}, on every call: no shell brings a count of its own,
     * so the CLI and both consoles decide alike.
     */
    public ChangeRequests(PilothouseHome home, Clock clock, List<BoundaryChange> changes) {
        this.file = new RequestFile(home.requestsFile());
        this.audit = new AuditLog(home.auditLog(), clock);
        this.clock = clock;
        this.admins = () -> Admins.of(home);
        changes.forEach(c -> kinds.put(c.kind(), c));
    }

    public List<ChangeRequest> list() {
        return file.load();
    }

    public ChangeRequest get(String id) {
        return list().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new Refusal(
                        "unknown-request", "no change request " + id + " (see 'pilothouse" + " requests list')"));
    }

    public List<ChangeRequest> pending() {
        return list().stream()
                .filter(r -> r.state() == ChangeRequest.State.PENDING)
                .toList();
    }

    /** Changes a lone admin made that no second admin has acknowledged yet. */
    public List<ChangeRequest> flagged() {
        return list().stream().filter(ChangeRequest::flagged).toList();
    }

    /** The text every screen shows while {@link #flagged()} is not empty. */
    public Optional<String> loneAdminWarning() {
        List<ChangeRequest> flagged = flagged();
        if (flagged.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Boundary " + (flagged.size() == 1 ? "change " : "changes ")
                + String.join(", ", flagged.stream().map(ChangeRequest::id).toList()) + " " + LONE_ADMIN
                + ": a second admin must"
                + " acknowledge " + (flagged.size() == 1 ? "it" : "them") + " ('pilothouse requests acknowledge')");
    }

    /** Files a change; applied at once (and flagged) when {@code who} is the only admin, else pending. */
    public synchronized ChangeRequest file(Actor who, Change change) {
        ObjectNode details = details(who)
                .put("kind", change.kind())
                .put("subject", change.subject())
                .put("after", change.after());
        return audited(who, "request.file", details, () -> {
            requireAdmin(who);
            BoundaryChange kind = kind(change.kind());
            if (change.affects().filter(a -> a.equals(who.who().toString())).isPresent()) {
                throw new Refusal(
                        "no-self-role-change",
                        "nobody changes their own roles, not even a lone admin;" + " another admin must ask for it");
            }
            String before = kind.current(change.payload());
            details.put("before", before);
            if (before.equals(change.after())) {
                throw new Refusal("unchanged", change.subject() + " is already " + before);
            }
            List<ChangeRequest> all = new ArrayList<>(list());
            all.stream()
                    .filter(r -> r.state() == ChangeRequest.State.PENDING
                            && r.kind().equals(change.kind())
                            && r.subject().equals(change.subject()))
                    .findFirst()
                    .ifPresent(r -> {
                        throw new Refusal(
                                "request-pending",
                                r.id() + " already asks to change " + r.subject() + "; approve"
                                        + " or reject it first");
                    });
            ChangeRequest filed = new ChangeRequest(
                    "R" + (all.size() + 1),
                    change.kind(),
                    change.subject(),
                    change.summary(),
                    before,
                    change.after(),
                    change.payload(),
                    change.affects().orElse(null),
                    who.toString(),
                    who.proof().toString(),
                    clock.instant(),
                    ChangeRequest.State.PENDING,
                    null,
                    null,
                    null,
                    null,
                    false,
                    null,
                    null);
            details.put("request", filed.id());
            boolean lone = admins.get().size() < 2;
            details.put("loneAdmin", lone);
            if (!lone) {
                audit.append(who.toString(), "request.filed", details);
                all.add(filed);
                file.save(all);
                return filed;
            }
            // no second admin to ask: it applies now, and stays flagged until a second admin acknowledges it
            audit.append(who.toString(), "request.filed", details.put("applied", LONE_ADMIN));
            kind.apply(filed, who);
            ChangeRequest applied = filed.appliedByLoneAdmin(clock.instant());
            all.add(applied);
            file.save(all);
            return applied;
        });
    }

    /** A second admin approves: the change applies now, if its subject is still as it was when filed. */
    public synchronized ChangeRequest approve(String id, Actor who) {
        ObjectNode details = details(who).put("request", id);
        return audited(who, "request.approve", details, () -> {
            requireAdmin(who);
            ChangeRequest request = pendingRequest(id, details);
            if (request.requestedBy().equals(who.toString())) {
                throw new Refusal(
                        "no-self-approval", id + " was asked for by " + who + "; another admin approves" + " it");
            }
            if (who.who().toString().equals(request.affects())) {
                throw new Refusal(
                        "no-self-role-change", id + " changes " + who + "'s own roles; another admin" + " approves it");
            }
            BoundaryChange kind = kind(request.kind());
            String now = kind.current(request.payload());
            if (!now.equals(request.before())) {
                throw new Refusal(
                        "request-stale",
                        request.subject() + " changed since " + id + " was filed (was " + request.before() + ", is "
                                + now + "); reject it and file a new one");
            }
            kind.apply(request, who);
            return save(
                    request.decided(
                            ChangeRequest.State.APPLIED,
                            who.toString(),
                            who.proof().toString(),
                            clock.instant(),
                            null),
                    who,
                    "request.approved",
                    details);
        });
    }

    /** Any admin rejects a pending request (the one who asked withdraws it this way); nothing changes. */
    public synchronized ChangeRequest reject(String id, Actor who, String reason) {
        ObjectNode details = details(who).put("request", id).put("reason", reason);
        return audited(who, "request.reject", details, () -> {
            requireAdmin(who);
            ChangeRequest request = pendingRequest(id, details);
            return save(
                    request.decided(
                            ChangeRequest.State.REJECTED,
                            who.toString(),
                            who.proof().toString(),
                            clock.instant(),
                            reason),
                    who,
                    "request.rejected",
                    details);
        });
    }

    /**
     * A second admin acknowledges every flagged change someone else made; their own stay flagged, and so does a
     * change to their own roles (the promotion that made them an admin waits for yet another admin).
     */
    public synchronized List<ChangeRequest> acknowledge(Actor who) {
        ObjectNode details = details(who);
        return audited(who, "request.acknowledge", details, () -> {
            requireAdmin(who);
            if (admins.get().size() < 2) {
                throw new Refusal(
                        "no-second-admin",
                        "a lone admin's changes are acknowledged by a second admin;" + " there is none yet");
            }
            List<ChangeRequest> all = new ArrayList<>(list());
            List<ChangeRequest> done = new ArrayList<>();
            List<String> ownRoles = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                ChangeRequest r = all.get(i);
                if (!r.flagged() || r.requestedBy().equals(who.toString())) {
                    continue;
                }
                // the admin a lone admin promoted is not the second pair of eyes on that promotion
                if (who.who().toString().equals(r.affects())) {
                    ownRoles.add(r.id());
                    continue;
                }
                all.set(i, r.acknowledged(who.toString(), clock.instant()));
                done.add(all.get(i));
            }
            if (done.isEmpty() && !ownRoles.isEmpty()) {
                throw new Refusal(
                        "no-self-role-change",
                        String.join(", ", ownRoles) + " changed " + who + "'s own" + " roles; an admin other than "
                                + who + " and the one who asked acknowledges it");
            }
            if (done.isEmpty()) {
                throw new Refusal(
                        "nothing-to-acknowledge",
                        "no change by another lone admin waits for " + who
                                + "; an admin's own changes are acknowledged by someone else");
            }
            file.save(all);
            details.put(
                    "requests",
                    String.join(",", done.stream().map(ChangeRequest::id).toList()));
            audit.append(who.toString(), "request.acknowledged", details);
            return List.copyOf(done);
        });
    }

    private ChangeRequest pendingRequest(String id, ObjectNode details) {
        ChangeRequest request = get(id);
        details.put("kind", request.kind())
                .put("subject", request.subject())
                .put("before", request.before())
                .put("after", request.after())
                .put("requestedBy", request.requestedBy());
        if (request.state() != ChangeRequest.State.PENDING) {
            throw new Refusal(
                    "request-decided",
                    id + " is already " + request.state().name().toLowerCase(java.util.Locale.ROOT));
        }
        return request;
    }

    private ChangeRequest save(ChangeRequest decided, Actor who, String action, ObjectNode details) {
        List<ChangeRequest> all = new ArrayList<>(list());
        all.replaceAll(r -> r.id().equals(decided.id()) ? decided : r);
        file.save(all);
        audit.append(who.toString(), action, details);
        return decided;
    }

    private void requireAdmin(Actor who) {
        if (!who.who().isHuman()) {
            throw new Refusal("humans-only", who + " is an agent; only an admin changes the boundary");
        }
        Set<Identity> now = admins.get();
        if (!now.isEmpty() && !now.contains(who.who())) {
            throw new Refusal(
                    "admin-only", who + " is not an admin; only an admin asks for or decides boundary" + " changes");
        }
    }

    private BoundaryChange kind(String name) {
        BoundaryChange kind = kinds.get(name);
        if (kind == null) {
            throw new Refusal(
                    "unknown-change",
                    "this console cannot apply '" + name + "' changes (it knows " + String.join(", ", kinds.keySet())
                            + ")");
        }
        return kind;
    }

    private static ObjectNode details(Actor who) {
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        details.set("proof", who.proof().toJson());
        return details;
    }

    private <T> T audited(Actor who, String action, ObjectNode details, Supplier<T> body) {
        try {
            return file.locked(body);
        } catch (Refusal refusal) {
            audit.append(
                    who.toString(),
                    action + ".refused",
                    details.deepCopy().put("rule", refusal.rule()).put("reason", refusal.getMessage()));
            throw refusal;
        }
    }
}
