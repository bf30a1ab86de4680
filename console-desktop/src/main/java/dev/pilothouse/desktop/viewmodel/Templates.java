package dev.pilothouse.desktop.viewmodel;

/** Starting content of an app file created from the explorer: small, valid, and what Harper expects. */
final class Templates {

    private Templates() {}

    static String of(String name) {
        return switch (name) {
            case "schema.graphql" -> """
                    type Item @table @export {
                      id: ID @primaryKey
                      name: String @indexed
                    }
                    """;
            case "config.yaml" -> """
                    rest: true
                    graphqlSchema:
                      files: 'schema.graphql'
                    jsResource:
                      files: 'resources.js'
                    """;
            case "resources.js" -> """
                    import { Resource, tables } from 'harperdb';
                    """;
            default -> "";
        };
    }
}
