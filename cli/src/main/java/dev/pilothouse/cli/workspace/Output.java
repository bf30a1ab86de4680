package dev.pilothouse.cli.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.pilothouse.workspace.Json;

/** JSON output of the governed commands (same mapper as the console's state files). */
final class Output {

    private Output() {}

    static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "could not print " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
