package dev.pilothouse.schema.validate;

/** Semantic diagnostic codes; docs/harper-schema.md explains each one. */
final class SemanticCodes {
    static final String UNKNOWN_TYPE = "PH200";
    static final String UNKNOWN_DIRECTIVE = "PH201";
    static final String WRONG_PLACE = "PH202";
    static final String UNKNOWN_ARGUMENT = "PH203";
    static final String WRONG_ARGUMENT_TYPE = "PH204";
    static final String MISSING_ARGUMENT = "PH205";
    static final String DUPLICATE_TYPE = "PH206";
    static final String DUPLICATE_FIELD = "PH207";
    static final String DUPLICATE_TABLE = "PH208";
    static final String NO_PRIMARY_KEY = "PH209";
    static final String SEVERAL_PRIMARY_KEYS = "PH210";
    static final String BAD_PRIMARY_KEY_TYPE = "PH211";
    static final String RELATIONSHIP_FIELD_MISSING = "PH212";
    static final String RELATIONSHIP_TARGET = "PH213";
    static final String RELATIONSHIP_CARDINALITY = "PH214";
    static final String NOT_INDEXABLE = "PH216";
    static final String UNKNOWN_INDEX_TYPE = "PH217";
    static final String TIMESTAMP_TYPE = "PH218";
    static final String TIMESTAMP_LONG = "PH219";
    static final String EXPORT_NOT_TABLE = "PH220";
    static final String RESERVED_NAME = "PH221";
    static final String REPEATED_DIRECTIVE = "PH222";
    static final String BAD_DURATION = "PH223";
    static final String VECTOR_INDEX_TYPE = "PH224";
    static final String IGNORED_DEFINITION = "PH225";

    private SemanticCodes() {}
}
