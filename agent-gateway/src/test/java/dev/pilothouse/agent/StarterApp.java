package dev.pilothouse.agent;

import java.util.Map;

/** App texts the tests start from and propose. */
final class StarterApp {

    static final String CONFIG =
            "rest: true\ngraphqlSchema:\n  files: 'schema.graphql'\njsResource:\n" + "  files: 'resources.js'\n";
    static final String RESOURCES = "import { Resource } from 'harperdb';\n\nexport class Status extends Resource {\n"
            + "  get() {\n    return { status: 'ok' };\n  }\n}\n";
    static final String SCHEMA = "type Customer @table @export {\n  id: ID @primaryKey\n  name: String @indexed\n"
            + "  email: String\n}\n\ntype Vault @table @export {\n  id: ID @primaryKey\n  secret: String\n}\n";

    private StarterApp() {}

    static Map<String, String> files() {
        return Map.of("schema.graphql", SCHEMA, "config.yaml", CONFIG, "resources.js", RESOURCES);
    }

    /** The schema with one attribute added to a table. */
    static String withAttribute(String table, String attribute) {
        return SCHEMA.replace(
                "type " + table + " @table @export {\n  id: ID @primaryKey\n",
                "type " + table + " @table @export {\n  id: ID @primaryKey\n  " + attribute + ": String\n");
    }
}
