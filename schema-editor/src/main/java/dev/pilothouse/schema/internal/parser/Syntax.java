package dev.pilothouse.schema.internal.parser;

import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.diagnostic.Severity;
import dev.pilothouse.schema.text.LineMap;
import dev.pilothouse.schema.text.TextRange;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Shared helpers of the converter: ranges of contexts and syntax diagnostics found while converting. */
final class Syntax {

    private final LineMap lines;
    private final List<Diagnostic> diagnostics;

    Syntax(LineMap lines, List<Diagnostic> diagnostics) {
        this.lines = lines;
        this.diagnostics = diagnostics;
    }

    void error(TextRange range, String message) {
        diagnostics.add(new Diagnostic(Codes.SYNTAX, Severity.ERROR, range, message));
    }

    void error(String code, TextRange range, String message) {
        diagnostics.add(new Diagnostic(code, Severity.ERROR, range, message));
    }

    static TextRange range(LineMap lines, ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop();
        int s = start == null || start.getType() == Token.EOF ? 0 : start.getStartIndex();
        if (start != null && start.getType() == Token.EOF) {
            s = start.getStartIndex();
        }
        int e = stop == null || stop.getType() == Token.EOF || stop.getStopIndex() < s ? s : stop.getStopIndex() + 1;
        return lines.range(s, e);
    }
}
