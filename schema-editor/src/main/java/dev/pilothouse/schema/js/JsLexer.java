package dev.pilothouse.schema.js;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * A hand-written JavaScript (ES2022 module) lexer. It never throws: whatever it cannot read becomes a
 * {@link LexProblem} and lexing goes on, so highlighting and outlines survive half-typed code.
 */
public final class JsLexer {

    static final Set<String> KEYWORDS = Set.of(
            "break",
            "case",
            "catch",
            "class",
            "const",
            "continue",
            "debugger",
            "default",
            "delete",
            "do",
            "else",
            "export",
            "extends",
            "finally",
            "for",
            "function",
            "if",
            "import",
            "in",
            "instanceof",
            "new",
            "return",
            "super",
            "switch",
            "this",
            "throw",
            "try",
            "typeof",
            "var",
            "void",
            "while",
            "with",
            "true",
            "false",
            "null",
            "enum");

    /** After these keywords an expression starts, so a slash begins a regular expression. */
    private static final Set<String> EXPRESSION_KEYWORDS = Set.of(
            "return", "typeof", "instanceof", "in", "new", "delete", "void", "throw", "case", "do", "else", "extends");

    /** Contextual keywords that are lexed as identifiers but also start an expression. */
    private static final Set<String> EXPRESSION_WORDS = Set.of("of", "yield", "await");

    private static final String[] PUNCTUATORS = {
        ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=", "=>", "==", "!=", "<=", ">=",
        "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "**", "<<", ">>", "{", "}",
        "(", ")", "[", "]", ";", ",", "<", ">", "+", "-", "*", "/", "%", "&", "|", "^", "!", "~", "?", ":", "=", ".",
        "@"
    };

    /** Punctuators grouped by first character, longest first, so matching tries only a handful. */
    private static final String[][] BY_FIRST = new String[128][];

    static {
        for (char c = 0; c < 128; c++) {
            final char first = c;
            BY_FIRST[c] = java.util.Arrays.stream(PUNCTUATORS)
                    .filter(p -> p.charAt(0) == first)
                    .toArray(String[]::new);
        }
    }

    private final String src;
    private final int n;
    private int pos;
    private final List<JsToken> tokens;
    private final List<LexProblem> problems = new ArrayList<>();
    /** One entry per open template substitution: {brace depth when it opened, offset of its backtick}. */
    private final Deque<int[]> templates = new ArrayDeque<>();

    private int braceDepth;
    private JsToken lastSignificant;

    private JsLexer(String src) {
        this.src = src;
        this.n = src.length();
        this.tokens = new ArrayList<>(Math.max(16, n / 4)); // about one token per four characters of code
    }

    public static JsLexResult lex(String source) {
        JsLexer lexer = new JsLexer(source);
        lexer.run();
        return new JsLexResult(lexer.tokens, lexer.problems);
    }

    private void run() {
        if (src.startsWith("#!")) {
            int e = lineEnd(0);
            add(JsTokenType.LINE_COMMENT, 0, e);
            pos = e;
        }
        while (pos < n) {
            char c = src.charAt(pos);
            if (isWhitespace(c)) {
                pos++;
            } else {
                next(c);
            }
        }
        for (int[] open : templates) {
            problems.add(new LexProblem(LexProblem.Kind.UNTERMINATED_TEMPLATE, open[1], Math.min(n, open[1] + 1)));
        }
    }

