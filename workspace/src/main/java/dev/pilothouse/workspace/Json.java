package dev.pilothouse.workspace;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The JSON mappers of every kit above the runtime bridge, and atomic writes. One configuration (instants and
 * durations as ISO-8601 text, unknown properties ignored) in three shapes: indented for state files and people,
 * compact for JSON lines, the wire and hashes, and compact with map keys sorted for digests two places must agree on.
 * Nothing else constructs an {@code ObjectMapper} ({@code ArchitectureRules.ONE_JSON_POLICY}).
 */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new SimpleModule("pilothouse-time")
                    .addSerializer(Instant.class, new ToText<>())
                    .addDeserializer(Instant.class, new FromText<>(Instant::parse))
                    .addSerializer(Duration.class, new ToText<>())
                    .addDeserializer(Duration.class, new FromText<>(Duration::parse)))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** {@link #MAPPER} on one line. */
    public static final ObjectMapper COMPACT = MAPPER.copy().disable(SerializationFeature.INDENT_OUTPUT);

    /** {@link #COMPACT} with map entries sorted by key, so equal maps always give the same text. */
    public static final ObjectMapper SORTED_KEYS =
            COMPACT.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private Json() {}

    /** Writes to a sibling temp file, forces it to disk and moves it over {@code file} atomically (owner-only). */
    public static void writeAtomically(Path file, Object value) {
        try {
            OwnerOnly.writeAtomically(file, MAPPER.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    public static <T> T read(Path file, Class<T> type) {
        try {
            return MAPPER.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private static final class ToText<T> extends JsonSerializer<T> {
        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class FromText<T> extends JsonDeserializer<T> {
        private final java.util.function.Function<String, T> parse;

        FromText(java.util.function.Function<String, T> parse) {
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return parse.apply(p.getValueAsString());
        }
    }
}
