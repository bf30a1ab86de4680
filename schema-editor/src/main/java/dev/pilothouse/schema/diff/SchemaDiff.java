package dev.pilothouse.schema.diff;

import dev.pilothouse.schema.ast.TypeRef;
import dev.pilothouse.schema.model.Attribute;
import dev.pilothouse.schema.model.Export;
import dev.pilothouse.schema.model.Index;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.schema.model.Table;
import dev.pilothouse.schema.model.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares two schema versions the way Harper will apply them: tables are matched by type name (Harper cannot
 * rename a table), attributes by name. Every change gets a stable {@link DiffCode}; the result is sorted by table,
 * attribute (table-level changes first) and code.
 */
public final class SchemaDiff {

    /** Old type → new types Harper accepts without rejecting stored values, and how safe that is. */
    private static final Map<String, Map<String, Classification>> TYPE_CHANGES = Map.of(
            "Int", Map.of("Long", Classification.SAFE, "Float", Classification.SAFE, "BigInt", Classification.REVIEW),
            "Long", Map.of("Float", Classification.SAFE, "BigInt", Classification.REVIEW),
            "String", Map.of("ID", Classification.SAFE, "Bytes", Classification.REVIEW, "Blob", Classification.REVIEW),
            "ID", Map.of("String", Classification.REVIEW),
            "Bytes", Map.of("Blob", Classification.REVIEW),
            "Date", Map.of());

    private SchemaDiff() {}

