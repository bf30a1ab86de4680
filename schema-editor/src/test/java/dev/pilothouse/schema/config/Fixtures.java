package dev.pilothouse.schema.config;

import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

final class Fixtures {

    private Fixtures() {}

    static String resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/config/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DocumentSnapshot config(String text) {
        return new DocumentSnapshot("file:///app/config.yaml", 7, text);
    }

    static List<Diagnostic> check(String text) {
        return new ConfigChecker().check(config(text), null);
    }

    static List<Diagnostic> check(String text, Path appDir) {
        return new ConfigChecker().check(config(text), appDir);
    }

    static List<Diagnostic> withCode(List<Diagnostic> diagnostics, String code) {
        return diagnostics.stream().filter(d -> d.code().equals(code)).toList();
    }
}
