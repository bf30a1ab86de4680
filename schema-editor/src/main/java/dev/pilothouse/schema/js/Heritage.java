package dev.pilothouse.schema.js;

import java.util.ArrayList;
import java.util.List;

/** Reads an {@code extends} expression as a member path: {@code tables.X}, {@code databases['db'].X}, ... */
final class Heritage {

    private Heritage() {}

    static ExtendsTarget read(List<JsToken> tokens, String text) {
        String source =
                text.substring(tokens.getFirst().start(), tokens.getLast().end());
        List<String> path = path(tokens);
        if (path.size() == 2 && path.get(0).equals("tables")) {
            return ExtendsTarget.table(source, path.get(1));
        }
        if (path.size() == 3 && path.get(0).equals("databases")) {
            return ExtendsTarget.databaseTable(source, path.get(1), path.get(2));
        }
        return ExtendsTarget.other(source);
    }

    /** The segments of a plain member path, or an empty list when the expression is anything else. */
    private static List<String> path(List<JsToken> tokens) {
        List<String> path = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            JsToken t = tokens.get(i);
            if (path.isEmpty() && t.isName()) {
                path.add(t.text());
                i++;
            } else if (!path.isEmpty()
                    && t.is(".")
                    && i + 1 < tokens.size()
                    && tokens.get(i + 1).isName()) {
                path.add(tokens.get(i + 1).text());
                i += 2;
            } else if (!path.isEmpty()
                    && t.is("[")
                    && i + 2 < tokens.size()
                    && tokens.get(i + 1).type() == JsTokenType.STRING
                    && tokens.get(i + 2).is("]")) {
                String quoted = tokens.get(i + 1).text();
                path.add(quoted.substring(1, Math.max(1, quoted.length() - 1)));
                i += 3;
            } else {
                return List.of();
            }
        }
        return path;
    }
}
