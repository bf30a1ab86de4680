package dev.pilothouse.schema.internal.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The token-level half of the schema formatter. The parse tree only says where definitions, members and list items
 * start; the output is the original token sequence with whitespace, commas and indentation rewritten, so nothing but
 * layout can change. {@link #verify} re-lexes the result and compares it token by token as a safety net.
 *
 * <p>Callers must only pass text without syntax errors.
 */
public final class Formatting {

    private static final String INDENT = "  ";

    private final List<Token> tokens;
    private final String eol;
    /** Token indexes where a top-level definition starts. */
    private final Set<Integer> definitionStarts = new HashSet<>();

    private final Set<Integer> definitionEnds = new HashSet<>();
    /** Token indexes where a member of a braced block (or a block-style argument list) starts. */
    private final Set<Integer> memberStarts = new HashSet<>();
    /** Braces and parentheses whose content is laid out one member per line. */
    private final Set<Integer> blockOpeners = new HashSet<>();

    private final Set<Integer> blockClosers = new HashSet<>();
    /** Description tokens: whatever follows them starts a new line. */
    private final Set<Integer> descriptions = new HashSet<>();
    /** Last tokens of inline list items that another item follows: a comma goes after them. */
    private final Set<Integer> itemEnds = new HashSet<>();

    private Formatting(List<Token> tokens, String eol) {
        this.tokens = tokens;
        this.eol = eol;
    }

    /** Formats {@code text}; returns null if it does not parse cleanly (the caller reports why). */
    public static String format(String text) {
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        SchemaLexer lexer = Lexing.lexer(text);
        lexer.removeErrorListeners();
        List<Token> all = new ArrayList<>();
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            all.add(t);
            if (t.getType() == Token.EOF) {
                break;
            }
        }
        CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(all));
        SchemaParser parser = new SchemaParser(stream);
        parser.removeErrorListeners();
        parser.setErrorHandler(new org.antlr.v4.runtime.BailErrorStrategy());
        SchemaParser.DocumentContext document;
        try {
            document = parser.document();
        } catch (org.antlr.v4.runtime.misc.ParseCancellationException e) {
            return null;
        }
        stream.fill();
        Formatting f = new Formatting(stream.getTokens(), eol);
        f.collect(document);
        return f.print();
    }

    /** True if {@code formatted} has the same tokens, comments and string values as {@code original}. */
    public static boolean verify(String original, String formatted) {
        return significant(original).equals(significant(formatted));
    }

    private static List<String> significant(String text) {
        SchemaLexer lexer = Lexing.lexer(text);
        lexer.removeErrorListeners();
        List<String> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getChannel() == SchemaLexer.TRIVIA && t.getType() != SchemaLexer.BOM) {
                continue;
            }
            String s = switch (t.getType()) {
                case SchemaLexer.BLOCK_STRING -> "S:" + StringValues.block(t.getText());
                case SchemaLexer.STRING ->
                    "S:" + StringValues.quoted(t.getText()).value();
                case SchemaLexer.COMMENT -> t.getText().stripTrailing();
                default -> t.getText();
            };
            out.add(t.getType() + " " + s);
        }
        return out;
    }

    // ---------------------------------------------------------------- structure

    private void collect(SchemaParser.DocumentContext document) {
        for (SchemaParser.DefinitionContext def : document.definition()) {
            definitionStarts.add(def.getStart().getTokenIndex());
            definitionEnds.add(def.getStop().getTokenIndex());
        }
        walk(document);
    }

    private void walk(ParseTree node) {
        if (node instanceof SchemaParser.TypeBodyContext body) {
            block(body.LBRACE().getSymbol(), body.RBRACE().getSymbol(), body.member());
        } else if (node instanceof SchemaParser.SchemaDefinitionContext schema) {
            block(schema.LBRACE().getSymbol(), schema.RBRACE().getSymbol(), schema.rootOperationType());
        } else if (node instanceof SchemaParser.SchemaExtensionContext ext && ext.LBRACE() != null) {
            block(ext.LBRACE().getSymbol(), ext.RBRACE().getSymbol(), ext.rootOperationType());
        } else if (node instanceof SchemaParser.SelectionSetContext set) {
            block(set.LBRACE().getSymbol(), set.RBRACE().getSymbol(), set.selection());
        } else if (node instanceof SchemaParser.ArgumentsDefinitionContext args) {
            boolean described = args.inputValueDefinition().stream().anyMatch(v -> v.description() != null);
            if (described) {
                block(args.LPAREN().getSymbol(), args.RPAREN().getSymbol(), args.inputValueDefinition());
            } else {
                items(args.inputValueDefinition());
            }
        } else if (node instanceof SchemaParser.ArgumentsContext args) {
            items(args.argument());
        } else if (node instanceof SchemaParser.VariableDefinitionsContext vars) {
            items(vars.variableDefinition());
        } else if (node instanceof SchemaParser.ValueContext value && value.LBRACK() != null) {
            items(value.value());
        } else if (node instanceof SchemaParser.ValueContext value && value.LBRACE() != null) {
            items(value.objectField());
        } else if (node instanceof SchemaParser.DescriptionContext description) {
            descriptions.add(description.getStop().getTokenIndex());
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            walk(node.getChild(i));
        }
    }

    private void block(Token open, Token close, List<? extends ParserRuleContext> members) {
        blockOpeners.add(open.getTokenIndex());
        blockClosers.add(close.getTokenIndex());
        for (ParserRuleContext m : members) {
            memberStarts.add(m.getStart().getTokenIndex());
        }
    }

    private void items(List<? extends ParserRuleContext> items) {
        for (int i = 0; i + 1 < items.size(); i++) {
            itemEnds.add(items.get(i).getStop().getTokenIndex());
        }
    }

    // ---------------------------------------------------------------- printing

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private int depth;
    private boolean lineOpen;
    private boolean forceBreak;
    private Token previous;
    /** Was the last thing printed an own-line comment at the top level between definitions? */
    private boolean lastWasTopComment;

    private String print() {
        int newlines = 0;
        boolean sawBom = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int type = t.getType();
            if (type == Token.EOF) {
                break;
            }
            if (t.getChannel() == SchemaLexer.TRIVIA) {
                if (type == SchemaLexer.NEWLINE) {
                    newlines++;
                } else if (type == SchemaLexer.BOM && !sawBom && previous == null && !lineOpen) {
                    sawBom = true;
                }
                continue;
            }
            if (type == SchemaLexer.COMMENT) {
                comment(t, newlines);
            } else {
                token(i, t, newlines);
            }
            newlines = 0;
        }
        flushLine();
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.isEmpty()) {
            return sawBom ? "\uFEFF" : "";
        }
        return (sawBom ? "\uFEFF" : "") + String.join(eol, lines) + eol;
    }

    private void comment(Token t, int newlines) {
        String text = t.getText().stripTrailing();
        boolean ownLine = previous == null || newlines > 0 || forceBreak;
        if (!ownLine) {
            line.append(' ').append(text);
            forceBreak = true;
            return;
        }
        boolean topLevel = depth == 0;
        if (previous == null && !lineOpen) {
            // first thing in the file
        } else if (topLevel
                && previous != null
                && definitionEnds.contains(previous.getTokenIndex())
                && !lastWasTopComment) {
            blankLine();
        } else if (newlines >= 2 && !opensBlock(previous)) {
            blankLine();
        } else {
            newLine();
        }
        startLine(depth);
        line.append(text);
        forceBreak = true;
        lastWasTopComment = topLevel && (previous == null || definitionEnds.contains(previous.getTokenIndex()));
    }

    private boolean opensBlock(Token t) {
        return t != null && blockOpeners.contains(t.getTokenIndex());
    }

    private void token(int i, Token t, int newlines) {
        boolean closer = blockClosers.contains(i);
        if (isCloser(t)) {
            depth--;
        }
        if (definitionStarts.contains(i)) {
            if (previous == null && !lineOpen) {
                // first definition of the file
            } else if (lastWasTopComment && newlines <= 1) {
                newLine();
            } else {
                blankLine();
            }
            startLine(0);
        } else if (memberStarts.contains(i)) {
            if (newlines >= 2 && !opensBlock(previous)) {
                blankLine();
            } else {
                newLine();
            }
            startLine(depth);
        } else if (closer || forceBreak || (previous != null && descriptions.contains(previous.getTokenIndex()))) {
            newLine();
            boolean continuation = forceBreak
                    && !isCloser(t)
                    && !(previous != null && descriptions.contains(previous.getTokenIndex()));
            startLine(depth + (continuation ? 1 : 0));
        } else if (previous != null) {
            if (spaceBetween(previous, t)) {
                line.append(' ');
            }
        } else {
            startLine(0);
        }
        lastWasTopComment = false;
        forceBreak = false;
        if (type(t) == SchemaLexer.BLOCK_STRING) {
            appendBlockString(t.getText());
        } else {
            line.append(t.getText());
        }
        if (itemEnds.contains(i)) {
            line.append(',');
        }
        if (isOpener(t)) {
            depth++;
        }
        if (definitionEnds.contains(i)) {
            depth = 0;
        }
        previous = t;
    }

    private static int type(Token t) {
        return t.getType();
    }

    private static boolean isOpener(Token t) {
        int k = t.getType();
        return k == SchemaLexer.LPAREN || k == SchemaLexer.LBRACK || k == SchemaLexer.LBRACE;
    }

    private static boolean isCloser(Token t) {
        int k = t.getType();
        return k == SchemaLexer.RPAREN || k == SchemaLexer.RBRACK || k == SchemaLexer.RBRACE;
    }

    private boolean spaceBetween(Token a, Token b) {
        int x = a.getType();
        int y = b.getType();
        if (itemEnds.contains(a.getTokenIndex())) {
            return true;
        }
        if (x == SchemaLexer.LPAREN || x == SchemaLexer.LBRACK || x == SchemaLexer.AT || x == SchemaLexer.DOLLAR) {
            return false;
        }
        if (x == SchemaLexer.LBRACE) {
            return false;
        }
        if (y == SchemaLexer.RPAREN || y == SchemaLexer.RBRACK || y == SchemaLexer.COLON || y == SchemaLexer.BANG) {
            return false;
        }
        if (y == SchemaLexer.RBRACE) {
            return false;
        }
        if (y == SchemaLexer.LPAREN) {
            return x != SchemaLexer.NAME && !isKeyword(x);
        }
        if (y == SchemaLexer.LBRACK && x == SchemaLexer.LBRACK) {
            return false;
        }
        return true;
    }

    private static boolean isKeyword(int k) {
        return k >= SchemaLexer.TYPE && k <= SchemaLexer.FRAGMENT;
    }

    /** Re-indents a multi-line block string to the current line's indentation; one-liners stay as written. */
    private void appendBlockString(String literal) {
        String value = StringValues.block(literal);
        if (!literal.contains("\n") && !literal.contains("\r") && !value.contains("\n")) {
            line.append(literal);
            return;
        }
        String indent = currentIndent();
        line.append("\"\"\"");
        for (String l : value.split("\n", -1)) {
            newLine();
            if (!l.isEmpty()) {
                line.append(indent).append(l.replace("\"\"\"", "\\\"\"\""));
            }
            lineOpen = true;
        }
        newLine();
        line.append(indent).append("\"\"\"");
        lineOpen = true;
    }

    private String currentIndent() {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return line.substring(0, n);
    }

    private void startLine(int level) {
        if (!line.isEmpty()) {
            return;
        }
        line.append(INDENT.repeat(Math.max(0, level)));
        lineOpen = true;
    }

    private void newLine() {
        if (lineOpen || !line.isEmpty()) {
            flushLine();
        }
    }

    private void blankLine() {
        newLine();
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
            lines.add("");
        }
    }

    private void flushLine() {
        if (lineOpen || !line.isEmpty()) {
            lines.add(stripTrailing(line.toString()));
        }
        line.setLength(0);
        lineOpen = false;
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return s.substring(0, end);
    }
}
