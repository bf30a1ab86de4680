package dev.pilothouse.schema.complete;

import dev.pilothouse.schema.internal.parser.LexToken;
import dev.pilothouse.schema.internal.parser.LexToken.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What surrounds a caret, read from the tokens between the start of the enclosing definition and the caret only,
 * so it works on text that does not parse while the user types.
 */
record CaretContext(
        Where where,
        String typeName,
        String fieldType,
        String directive,
        String argument,
        Set<String> usedArguments,
        Set<String> bodyFields) {

    enum Where {
        TOP_LEVEL,
        TYPE_HEADER_DIRECTIVE,
        FIELD_DIRECTIVE,
        DIRECTIVE_ARGUMENT,
        ARGUMENT_VALUE,
        TYPE,
        NONE
    }

    private static final Set<String> DEFINITION_KEYWORDS =
            Set.of("type", "interface", "union", "enum", "input", "scalar");

    static CaretContext of(List<LexToken> tokens) {
        List<LexToken> sig = new ArrayList<>(tokens.size());
        for (LexToken t : tokens) {
            if (t.kind() != Kind.COMMENT && t.kind() != Kind.NEWLINE) {
                sig.add(t);
            }
        }
        String typeName = null;
        String fieldName = null;
        String fieldType = null;
        Set<String> bodyFields = new LinkedHashSet<>();
        int braces = 0;
        Deque<Paren> parens = new ArrayDeque<>();
        for (int i = 0; i < sig.size(); i++) {
            LexToken t = sig.get(i);
            LexToken prev = i > 0 ? sig.get(i - 1) : null;
            LexToken next = i + 1 < sig.size() ? sig.get(i + 1) : null;
            if (t.isName()
                    && braces == 0
                    && parens.isEmpty()
                    && prev != null
                    && prev.isName()
                    && DEFINITION_KEYWORDS.contains(prev.text())) {
                typeName = t.text();
            } else if (t.is("{")) {
                braces++;
            } else if (t.is("}")) {
                braces = Math.max(0, braces - 1);
                if (braces == 0) {
                    typeName = null;
                    bodyFields.clear();
                }
            } else if (t.is("(")) {
                boolean directive = prev != null
                        && prev.isName()
                        && i >= 2
                        && sig.get(i - 2).is("@");
                parens.push(new Paren(directive ? prev.text() : null, new LinkedHashSet<>()));
            } else if (t.is(")")) {
                parens.poll();
            } else if (t.isName() && next != null && next.is(":")) {
                if (!parens.isEmpty()) {
                    parens.peek().used().add(t.text());
                } else if (braces == 1) {
                    fieldName = t.text();
                    fieldType = null;
                    bodyFields.add(fieldName);
                }
            } else if (t.isName()
                    && braces == 1
                    && parens.isEmpty()
                    && fieldName != null
                    && fieldType == null
                    && prev != null
                    && (prev.is(":") || prev.is("["))) {
                fieldType = t.text();
            }
        }
        LexToken last = sig.isEmpty() ? null : sig.get(sig.size() - 1);
        Paren paren = parens.peek();
        if (paren != null && paren.directive() != null) {
            if (last != null && last.is(":")) {
                String arg = sig.size() >= 2 ? sig.get(sig.size() - 2).text() : null;
                return new CaretContext(
                        Where.ARGUMENT_VALUE, typeName, fieldType, paren.directive(), arg, paren.used(), bodyFields);
            }
            return new CaretContext(
                    Where.DIRECTIVE_ARGUMENT, typeName, fieldType, paren.directive(), null, paren.used(), bodyFields);
        }
        Where where;
        if (last == null) {
            where = Where.TOP_LEVEL;
        } else if (last.is("@")) {
            where = braces == 0 ? Where.TYPE_HEADER_DIRECTIVE : Where.FIELD_DIRECTIVE;
        } else if ((last.is(":") || last.is("[")) && (braces > 0 || paren != null)) {
            where = Where.TYPE;
        } else if (braces == 0
                && paren == null
                && (last.is("}") || last.kind() == Kind.STRING || last.kind() == Kind.BLOCK_STRING)) {
            where = Where.TOP_LEVEL;
        } else {
            where = Where.NONE;
        }
        return new CaretContext(where, typeName, fieldType, null, null, Set.of(), bodyFields);
    }

    private record Paren(String directive, Set<String> used) {}
}
