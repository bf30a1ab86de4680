package dev.pilothouse.schema.js;

/**
 * What a resource class extends, read from its heritage expression: {@code tables.Product} is table Product in
 * the default database, {@code databases.shop.Product} is table Product in database shop.
 */
public record ExtendsTarget(Kind kind, String text, String database, String table) {

    public enum Kind {
        /** No {@code extends} clause. */
        NONE,
        /** {@code tables.X}: a table in the default database {@code data}. */
        TABLE,
        /** {@code databases.db.X}. */
        DATABASE_TABLE,
        /** Harper's global {@code Resource}. */
        RESOURCE,
        /** Anything else: another class, a mixin call, an imported base. */
        OTHER
    }

    public static final ExtendsTarget NONE = new ExtendsTarget(Kind.NONE, "", "", "");

    public static ExtendsTarget table(String text, String table) {
        return new ExtendsTarget(Kind.TABLE, text, "data", table);
    }

    public static ExtendsTarget databaseTable(String text, String database, String table) {
        return new ExtendsTarget(Kind.DATABASE_TABLE, text, database, table);
    }

    public static ExtendsTarget other(String text) {
        return new ExtendsTarget(text.equals("Resource") ? Kind.RESOURCE : Kind.OTHER, text, "", "");
    }

    /** Whether the class is backed by a Harper table. */
    public boolean isTable() {
        return kind == Kind.TABLE || kind == Kind.DATABASE_TABLE;
    }
}
