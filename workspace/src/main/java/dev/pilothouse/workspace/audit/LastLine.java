package dev.pilothouse.workspace.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pilothouse.workspace.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Optional;

/**
 * The log's last entry read from the end of the file, backwards to the line break before it: what an append needs
 * (count and hash) without reading the entries before it.
 */
final class LastLine {

    private static final ObjectMapper MAPPER = Json.COMPACT;
    private static final int CHUNK = 4096;

    private LastLine() {}

    /** The last entry's seq and hash; empty for an empty log. */
    static Optional<AuditCheckpoint> read(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return Optional.empty();
        }
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, size - 1);
        if (one.get(0) != '\n') {
            throw new IOException("the audit log ends in a partial line (a write was cut off or the file edited)");
        }
        JsonNode node = MAPPER.readTree(bytesBefore(channel, size - 1));
        if (node == null
                || !node.path("seq").canConvertToLong()
                || !node.path("hash").isTextual()) {
            throw new IOException("the audit log's last line is not an entry (the file was edited)");
        }
        return Optional.of(
                new AuditCheckpoint(node.path("seq").asLong(), node.path("hash").asText()));
    }

    /** The bytes from the line break before {@code end} (exclusive) to {@code end}. */
    private static byte[] bytesBefore(FileChannel channel, long end) throws IOException {
        ByteArrayOutputStream reversedChunks = new ByteArrayOutputStream();
        long pos = end;
        while (pos > 0) {
            int n = (int) Math.min(CHUNK, pos);
            ByteBuffer buf = ByteBuffer.allocate(n);
            channel.read(buf, pos - n);
            byte[] chunk = buf.array();
            for (int i = n - 1; i >= 0; i--) {
                if (chunk[i] == '\n') {
                    return join(chunk, i + 1, n, reversedChunks.toByteArray());
                }
            }
            reversedChunks = prepend(chunk, reversedChunks.toByteArray());
            pos -= n;
        }
        return reversedChunks.toByteArray();
    }

    private static byte[] join(byte[] chunk, int from, int to, byte[] rest) {
        byte[] out = new byte[to - from + rest.length];
        System.arraycopy(chunk, from, out, 0, to - from);
        System.arraycopy(rest, 0, out, to - from, rest.length);
        return out;
    }

    private static ByteArrayOutputStream prepend(byte[] chunk, byte[] rest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(chunk.length + rest.length);
        out.writeBytes(chunk);
        out.writeBytes(rest);
        return out;
    }
}
