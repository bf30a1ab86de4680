package dev.pilothouse.schema.internal.parser;

import java.util.regex.Pattern;

/**
 * Where our syntax verdict deliberately differs from graphql-java's. Harper parses schemas with graphql-js, so
 * where the two Java-visible references differ we follow graphql-js (what Harper will actually do).
 */
final class Deliberate {

    /** graphql-java accepts empty bodies `{}`; graphql-js (Harper) rejects them: a body needs one member. */
    private static final Pattern EMPTY_BODY = Pattern.compile("(type|interface|input|enum)\\s+\\w+[^{}\"#]*\\{\\s*}");
    /** graphql-java accepts the legacy `implements A B`; graphql-js 16 requires `&` between interfaces. */
    private static final Pattern IMPLEMENTS_WITHOUT_AMP = Pattern.compile("implements\\s+&?\\s*\\w+\\s+\\w+\\s*[{@]");

    private Deliberate() {}

    static boolean explains(String text, boolean oursAccepts, graphql.language.Document theirs) {
        if (oursAccepts) {
            return false;
        }
        return EMPTY_BODY.matcher(text).find()
                || IMPLEMENTS_WITHOUT_AMP.matcher(text).find()
                || bodyReadAsQuery(theirs);
    }

    /**
     * graphql-java can read a malformed body, `type T { a: Int b }`, as `type T` without a body followed by an
     * anonymous query `{ a: Int b }`. graphql-js commits to the body once it sees `{` and rejects the text.
     */
    private static boolean bodyReadAsQuery(graphql.language.Document theirs) {
        if (theirs == null) {
            return false;
        }
        var definitions = theirs.getDefinitions();
        for (int i = 1; i < definitions.size(); i++) {
            if (definitions.get(i) instanceof graphql.language.OperationDefinition op
                    && op.getName() == null
                    && definitions.get(i - 1) instanceof graphql.language.SDLDefinition<?>) {
                return true;
            }
        }
        return false;
    }
}
