package dev.pilothouse.desktop.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pilothouse.desktop.viewmodel.LogSource;
import dev.pilothouse.desktop.viewmodel.RuntimePort;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@link LogSource} over Harper's {@code read_log} operation (runtime-bridge's client): entries from an instant on,
 * ascending (Harper 4.7's {@code order: desc} drops entries), ANSI colour codes stripped.
 */
public final class HarperLogs implements LogSource {

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");

    @Override
    public List<Entry> read(RuntimePort.Connection connection, Instant from, int limit) {
        JsonNode answer = connection.client().call("read_log", Map.of("limit", limit, "from", from.toString()));
        List<Entry> entries = new ArrayList<>();
        for (JsonNode e : answer) {
            entries.add(new Entry(
                    time(e.path("timestamp").asText()),
                    e.path("level").asText("info"),
                    e.path("thread").asText(""),
                    ANSI.matcher(e.path("message").asText("")).replaceAll("")));
        }
        return entries;
    }

    private static Instant time(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH; // an entry without a usable time still shows; it sorts first
        }
    }
}
