package dev.pilothouse.schema.js;

import java.util.List;

/** The tokens of a file, comments included, and what the lexer could not read. */
public record JsLexResult(List<JsToken> tokens, List<LexProblem> problems) {

    public JsLexResult {
        tokens = List.copyOf(tokens);
        problems = List.copyOf(problems);
    }
}
