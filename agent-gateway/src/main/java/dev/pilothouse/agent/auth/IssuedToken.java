package dev.pilothouse.agent.auth;

/** A freshly created agent and its bearer token, which exists only in this value and is shown once. */
public record IssuedToken(Agent agent, String token) {

    @Override
    public String toString() {
        return "IssuedToken[" + agent.name() + ", token hidden]";
    }
}