    private void next(char c) {
        int start = pos;
        if (c == '/' && peek(1) == '/') {
            pos = lineEnd(pos);
            add(JsTokenType.LINE_COMMENT, start, pos);
        } else if (c == '/' && peek(1) == '*') {
            int close = src.indexOf("*/", pos + 2);
            pos = close < 0 ? n : close + 2;
            if (close < 0) {
                problems.add(new LexProblem(LexProblem.Kind.UNTERMINATED_COMMENT, start, start + 2));
            }
            add(JsTokenType.BLOCK_COMMENT, start, pos);
        } else if (c == '\'' || c == '"') {
            string(c);
        } else if (c == '`') {
            template(start, start + 1);
        } else if (c == '}' && !templates.isEmpty() && templates.peek()[0] == braceDepth) {
            template(templates.pop()[1], start + 1);
        } else if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
            number();
        } else if (c == '#' && identifierEnd(pos + 1) > pos + 1) {
            pos = identifierEnd(pos + 1);
            add(JsTokenType.PRIVATE_NAME, start, pos);
        } else if (isIdentStart(c) && identifierEnd(pos) > pos) {
            pos = identifierEnd(pos);
            String word = src.substring(start, pos);
            boolean afterDot = lastSignificant != null && (lastSignificant.is(".") || lastSignificant.is("?."));
            add(KEYWORDS.contains(word) && !afterDot ? JsTokenType.KEYWORD : JsTokenType.IDENTIFIER, start, pos);
        } else if (c == '/' && regexAllowed()) {
            regex();
        } else {
            punctuator(c);
        }
    }

    private void string(char quote) {
        int start = pos++;
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == quote) {
                pos++;
                add(JsTokenType.STRING, start, pos);
                return;
            }
            if (c == '\\') {
                pos += (peek(1) == '\r' && peek(2) == '\n') ? 3 : 2;
            } else if (c == '\n' || c == '\r') {
                break;
            } else {
                pos++;
            }
        }
        pos = Math.min(pos, n);
        problems.add(new LexProblem(LexProblem.Kind.UNTERMINATED_STRING, start, pos));
        add(JsTokenType.STRING, start, pos);
    }

    /** Scans one piece of a template literal starting at {@code from}, until a backtick or a substitution. */
    private void template(int backtick, int from) {
        int start = pos;
        pos = from;
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == '\\') {
                pos += 2;
            } else if (c == '`') {
                pos++;
                add(JsTokenType.TEMPLATE, start, pos);
                return;
            } else if (c == '$' && peek(1) == '{') {
                pos += 2;
                templates.push(new int[] {braceDepth, backtick});
                add(JsTokenType.TEMPLATE, start, pos);
                return;
            } else {
                pos++;
            }
        }
        pos = n;
        problems.add(new LexProblem(LexProblem.Kind.UNTERMINATED_TEMPLATE, backtick, Math.min(n, backtick + 1)));
        add(JsTokenType.TEMPLATE, start, pos);
    }

    private void number() {
        int start = pos;
        char c = src.charAt(pos);
        char x = Character.toLowerCase(peek(1));
        if (c == '0' && (x == 'x' || x == 'o' || x == 'b')) {
            pos += 2;
            while (pos < n && (Character.digit(src.charAt(pos), 16) >= 0 || src.charAt(pos) == '_')) {
                pos++;
            }
        } else {
            digits();
            if (pos < n && src.charAt(pos) == '.') {
                pos++;
                digits();
            }
            char e = pos < n ? src.charAt(pos) : 0;
            if ((e == 'e' || e == 'E')
                    && (isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && isDigit(peek(2))))) {
                pos += 2;
                digits();
            }
        }
        if (pos < n && src.charAt(pos) == 'n') {
            pos++;
        }
        add(JsTokenType.NUMBER, start, pos);
    }

    private void digits() {
        while (pos < n && (isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
    }

    private void regex() {
        int start = pos++;
        boolean inClass = false;
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == '\n' || c == '\r') {
                break;
            }
            pos++;
            if (c == '\\') {
                pos++;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                identifierPart();
                add(JsTokenType.REGEX, start, pos);
                return;
            }
        }
        pos = Math.min(pos, n);
        problems.add(new LexProblem(LexProblem.Kind.UNTERMINATED_REGEX, start, pos));
        add(JsTokenType.REGEX, start, pos);
    }

    private void punctuator(char c) {
        String[] candidates = c < 128 ? BY_FIRST[c] : new String[0];
        for (String p : candidates) {
            if (src.startsWith(p, pos) && !(p.equals("?.") && isDigit(peek(2)))) {
                int start = pos;
                pos += p.length();
                if (p.equals("{")) {
                    braceDepth++;
                } else if (p.equals("}")) {
                    braceDepth--;
                }
                add(JsTokenType.PUNCTUATOR, start, pos);
                return;
            }
        }
        int start = pos;
        pos += Character.charCount(src.codePointAt(pos));
        problems.add(new LexProblem(LexProblem.Kind.INVALID_CHARACTER, start, pos));
        tokens.add(new JsToken(JsTokenType.INVALID, start, pos, src.substring(start, pos)));
    }

    /** Whether a slash here starts a regular expression rather than a division, judged by the token before. */
    private boolean regexAllowed() {
        JsToken prev = lastSignificant;
        if (prev == null) {
            return true;
        }
        return switch (prev.type()) {
            case NUMBER, STRING, REGEX, PRIVATE_NAME -> false;
            case TEMPLATE -> prev.opensSubstitution();
            case IDENTIFIER -> EXPRESSION_WORDS.contains(prev.text());
            case KEYWORD -> EXPRESSION_KEYWORDS.contains(prev.text());
            case PUNCTUATOR -> !(prev.is(")") || prev.is("]") || prev.is("++") || prev.is("--"));
            default -> true;
        };
    }

    private void identifierPart() {
        pos = identifierEnd(pos);
    }

    /** End of the identifier characters from {@code from}; equal to it when none is there. */
    private int identifierEnd(int from) {
        int i = from;
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\\' && i + 1 < n && src.charAt(i + 1) == 'u') {
                i += 2;
            } else if (Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c) || c == '$') {
                i++;
            } else if (Character.isHighSurrogate(c) && Character.isLetter(src.codePointAt(i))) {
                i += 2;
            } else {
                return i;
            }
        }
        return i;
    }

    private void add(JsTokenType type, int start, int end) {
        JsToken token = new JsToken(type, start, end, src.substring(start, end));
        tokens.add(token);
        if (!type.isComment()) {
            lastSignificant = token;
        }
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < n
                && src.charAt(i) != '\n'
                && src.charAt(i) != '\r'
                && src.charAt(i) != '\u2028'
                && src.charAt(i) != '\u2029') {
            i++;
        }
        return i;
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < n ? src.charAt(i) : 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentStart(char c) {
        return Character.isJavaIdentifierStart(c) && c != '\u00a0' || c == '\\' || Character.isHighSurrogate(c);
    }

    static boolean isWhitespace(char c) {
        return c == ' '
                || c == '\t'
                || c == '\n'
                || c == '\r'
                || c == '\u000b'
                || c == '\f'
                || c == '\u00a0'
                || c == '\ufeff'
                || c == '\u2028'
                || c == '\u2029'
                || Character.getType(c) == Character.SPACE_SEPARATOR;
    }
}
