package dev.pilothouse.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pilothouse.workspace.Json;
import dev.pilothouse.workspace.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Appends one JSON object per line to a file under $PILOTHOUSE_HOME (until the hash-chained log arrives). */
public final class JsonLinesAuditSink implements AuditSink {

    private static final ObjectMapper JSON = Json.COMPACT;

    private final Path file;

    public JsonLinesAuditSink(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void record(AuditEvent event) {
        try {
            OwnerOnly.createDirectories(file.getParent());
            try (FileChannel out = OwnerOnly.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC)) {
                out.write(ByteBuffer.wrap((JSON.writeValueAsString(event) + "\n").getBytes(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            // an act that cannot be audited must not silently succeed
            throw new UncheckedIOException("cannot write the audit log " + file, e);
        }
    }

    @Override
    public synchronized List<AuditEvent> recent(int limit) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<AuditEvent> events = new ArrayList<>();
            for (String line : lines.subList(Math.max(0, lines.size() - limit), lines.size())) {
                events.add(JSON.readValue(line, AuditEvent.class));
            }
            return events;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
