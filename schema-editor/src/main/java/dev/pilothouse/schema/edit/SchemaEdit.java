package dev.pilothouse.schema.edit;

/**
 * One change to a schema.graphql, as a designer asks for it. {@link SchemaEditor#apply} turns it into minimal text
 * edits; nothing here depends on a UI toolkit. Type texts are GraphQL type references such as {@code String!} or
 * {@code [ID]}.
 */
public sealed interface SchemaEdit {

    /** A short sentence for undo menus and status lines. */
    String describe();

    /** A new {@code type Name @table} with one primary-key attribute, at the end of the file. */
    record AddTable(String name, String keyName, String keyType, String database, boolean export)
            implements SchemaEdit {
        public AddTable(String name) {
            this(name, "id", "ID", null, false);
        }

        public String describe() {
            return "Add table " + name;
        }
    }

    /** Renames the type and every type reference to it (relationship fields included). */
    record RenameTable(String table, String newName) implements SchemaEdit {
        public String describe() {
            return "Rename table " + table + " to " + newName;
        }
    }

    /**
     * Removes the table, its description and the comment lines directly above it. Refused while other attributes
     * are typed with it, unless {@code removeReferences}, which removes those attributes too.
     */
    record RemoveTable(String table, boolean removeReferences) implements SchemaEdit {
        public String describe() {
            return "Remove table " + table;
        }
    }

    record AddAttribute(String table, String name, String type) implements SchemaEdit {
        public String describe() {
            return "Add " + table + "." + name + ": " + type;
        }
    }

    /** Renames the attribute and the {@code @relationship(from:/to:)} arguments that name it. */
    record RenameAttribute(String table, String attribute, String newName) implements SchemaEdit {
        public String describe() {
            return "Rename " + table + "." + attribute + " to " + newName;
        }
    }

    /** Removes the attribute; refused while a {@code @relationship(from:/to:)} names it. */
    record RemoveAttribute(String table, String attribute) implements SchemaEdit {
        public String describe() {
            return "Remove " + table + "." + attribute;
        }
    }

    record ChangeType(String table, String attribute, String newType) implements SchemaEdit {
        public String describe() {
            return "Change " + table + "." + attribute + " to " + newType;
        }
    }

    /** Sets or clears {@code @primaryKey}; setting it moves it from the table's current key. */
    record SetPrimaryKey(String table, String attribute, boolean on) implements SchemaEdit {
        public String describe() {
            return (on ? "Make " : "Unmake ") + table + "." + attribute + " the primary key";
        }
    }

    /** Adds or removes {@code @indexed} (with its arguments). */
    record SetIndexed(String table, String attribute, boolean on) implements SchemaEdit {
        public String describe() {
            return (on ? "Index " : "Unindex ") + table + "." + attribute;
        }
    }

    /**
     * Adds {@code name: Target @relationship(from: ..., to: ...)}; {@code from} names an attribute of {@code table},
     * {@code to} one of {@code target}; either may be null, not both. The attribute is a list when {@code to} is
     * given or {@code from} holds a list of keys (docs/harper-schema.md).
     */
    record AddRelationship(String table, String name, String target, String from, String to) implements SchemaEdit {
        public String describe() {
            return "Relate " + table + "." + name + " to " + target;
        }
    }

    /** Removes a relationship attribute (one carrying {@code @relationship}). */
    record RemoveRelationship(String table, String attribute) implements SchemaEdit {
        public String describe() {
            return "Remove relationship " + table + "." + attribute;
        }
    }

    /** Adds {@code @export} or changes its {@code name:}; a null {@code name} exports under the type name. */
    record SetExport(String table, String name) implements SchemaEdit {
        public String describe() {
            return "Export " + table + (name == null ? "" : " as /" + name + "/");
        }
    }

    record RemoveExport(String table) implements SchemaEdit {
        public String describe() {
            return "Stop exporting " + table;
        }
    }
}
