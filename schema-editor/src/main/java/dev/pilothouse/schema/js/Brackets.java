package dev.pilothouse.schema.js;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Matches (), [], {} and template substitutions over the significant tokens of a file. Mismatches are recovered
 * from the way an editor user expects: a closer that matches a deeper opener closes everything above it.
 */
final class Brackets {

    /** An opener never closed ({@code closer} null) or a closer that does not fit ({@code opener} may be null). */
    record Problem(JsToken opener, JsToken closer) {}

    private final List<JsToken> code;
    private final int[] match;
    private final List<Problem> problems = new ArrayList<>();

    private Brackets(List<JsToken> code) {
        this.code = code;
        this.match = new int[code.size()];
        Arrays.fill(match, -1);
    }

    static Brackets of(List<JsToken> code) {
        Brackets b = new Brackets(code);
        b.run();
        return b;
    }

    /** Index of the token matching the bracket at {@code index}, or -1 when there is none. */
    int match(int index) {
        return match[index];
    }

    List<Problem> problems() {
        return problems;
    }

    private void run() {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < code.size(); i++) {
            JsToken t = code.get(i);
            char closes = closerKind(t);
            if (closes != 0) {
                close(open, i, closes);
            }
            if (openerKind(t) != 0) {
                open.push(i);
            }
        }
        List<Integer> rest = new ArrayList<>(open);
        for (int k = rest.size() - 1; k >= 0; k--) {
            problems.add(new Problem(code.get(rest.get(k)), null));
        }
    }

    private void close(Deque<Integer> open, int i, char kind) {
        JsToken closer = code.get(i);
        if (!open.isEmpty() && openerKind(code.get(open.peek())) == kind) {
            pair(open.pop(), i);
            return;
        }
        boolean deeper = open.stream().anyMatch(o -> openerKind(code.get(o)) == kind);
        if (!deeper) {
            problems.add(new Problem(open.isEmpty() ? null : code.get(open.peek()), closer));
            return;
        }
        while (openerKind(code.get(open.peek())) != kind) {
            problems.add(new Problem(code.get(open.pop()), closer));
        }
        pair(open.pop(), i);
    }

    private void pair(int opener, int closer) {
        match[opener] = closer;
        match[closer] = opener;
    }

    /** The kind of bracket a token opens: '(', '[', '{' or '$' for a template substitution; 0 for none. */
    static char openerKind(JsToken t) {
        if (t.type() == JsTokenType.PUNCTUATOR) {
            return switch (t.text()) {
                case "(" -> '(';
                case "[" -> '[';
                case "{" -> '{';
                default -> 0;
            };
        }
        return t.opensSubstitution() ? '$' : 0;
    }

    static char closerKind(JsToken t) {
        if (t.type() == JsTokenType.PUNCTUATOR) {
            return switch (t.text()) {
                case ")" -> '(';
                case "]" -> '[';
                case "}" -> '{';
                default -> 0;
            };
        }
        return t.closesSubstitution() ? '$' : 0;
    }

    static String display(JsToken t) {
        if (t.type() == JsTokenType.TEMPLATE) {
            return t.closesSubstitution() ? "}" : "${";
        }
        return t.text();
    }
}
