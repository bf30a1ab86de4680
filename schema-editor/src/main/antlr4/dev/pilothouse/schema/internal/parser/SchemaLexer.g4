// Lexer for GraphQL SDL as Harper reads schema.graphql (GraphQL spec, October 2021, §2.1 "Source Text").
// Comments, whitespace, commas and stray characters go to hidden channels, never skipped: the highlighter and the
// formatter read them. Unterminated strings are tokens of their own so the converter can report them precisely.
lexer grammar SchemaLexer;

channels { COMMENTS, TRIVIA, ERRORS }

tokens { UNTERMINATED_BLOCK_STRING }

@members {
    // Spec §2.9.4: inside a block string only a backslash followed by three quotes is an escape, and the string
    // ends at the first other triple quote. Scanned by hand: that needs four characters of lookahead.
    private void blockStringBody() {
        while (true) {
            int c = _input.LA(1);
            if (c == EOF) {
                setType(UNTERMINATED_BLOCK_STRING);
                return;
            }
            if (c == '\\' && _input.LA(2) == '"' && _input.LA(3) == '"' && _input.LA(4) == '"') {
                consumeChars(4);
            } else if (c == '"' && _input.LA(2) == '"' && _input.LA(3) == '"') {
                consumeChars(3);
                return;
            } else {
                consumeChars(1);
            }
        }
    }

    private void consumeChars(int n) {
        for (int i = 0; i < n; i++) {
            getInterpreter().consume(_input);
        }
    }
}

// §2.1.8 Punctuators
BANG: '!';
DOLLAR: '$';
AMP: '&';
LPAREN: '(';
RPAREN: ')';
SPREAD: '...';
COLON: ':';
EQ: '=';
AT: '@';
LBRACK: '[';
RBRACK: ']';
LBRACE: '{';
RBRACE: '}';
PIPE: '|';

// Keywords are only special in context; the parser's `name` rule accepts them as names.
TYPE: 'type';
INTERFACE: 'interface';
UNION: 'union';
ENUM: 'enum';
INPUT: 'input';
SCALAR: 'scalar';
EXTEND: 'extend';
SCHEMA: 'schema';
DIRECTIVE: 'directive';
IMPLEMENTS: 'implements';
REPEATABLE: 'repeatable';
ON: 'on';
TRUE: 'true';
FALSE: 'false';
NULL: 'null';
QUERY: 'query';
MUTATION: 'mutation';
SUBSCRIPTION: 'subscription';
FRAGMENT: 'fragment';

// §2.1.9 Names
NAME: [_A-Za-z] [_0-9A-Za-z]*;

// §2.9.1-2 Int and Float values
FLOAT: INT_PART (FRACTION EXPONENT? | EXPONENT);
INT: INT_PART;
fragment INT_PART: '-'? ('0' | [1-9] [0-9]*);
fragment FRACTION: '.' [0-9]+;
fragment EXPONENT: [eE] [+-]? [0-9]+;

// §2.9.4 String values. An unclosed block string runs to EOF as UNTERMINATED_BLOCK_STRING.
BLOCK_STRING: '"""' { blockStringBody(); };
STRING: '"' (ESCAPE | ~["\\\r\n])* '"';
UNTERMINATED_STRING: '"' (ESCAPE | ~["\\\r\n])*;
fragment ESCAPE: '\\' ~[\r\n];

// §2.1.4-7 Ignored tokens
COMMENT: '#' ~[\r\n]* -> channel(COMMENTS);
BOM: '\uFEFF' -> channel(TRIVIA);
WS: [ \t]+ -> channel(TRIVIA);
NEWLINE: ('\r\n' | '\r' | '\n') -> channel(TRIVIA);
COMMA: ',' -> channel(TRIVIA);

// Anything else: reported by the converter (PH103), invisible to the parser so recovery stays local.
ERROR_CHAR: . -> channel(ERRORS);
