package dev.pilothouse.schema.harper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Harper's built-in scalar types and what they can be used for. */
public final class HarperTypes {

    private static final Map<String, String> SCALARS = new LinkedHashMap<>();

    static {
        SCALARS.put("ID", "String id (or array of strings); primary keys get generated UUIDs");
        SCALARS.put("String", "UTF-8 string");
        SCALARS.put("Int", "32-bit integer");
        SCALARS.put("Long", "Integer up to 2^53");
        SCALARS.put("Float", "64-bit floating point number");
        SCALARS.put("BigInt", "Arbitrary-precision integer");
        SCALARS.put("Boolean", "true or false");
        SCALARS.put("Date", "Date/time; strings and numbers are coerced");
        SCALARS.put("Bytes", "Binary data (Buffer/Uint8Array)");
        SCALARS.put("Blob", "Large binary stored outside the record, streamable");
        SCALARS.put("Any", "Any JSON-like value, not validated");
    }

    /** Types whose values a secondary index can order. */
    private static final Set<String> INDEXABLE =
            Set.of("ID", "String", "Int", "Long", "Float", "BigInt", "Boolean", "Date", "Any");
    /** Types that can hold the fractional epoch-millisecond value Harper writes for timestamps. */
    private static final Set<String> TIMESTAMP = Set.of("Date", "Float", "Any");
    /** Types Harper fills with an ISO date string instead: works, but sorts and compares as text. */
    private static final Set<String> TIMESTAMP_AS_TEXT = Set.of("String");
    /** Types a primary key may have. */
    private static final Set<String> KEY = Set.of("ID", "String", "Int", "Long", "Float", "BigInt", "Any");

    private HarperTypes() {}

    public static boolean isScalar(String name) {
        return SCALARS.containsKey(name);
    }

    public static Map<String, String> scalars() {
        return SCALARS;
    }

    public static boolean indexable(String name) {
        return INDEXABLE.contains(name);
    }

    public static boolean holdsTimestamp(String name) {
        return TIMESTAMP.contains(name);
    }

    public static boolean holdsTimestampAsText(String name) {
        return TIMESTAMP_AS_TEXT.contains(name);
    }

    public static boolean keyType(String name) {
        return KEY.contains(name);
    }
}
