package dev.pilothouse.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.workspace.audit.AuditLog;
import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.policy.PolicyStore;
import dev.pilothouse.workspace.requests.BoundaryChange;
import dev.pilothouse.workspace.requests.Change;
import dev.pilothouse.workspace.requests.ChangeRequest;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Policy changes as change requests: the whole next policy is the request's "after". */
public final class PolicyBoundary implements BoundaryChange {

    public static final String KIND = "policy";

    private final PolicyStore store;
    private final AuditLog audit;

    public PolicyBoundary(PolicyStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    public static PolicyBoundary in(PilothouseHome home, Clock clock) {
        return new PolicyBoundary(new PolicyStore(home.policyFile()), new AuditLog(home.auditLog(), clock));
    }

    /** The request for {@code next}; the summary names each setting that differs from {@code current}. */
    public static Change change(Policy current, Policy next) {
        return change(current, next, "policy.update", null);
    }

    static Change change(Policy current, Policy next, String action, String primitive) {
        Map<String, String> changed = PolicyChanges.between(current, next);
        String summary = changed.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
        Map<String, String> payload = new LinkedHashMap<>(changed);
        payload.put("policy", text(next));
        payload.put("action", action);
        if (primitive != null) {
            payload.put("primitive", primitive);
        }
        return new Change(KIND, "policy", summary, text(next), payload, Optional.empty());
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String current(Map<String, String> payload) {
        return text(store.load());
    }

    @Override
    public void apply(ChangeRequest request, Actor by) {
        try {
            store.save(Json.MAPPER.readValue(request.payload().get("policy"), Policy.class));
            ObjectNode details = JsonNodeFactory.instance.objectNode().put("request", request.id());
            details.set("proof", by.proof().toJson());
            request.payload().forEach((k, v) -> {
                if (!k.equals("policy") && !k.equals("action")) {
                    details.put(k, v);
                }
            });
            details.put("before", request.before()).put("after", request.after());
            audit.append(by.toString(), request.payload().getOrDefault("action", "policy.update"), details);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("request " + request.id() + " carries no readable policy", e);
        }
    }

    static String text(Policy policy) {
        try {
            return Json.MAPPER
                    .writer()
                    .without(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(policy);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
