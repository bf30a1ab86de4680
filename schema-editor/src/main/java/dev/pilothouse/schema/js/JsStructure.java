package dev.pilothouse.schema.js;

import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.diagnostic.Severity;
import dev.pilothouse.schema.text.LineMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the top-level shape of resources.js from its tokens: classes (heritage, methods, fields), exports and
 * export lists. It does not parse statements or expressions; it skips bracket groups whole, which is why it stays
 * linear and survives broken code.
 */
final class JsStructure {

    static final String UNEXPECTED = "PH402";

    private final String text;
    private final LineMap lines;
    private final List<JsToken> code;
    private final Brackets brackets;
    private final Map<String, ResourceClass> classes = new LinkedHashMap<>();
    private final List<ExportedSymbol> symbols = new ArrayList<>();
    private final Map<String, String> exportList = new LinkedHashMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();

    private JsStructure(String text, LineMap lines, List<JsToken> code) {
        this.text = text;
        this.lines = lines;
        this.code = code;
        this.brackets = Brackets.of(code);
    }

    static JsStructure of(String text, LineMap lines, JsLexResult lexed) {
        List<JsToken> code = lexed.tokens().stream()
                .filter(t -> !t.type().isComment() && t.type() != JsTokenType.INVALID)
                .toList();
        JsStructure s = new JsStructure(text, lines, code);
        s.scanTopLevel();
        return s;
    }

    Brackets brackets() {
        return brackets;
    }

    List<JsToken> code() {
        return code;
    }

    List<ResourceClass> classes() {
        return classes.values().stream()
                .map(c -> exportList.containsKey(c.name()) ? c.exportedAs(exportList.get(c.name())) : c)
                .toList();
    }

    List<ExportedSymbol> symbols() {
        return symbols;
    }

    List<Diagnostic> problems() {
        return problems;
    }

    private void scanTopLevel() {
        int i = 0;
        while (i < code.size()) {
            JsToken t = code.get(i);
            if (t.is("export")) {
                i = exportDeclaration(i);
            } else if (t.is("class") && (i == 0 || !code.get(i - 1).is("."))) {
                i = classDeclaration(i, false);
            } else {
                i = skip(i);
            }
        }
    }

    private int exportDeclaration(int at) {
        int i = at + 1;
        if (at(i) != null && at(i).is("default")) {
            i++;
        }
        JsToken t = at(i);
        if (t == null) {
            return report(at, "expected a declaration after 'export'");
        }
        if (t.is("class")) {
            return classDeclaration(i, true);
        }
        if (t.is("async") && at(i + 1) != null && at(i + 1).is("function")) {
            i++;
            t = at(i);
        }
        if (t.is("function")) {
            int nameAt = at(i + 1) != null && at(i + 1).is("*") ? i + 2 : i + 1;
            JsToken name = at(nameAt);
            if (name != null && name.isName()) {
                symbols.add(new ExportedSymbol(name.text(), ExportedSymbol.Kind.FUNCTION, range(name)));
            }
            return i + 1;
        }
        if (t.is("const") || t.is("let") || t.is("var")) {
            return variables(i);
        }
        if (t.is("{")) {
            return exportList(i);
        }
        if (t.is("*") || code.get(at + 1).is("default")) {
            return i;
        }
        return report(i, "expected a declaration after 'export', found '" + t.text() + "'");
    }

    private int variables(int kw) {
        ExportedSymbol.Kind kind =
                ExportedSymbol.Kind.valueOf(code.get(kw).text().toUpperCase(java.util.Locale.ROOT));
        int i = kw + 1;
        while (i < code.size()) {
            JsToken name = code.get(i);
            if (!name.isName()) {
                return name.is("{") || name.is("[") ? skip(i) : i;
            }
            if (at(i + 1) != null
                    && at(i + 1).is("=")
                    && at(i + 2) != null
                    && at(i + 2).is("class")) {
                return classExpression(i + 2, name);
            }
            symbols.add(new ExportedSymbol(name.text(), kind, range(name)));
            i = endOfInitializer(i + 1);
            if (at(i) == null || !at(i).is(",")) {
                return i;
            }
            i++;
        }
        return i;
    }

    /** Skips an optional initializer up to the next top-level ',' or ';' or line break that ends the statement. */
    private int endOfInitializer(int from) {
        int i = from;
        while (i < code.size()) {
            JsToken t = code.get(i);
            if (t.is(",") || t.is(";") || Brackets.closerKind(t) != 0) {
                return i;
            }
            int next = skip(i);
            if (next < code.size() && endsStatement(next - 1, next)) {
                return next;
            }
            i = next;
        }
        return i;
    }