    public static List<SchemaChange> diff(SchemaModel oldModel, SchemaModel newModel) {
        List<SchemaChange> out = new ArrayList<>();
        List<Table> removed = new ArrayList<>();
        List<Table> added = new ArrayList<>();
        for (Table old : oldModel.tables()) {
            newModel.table(old.typeName()).ifPresentOrElse(now -> table(old, now, out), () -> removed.add(old));
        }
        for (Table now : newModel.tables()) {
            if (oldModel.table(now.typeName()).isEmpty()) {
                added.add(now);
            }
        }
        for (Table old : removed) {
            out.add(SchemaChange.of(
                    DiffCode.D101,
                    old.typeName(),
                    null,
                    "Table " + old.typeName() + " ("
                            + old.qualifiedName()
                            + ") is no longer defined: its records are no longer served or validated"
                            + (old.export() != null
                                    ? " and clients of /" + old.export().pathFor(old.typeName()) + " get 404"
                                    : "")));
        }
        for (Table now : added) {
            out.add(SchemaChange.of(
                    DiffCode.D100,
                    now.typeName(),
                    null,
                    "Table " + now.typeName() + " (" + now.qualifiedName() + ") is created empty"));
            for (Table old : removed) {
                if (shape(old).equals(shape(now))) {
                    out.add(SchemaChange.of(
                            DiffCode.D102,
                            now.typeName(),
                            null,
                            "Table " + now.typeName()
                                    + " has the same attributes as removed table " + old.typeName()
                                    + ": Harper cannot rename tables, so this is a new empty table and the records of "
                                    + old.typeName() + " are not moved"));
                }
            }
        }
        out.sort(Comparator.comparing(SchemaChange::table)
                .thenComparing(SchemaChange::attribute, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(SchemaChange::code));
        return List.copyOf(out);
    }

    private static Set<String> shape(Table t) {
        return t.attributes().stream()
                .map(a -> a.name() + ":" + a.type().display())
                .collect(Collectors.toSet());
    }

    private static void table(Table old, Table now, List<SchemaChange> out) {
        String name = now.typeName();
        if (!old.database().equals(now.database())) {
            out.add(SchemaChange.of(
                    DiffCode.D103,
                    name,
                    null,
                    "Database changes from " + old.database() + " to "
                            + now.database() + ": Harper creates a new empty table " + now.qualifiedName()
                            + "; the records stay in " + old.qualifiedName()));
        }
        if (!old.tableName().equals(now.tableName())) {
            out.add(SchemaChange.of(
                    DiffCode.D104,
                    name,
                    null,
                    "Table name changes from " + old.tableName()
                            + " to " + now.tableName() + ": Harper creates a new empty table " + now.qualifiedName()
                            + "; the records stay in " + old.qualifiedName()));
        }
        options(old, now, out);
        export(old, now, out);
        String oldKey = old.primaryKey().map(Attribute::name).orElse(null);
        String newKey = now.primaryKey().map(Attribute::name).orElse(null);
        if (!Objects.equals(oldKey, newKey)) {
            out.add(SchemaChange.of(
                    DiffCode.D230,
                    name,
                    newKey != null ? newKey : oldKey,
                    "Primary key changes from "
                            + (oldKey == null ? "none" : oldKey) + " to " + (newKey == null ? "none" : newKey)
                            + ": existing records stay keyed by their old key; lookups by id and clients that build URLs"
                            + " from the key break"));
        }
        for (Attribute a : old.attributes()) {
            now.attribute(a.name())
                    .ifPresentOrElse(
                            b -> attribute(name, a, b, out),
                            () -> out.add(
                                    a.stored()
                                            ? SchemaChange.of(
                                                    DiffCode.D202,
                                                    name,
                                                    a.name(),
                                                    "Attribute " + a.name()
                                                            + " is removed: stored values are no longer returned or validated, and clients that"
                                                            + " read or write it break")
                                            : SchemaChange.of(
                                                    DiffCode.D203,
                                                    name,
                                                    a.name(),
                                                    "Derived attribute " + a.name()
                                                            + " is removed: clients that select it break")));
        }
        for (Attribute b : now.attributes()) {
            if (old.attribute(b.name()).isEmpty()) {
                added(name, b, out);
            }
        }
    }

    private static void added(String table, Attribute b, List<SchemaChange> out) {
        if (b.relationship() != null) {
            out.add(SchemaChange.of(
                    DiffCode.D400,
                    table,
                    b.name(),
                    "Relationship " + b.name() + " to " + b.relationship().targetType()
                            + " is added (not stored; returned only when selected)"));
            return;
        }
        boolean serverSet = b.timestamp() != Timestamp.NONE || b.primaryKey() || b.computed() != null;
        if (b.nonNull() && !serverSet) {
            out.add(SchemaChange.of(
                    DiffCode.D201,
                    table,
                    b.name(),
                    "Non-null attribute " + b.name() + ": "
                            + b.type().display() + " is added: existing records lack it, so updates of them and writes"
                            + " that omit it are rejected ('Property " + b.name() + " is required')"));
        } else {
            out.add(SchemaChange.of(
                    DiffCode.D200,
                    table,
                    b.name(),
                    "Attribute " + b.name() + ": " + b.type().display()
                            + " is added; existing records read it as null"));
        }
        if (b.index() != null) {
            out.add(SchemaChange.of(
                    DiffCode.D300,
                    table,
                    b.name(),
                    "Attribute " + b.name() + " is indexed"
                            + (b.index().vector() ? " with an HNSW vector index" : "")));
        }
    }

    private static void attribute(String table, Attribute a, Attribute b, List<SchemaChange> out) {
        String n = b.name();
        type(table, a, b, out);
        if (!a.nonNull() && b.nonNull()) {
            out.add(SchemaChange.of(
                    DiffCode.D220,
                    table,
                    n,
                    "Attribute " + n + " becomes non-null ("
                            + a.type().display() + " → " + b.type().display() + "): records without a value fail"
                            + " validation on their next update, and writes that omit it are rejected"));
        } else if (a.nonNull() && !b.nonNull()) {
            out.add(SchemaChange.of(
                    DiffCode.D221,
                    table,
                    n,
                    "Attribute " + n + " becomes nullable (" + a.type().display() + " → "
                            + b.type().display() + "); clients must accept null"));
        }
        index(table, n, a.index(), b.index(), out);
        relationship(table, a, b, out);
        if (a.timestamp() != b.timestamp()) {
            out.add(SchemaChange.of(
                    DiffCode.D240,
                    table,
                    n,
                    "Attribute " + n + " changes from "
                            + timestamp(a.timestamp()) + " to " + timestamp(b.timestamp())
                            + ": existing records keep the values they have"));
        }
        if (a.computed() == null && b.computed() != null) {
            out.add(SchemaChange.of(
                    DiffCode.D241,
                    table,
                    n,
                    "Attribute " + n + " becomes @computed: stored values"
                            + " are ignored and writes to it fail ('Computed property " + n
                            + " may not be directly assigned a value')"));
        } else if (a.computed() != null && b.computed() == null) {
            out.add(SchemaChange.of(
                    DiffCode.D242,
                    table,
                    n,
                    "Attribute " + n + " is no longer @computed: existing"
                            + " records have no stored value for it until written"));
        } else if (a.computed() != null && !a.computed().equals(b.computed())) {
            out.add(SchemaChange.of(
                    DiffCode.D243,
                    table,
                    n,
                    "Computed attribute " + n + " changes its expression"
                            + " or version: indexed computed values are rebuilt"));
        }
        if (a.expiresAt() != b.expiresAt()) {
            out.add(SchemaChange.of(
                    DiffCode.D244,
                    table,
                    n,
                    "Attribute " + n
                            + (b.expiresAt()
                                    ? " now sets each record's expiry time: records may disappear"
                                    : " no longer sets each record's expiry time")));
        }
        if (!new TreeSet<>(a.allowedRoles()).equals(new TreeSet<>(b.allowedRoles()))) {
            out.add(SchemaChange.of(
                    DiffCode.D245,
                    table,
                    n,
                    "Roles allowed to access " + n + " change from " + new TreeSet<>(a.allowedRoles()) + " to "
                            + new TreeSet<>(b.allowedRoles())));
        }
    }

    private static String timestamp(Timestamp t) {
        return switch (t) {
            case NONE -> "a plain value";
            case CREATED -> "@createdTime";
            case UPDATED -> "@updatedTime";
        };
    }

    private static void type(String table, Attribute a, Attribute b, List<SchemaChange> out) {
        String n = b.name();
        TypeRef x = a.type();
        TypeRef y = b.type();
        String change = x.display() + " → " + y.display();
        if (x.listDepth() != y.listDepth()) {
            out.add(SchemaChange.of(
                    DiffCode.D213,
                    table,
                    n,
                    "Attribute " + n + " changes shape (" + change
                            + "): stored " + (x.listDepth() > y.listDepth() ? "arrays fail" : "single values fail")
                            + " validation on update and clients read a different shape"));
            return;
        }
        String from = x.base().name().value();
        String to = y.base().name().value();
        if (!from.equals(to)) {
            Classification c = to.equals("Any")
                    ? Classification.SAFE
                    : TYPE_CHANGES.getOrDefault(from, Map.of()).getOrDefault(to, Classification.BREAKING);
            DiffCode code = switch (c) {
                case SAFE -> DiffCode.D210;
                case REVIEW -> DiffCode.D211;
                case BREAKING -> DiffCode.D212;
            };
            String why = switch (c) {
                case SAFE -> ": every stored value is still valid";
                case REVIEW -> ": Harper coerces stored values, but clients see a different type";
                case BREAKING ->
                    ": stored values may not be valid " + to + " and fail validation on their next"
                            + " update; clients see a different type";
            };
            out.add(SchemaChange.of(code, table, n, "Attribute " + n + " changes type (" + change + ")" + why));
            return;
        }
        // Same base and list depth: compare non-null on list elements.
        int tighter = 0;
        int looser = 0;
        TypeRef p = x;
        TypeRef q = y;
        while (p instanceof TypeRef.ListOf lp && q instanceof TypeRef.ListOf lq) {
            p = lp.element();
            q = lq.element();
            if (!p.nonNull() && q.nonNull()) {
                tighter++;
            } else if (p.nonNull() && !q.nonNull()) {
                looser++;
            }
        }
        if (tighter > 0) {
            out.add(SchemaChange.of(
                    DiffCode.D220,
                    table,
                    n,
                    "Elements of " + n + " become non-null (" + change
                            + "): arrays holding null fail validation on update"));
        } else if (looser > 0) {
            out.add(SchemaChange.of(
                    DiffCode.D221,
                    table,
                    n,
                    "Elements of " + n + " become nullable (" + change + "); clients must accept null elements"));
        }
    }

    private static void index(String table, String n, Index a, Index b, List<SchemaChange> out) {
        if (a == null && b != null) {
            out.add(SchemaChange.of(
                    DiffCode.D300,
                    table,
                    n,
                    "Attribute " + n + " gets "
                            + (b.vector() ? "an HNSW vector index" : "an index")
                            + ": Harper builds it over all existing"
                            + " records at startup, which takes time and I/O on large tables"));
        } else if (a != null && b == null) {
            out.add(SchemaChange.of(
                    DiffCode.D301,
                    table,
                    n,
                    "Index on " + n + " is removed: queries that filter" + " or sort only on " + n + " fail with '" + n
                            + " is not indexed'"));
        } else if (a != null
                && (!Objects.equals(a.type(), b.type()) || !a.options().equals(b.options()))) {
            out.add(SchemaChange.of(
                    DiffCode.D302,
                    table,
                    n,
                    "Index on " + n + " changes (" + describe(a) + " → " + describe(b)
                            + "): the index is rebuilt and search results and speed change"));
        }
    }

    private static String describe(Index i) {
        String type = i.type() == null ? "standard" : i.type();
        return i.options().isEmpty() ? type : type + " " + new java.util.TreeMap<>(i.options());
    }

    private static void relationship(String table, Attribute a, Attribute b, List<SchemaChange> out) {
        String n = b.name();
        if (a.relationship() == null && b.relationship() != null) {
            out.add(SchemaChange.of(
                    DiffCode.D400,
                    table,
                    n,
                    "Attribute " + n + " becomes a relationship to "
                            + b.relationship().targetType() + ": it is no longer stored"));
        } else if (a.relationship() != null && b.relationship() == null) {
            out.add(SchemaChange.of(
                    DiffCode.D401,
                    table,
                    n,
                    "Relationship " + n + " is removed: clients that"
                            + " select it get a plain (empty) attribute instead of the related records"));
        } else if (a.relationship() != null && !a.relationship().equals(b.relationship())) {
            out.add(SchemaChange.of(
                    DiffCode.D402,
                    table,
                    n,
                    "Relationship " + n + " changes (" + relation(a) + " → " + relation(b)
                            + "): it resolves to different records"));
        }
    }

    private static String relation(Attribute a) {
        var r = a.relationship();
        return (r.from() != null ? "from " + r.from() : "") + (r.from() != null && r.to() != null ? ", " : "")
                + (r.to() != null ? "to " + r.to() : "") + " on " + a.type().display();
    }

    private static void export(Table old, Table now, List<SchemaChange> out) {
        String name = now.typeName();
        Export a = old.export();
        Export b = now.export();
        if (a == null && b != null) {
            out.add(SchemaChange.of(DiffCode.D500, name, null, "Table is exported at /" + b.pathFor(name)));
            return;
        }
        if (a != null && b == null) {
            out.add(SchemaChange.of(
                    DiffCode.D501,
                    name,
                    null,
                    "Export /" + a.pathFor(old.typeName()) + " is removed: clients of the endpoint get 404"));
            return;
        }
        if (a == null) {
            return;
        }
        if (!a.pathFor(old.typeName()).equals(b.pathFor(name))) {
            out.add(SchemaChange.of(
                    DiffCode.D502,
                    name,
                    null,
                    "Export moves from /" + a.pathFor(old.typeName()) + " to /" + b.pathFor(name)
                            + ": clients of the old path get 404"));
        }
        if (a.rest() && !b.rest()) {
            out.add(SchemaChange.of(DiffCode.D503, name, null, "REST, WebSocket and SSE access is turned off"));
        } else if (!a.rest() && b.rest()) {
            out.add(SchemaChange.of(DiffCode.D504, name, null, "REST, WebSocket and SSE access is turned on"));
        }
        if (a.mqtt() && !b.mqtt()) {
            out.add(SchemaChange.of(DiffCode.D505, name, null, "MQTT access is turned off"));
        } else if (!a.mqtt() && b.mqtt()) {
            out.add(SchemaChange.of(DiffCode.D506, name, null, "MQTT access is turned on"));
        }
    }

    private static void options(Table old, Table now, List<SchemaChange> out) {
        String name = now.typeName();
        String caveat = now.primaryKey().isEmpty()
                ? " (note: Harper ignores @table setting changes on an existing table without @primaryKey)"
                : "";
        var a = old.options();
        var b = now.options();
        seconds(
                name,
                "expiration",
                a.expiration(),
                b.expiration(),
                DiffCode.D600,
                DiffCode.D601,
                ": records older than that disappear",
                caveat,
                out);
        seconds(
                name,
                "eviction",
                a.eviction(),
                b.eviction(),
                DiffCode.D602,
                DiffCode.D603,
                ": expired records are removed sooner or later than before",
                caveat,
                out);
        if (!Objects.equals(a.scanInterval(), b.scanInterval())) {
            out.add(SchemaChange.of(
                    DiffCode.D604,
                    name,
                    null,
                    "scanInterval changes from "
                            + value(a.scanInterval()) + " to " + value(b.scanInterval())
                            + ": expired records are swept at a different pace" + caveat));
        }
        if (!Objects.equals(a.audit(), b.audit())) {
            out.add(SchemaChange.of(
                    DiffCode.D610,
                    name,
                    null,
                    "audit changes from " + value(a.audit()) + " to "
                            + value(b.audit())
                            + (Boolean.FALSE.equals(b.audit())
                                    ? ": the audit log (history, undo) stops for this table"
                                    : ": writes are recorded in the audit" + " log, which costs storage")
                            + caveat));
        }
        if (!Objects.equals(a.replicate(), b.replicate())) {
            out.add(SchemaChange.of(
                    DiffCode.D611,
                    name,
                    null,
                    "replicate changes from " + value(a.replicate()) + " to " + value(b.replicate())
                            + ": which nodes hold this table's records changes" + caveat));
        }
        if (!old.sealed() && now.sealed()) {
            out.add(SchemaChange.of(
                    DiffCode.D620,
                    name,
                    null,
                    "Table becomes @sealed: writes with undeclared" + " properties fail ('Property X is not allowed')"
                            + caveat));
        } else if (old.sealed() && !now.sealed()) {
            out.add(SchemaChange.of(
                    DiffCode.D621,
                    name,
                    null,
                    "Table is no longer @sealed: undeclared properties" + " are accepted" + caveat));
        }
    }

    private static void seconds(
            String table,
            String what,
            Long a,
            Long b,
            DiffCode set,
            DiffCode unset,
            String effect,
            String caveat,
            List<SchemaChange> out) {
        if (Objects.equals(a, b)) {
            return;
        }
        if (b == null) {
            out.add(SchemaChange.of(
                    unset,
                    table,
                    null,
                    what + " " + a + "s is removed: records no longer expire" + " on that schedule" + caveat));
        } else {
            out.add(SchemaChange.of(
                    set,
                    table,
                    null,
                    what
                            + (a == null ? " of " + b + "s is added" : " changes from " + a + "s to " + b + "s")
                            + effect
                            + caveat));
        }
    }

    private static String value(Object o) {
        return o == null ? "default" : o.toString();
    }
}
