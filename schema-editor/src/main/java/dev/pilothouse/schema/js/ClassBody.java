package dev.pilothouse.schema.js;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the members of one class body: methods (with their modifiers), fields and static blocks. */
final class ClassBody {

    private static final Set<String> MODIFIERS = Set.of("static", "async", "get", "set", "accessor");

    private final JsStructure s;
    private final int from;
    private final int end;
    private final List<ResourceMethod> methods = new ArrayList<>();
    private final List<ClassField> fields = new ArrayList<>();

    ClassBody(JsStructure structure, int from, int end) {
        this.s = structure;
        this.from = from;
        this.end = end;
    }

    List<ResourceMethod> methods() {
        return methods;
    }

    List<ClassField> fields() {
        return fields;
    }

    void scan() {
        int i = from;
        while (i < end) {
            i = member(i);
        }
    }

    private int member(int start) {
        JsToken first = s.at(start);
        if (first.is(";")) {
            return start + 1;
        }
        if (first.is("static") && s.at(start + 1) != null && s.at(start + 1).is("{")) {
            return s.skip(start + 1);
        }
        boolean isStatic = false;
        ResourceMethod.Accessor accessor = ResourceMethod.Accessor.NONE;
        int i = start;
        while (i + 1 < end
                && s.at(i).isName()
                && MODIFIERS.contains(s.at(i).text())
                && startsName(s.at(i + 1))
                && !s.endsStatement(i, i + 1)) {
            String mod = s.at(i).text();
            isStatic |= mod.equals("static");
            if (mod.equals("get")) {
                accessor = ResourceMethod.Accessor.GETTER;
            } else if (mod.equals("set")) {
                accessor = ResourceMethod.Accessor.SETTER;
            }
            i++;
        }
        if (s.at(i).is("*")) {
            i++;
        }
        JsToken name = s.at(i);
        if (name == null || i >= end || !startsName(name)) {
            return unexpected(
                    i,
                    "unexpected '" + (name == null || i >= end ? "}" : name.text())
                            + "' in a class body: members are methods `name(...) { }` or fields `name = value`");
        }
        String memberName = name.is("[") ? "[computed]" : unquote(name);
        int after = s.skip(i);
        JsToken next = after < end ? s.at(after) : null;
        if (next != null && next.is("(")) {
            return method(start, after, memberName, isStatic, accessor);
        }
        if (name.is("function") && next != null && next.isName()) {
            return unexpected(i, "'function' is not allowed in a class body: write `" + next.text() + "(...) { }`");
        }
        if (next != null && next.is(":")) {
            return unexpected(
                    after,
                    "unexpected ':' after class member '" + memberName
                            + "': class bodies hold methods and fields, not object properties; write `" + memberName
                            + "(...) { }` or `" + memberName + " = value`");
        }
        return field(start, after, memberName, isStatic);
    }

    private int method(int start, int paren, String name, boolean isStatic, ResourceMethod.Accessor accessor) {
        checkParameters(paren, name);
        int afterParams = s.skip(paren);
        JsToken body = afterParams < end ? s.at(afterParams) : null;
        if (body == null || !body.is("{")) {
            return unexpected(
                    afterParams,
                    "expected '{' after the parameters of method '" + name + "', found '"
                            + (body == null ? "}" : body.text()) + "'");
        }
        int after = s.skip(afterParams);
        int endOffset = s.at(after - 1).end();
        methods.add(new ResourceMethod(name, s.lines().range(s.at(start).start(), endOffset), isStatic, accessor));
        if (after < end && s.at(after).is(",")) {
            return unexpected(
                    after, "unexpected ',' after method '" + name + "': class members are not separated by commas");
        }
        return after;
    }

    /** Flags two parameters written without a comma between them, the common slip in method headers. */
    private void checkParameters(int paren, String method) {
        int close = s.brackets().match(paren);
        if (close < 0) {
            return;
        }
        boolean inDefault = false;
        int i = paren + 1;
        while (i < close) {
            JsToken t = s.at(i);
            int next = s.skip(i);
            if (t.is("=")) {
                inDefault = true;
            } else if (t.is(",")) {
                inDefault = false;
            } else if (!inDefault
                    && next < close
                    && (t.isName() || t.is("}") || t.is("]") || next > i + 1)
                    && s.at(next).isName()
                    && !t.is("...")) {
                s.report(
                        next,
                        "expected ',' between the parameters of method '" + method + "', found '"
                                + s.at(next).text() + "'");
                return;
            }
            i = next;
        }
    }

    private int field(int start, int after, String name, boolean isStatic) {
        int i = after;
        int valueFrom = -1;
        if (i < end && s.at(i).is("=")) {
            valueFrom = ++i;
            while (i < end && !s.at(i).is(";") && !(i > valueFrom && s.endsStatement(i - 1, i))) {
                i = s.skip(i);
            }
        } else if (i < end && !s.at(i).is(";") && !s.endsStatement(i - 1, i)) {
            return unexpected(i, "unexpected '" + s.at(i).text() + "' after class member '" + name + "'");
        }
        String value = valueFrom < 0 || valueFrom >= i ? "" : textOf(valueFrom, i);
        int endOffset = s.at(Math.max(start, i - 1)).end();
        fields.add(new ClassField(name, s.lines().range(s.at(start).start(), endOffset), isStatic, value));
        return i < end && s.at(i).is(";") ? i + 1 : i;
    }

    private String textOf(int fromToken, int toToken) {
        StringBuilder out = new StringBuilder();
        for (int k = fromToken; k < toToken; k++) {
            out.append(k > fromToken ? " " : "").append(s.at(k).text());
        }
        return out.toString();
    }

    /** Reports, then resumes at the first token of the next line so one slip yields one diagnostic. */
    private int unexpected(int i, String message) {
        s.report(Math.min(i, end), message);
        int line = s.at(Math.min(i, end - 1)) == null
                ? 0
                : s.lines().line(s.at(Math.min(i, end - 1)).start());
        int k = Math.max(i, from);
        while (k < end && s.lines().line(s.at(k).start()) <= line) {
            k = s.skip(k);
        }
        return Math.max(k, i + 1);
    }

    private static boolean startsName(JsToken t) {
        return t.isName()
                || t.type() == JsTokenType.PRIVATE_NAME
                || t.type() == JsTokenType.STRING
                || t.type() == JsTokenType.NUMBER
                || t.is("[")
                || t.is("*");
    }

    private static String unquote(JsToken t) {
        if (t.type() == JsTokenType.STRING && t.text().length() >= 2) {
            return t.text().substring(1, t.text().length() - 1);
        }
        return t.text();
    }
}