    private int exportList(int brace) {
        int close = brackets.match(brace);
        int end = close < 0 ? code.size() : close;
        for (int i = brace + 1; i < end; i++) {
            JsToken local = code.get(i);
            if (!local.isName()) {
                continue;
            }
            String alias = local.text();
            if (i + 2 < end && code.get(i + 1).is("as")) {
                alias = code.get(i + 2).text();
                i += 2;
            }
            exportList.put(local.text(), alias);
        }
        return close < 0 ? code.size() : close + 1;
    }

    private int classExpression(int kw, JsToken boundName) {
        return classAt(kw, boundName, true);
    }

    private int classDeclaration(int kw, boolean exported) {
        JsToken name = at(kw + 1);
        if (name == null || !name.isName() || name.is("extends")) {
            if (!exported) {
                return report(kw + 1, "expected a class name after 'class'");
            }
            name = null;
        }
        return classAt(kw, name, exported);
    }

    private int classAt(int kw, JsToken name, boolean exported) {
        int i = kw + 1;
        if (at(i) != null && at(i) == name) {
            i++;
        }
        ExtendsTarget heritage = ExtendsTarget.NONE;
        if (at(i) != null && at(i).is("extends")) {
            int from = ++i;
            while (i < code.size() && !code.get(i).is("{")) {
                i = skip(i);
            }
            if (i == from) {
                return report(i, "expected the class to extend after 'extends'");
            }
            heritage = Heritage.read(code.subList(from, i), text);
        }
        if (at(i) == null || !at(i).is("{")) {
            return report(
                    i,
                    "expected '{' to start the body of class " + (name == null ? "" : name.text())
                            + (at(i) == null ? " before the end of the file" : ", found '" + at(i).text() + "'"));
        }
        int close = brackets.match(i);
        int end = close < 0 ? code.size() : close;
        String className = name == null ? "default" : name.text();
        ClassBody body = new ClassBody(this, i + 1, end);
        body.scan();
        int endOffset = close < 0 ? text.length() : code.get(close).end();
        ResourceClass cls = new ResourceClass(
                className,
                exported ? className : "",
                lines.range(code.get(kw).start(), endOffset),
                name == null ? lines.range(code.get(kw).start(), code.get(kw).end()) : range(name),
                heritage,
                body.methods(),
                body.fields());
        classes.putIfAbsent(className, cls);
        return close < 0 ? code.size() : close + 1;
    }

    /** Index after the token at {@code i}, or after its whole bracket group when it opens one. */
    int skip(int i) {
        int m = Brackets.openerKind(code.get(i)) != 0 ? brackets.match(i) : -1;
        if (m > i) {
            return m + 1;
        }
        return i + 1;
    }

    /**
     * Whether automatic semicolon insertion would end a statement between two tokens: a line break with no
     * operator that continues the expression on either side.
     */
    boolean endsStatement(int prev, int next) {
        JsToken a = code.get(prev);
        JsToken b = code.get(next);
        if (lines.line(a.end()) == lines.line(b.start())) {
            return false;
        }
        boolean aContinues = a.type() == JsTokenType.PUNCTUATOR
                && !a.is(")")
                && !a.is("]")
                && !a.is("}")
                && !a.is("++")
                && !a.is("--");
        boolean bContinues = b.type() == JsTokenType.PUNCTUATOR
                && !b.is("(")
                && !b.is("[")
                && !b.is("{")
                && !b.is("!")
                && !b.is("~")
                && !b.is("++")
                && !b.is("--")
                && !b.is("}");
        return !aContinues && !bContinues && !b.is("in") && !b.is("instanceof");
    }

    JsToken at(int i) {
        return i >= 0 && i < code.size() ? code.get(i) : null;
    }

    dev.pilothouse.schema.text.TextRange range(JsToken t) {
        return lines.range(t.start(), t.end());
    }

    LineMap lines() {
        return lines;
    }

    /** Reports an unexpected token (or the end of the file) at index {@code i} and returns where to go on. */
    int report(int i, String message) {
        JsToken t = at(i);
        int start = t == null ? text.length() : t.start();
        int end = t == null ? text.length() : t.end();
        if (problems.size() < 200) {
            problems.add(new Diagnostic(
                    UNEXPECTED,
                    Severity.ERROR,
                    lines.range(start, end),
                    message + " at line " + lines.line(start) + ", column " + lines.column(start)));
        }
        return t == null ? code.size() : skip(i);
    }
}
