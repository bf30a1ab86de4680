package dev.pilothouse.runtime;

/**
 * add_node answered HTTP 200 but its message says the link failed ("... but there was an error updating target
 * node: ..."). Harper created the node record; the sockets are down.
 */
public final class ReplicationLinkException extends HarperException {

    private final String serverMessage;

    public ReplicationLinkException(String url, String serverMessage) {
        super("Replication link to " + url + " is not up: " + serverMessage);
        this.serverMessage = serverMessage;
    }

    public String serverMessage() {
        return serverMessage;
    }
}
