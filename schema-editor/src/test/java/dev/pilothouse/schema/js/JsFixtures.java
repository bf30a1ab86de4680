package dev.pilothouse.schema.js;

import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

final class JsFixtures {

    private JsFixtures() {}

    static String resource(String path) {
        try (InputStream in = JsFixtures.class.getResourceAsStream("/js/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DocumentSnapshot js(String text) {
        return new DocumentSnapshot("file:///app/resources.js", 3, text);
    }

    static List<Diagnostic> check(String text) {
        return new ResourcesChecker().check(js(text));
    }

    static List<Diagnostic> errors(String text) {
        return check(text).stream().filter(Diagnostic::isError).toList();
    }
}
