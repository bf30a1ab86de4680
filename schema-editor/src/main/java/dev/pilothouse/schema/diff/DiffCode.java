package dev.pilothouse.schema.diff;

import static dev.pilothouse.schema.diff.Classification.BREAKING;
import static dev.pilothouse.schema.diff.Classification.REVIEW;
import static dev.pilothouse.schema.diff.Classification.SAFE;

/** The stable reason codes of {@link SchemaDiff}; docs/schema-diff.md documents each one. */
public enum DiffCode {
    D100(ChangeKind.TABLE_ADDED, SAFE, "table added"),
    D101(ChangeKind.TABLE_REMOVED, BREAKING, "table removed"),
    D102(ChangeKind.TABLE_RENAMED, REVIEW, "table looks renamed (Harper creates a new, empty table)"),
    D103(ChangeKind.TABLE_STORAGE_CHANGED, BREAKING, "database changed"),
    D104(ChangeKind.TABLE_STORAGE_CHANGED, BREAKING, "table name changed"),
    D200(ChangeKind.ATTRIBUTE_ADDED, SAFE, "nullable or derived attribute added"),
    D201(ChangeKind.ATTRIBUTE_ADDED, BREAKING, "non-null attribute added to an existing table"),
    D202(ChangeKind.ATTRIBUTE_REMOVED, BREAKING, "stored attribute removed"),
    D203(ChangeKind.ATTRIBUTE_REMOVED, BREAKING, "derived attribute removed"),
    D210(ChangeKind.ATTRIBUTE_TYPE_CHANGED, SAFE, "type widened"),
    D211(ChangeKind.ATTRIBUTE_TYPE_CHANGED, REVIEW, "type changed to a compatible type"),
    D212(ChangeKind.ATTRIBUTE_TYPE_CHANGED, BREAKING, "type narrowed or changed incompatibly"),
    D213(ChangeKind.ATTRIBUTE_TYPE_CHANGED, BREAKING, "list changed to single value or back"),
    D220(ChangeKind.NULLABILITY_CHANGED, BREAKING, "nullability tightened"),
    D221(ChangeKind.NULLABILITY_CHANGED, SAFE, "nullability relaxed"),
    D230(ChangeKind.PRIMARY_KEY_CHANGED, BREAKING, "primary key changed"),
    D240(ChangeKind.TIMESTAMP_CHANGED, REVIEW, "@createdTime/@updatedTime changed"),
    D241(ChangeKind.COMPUTED_CHANGED, BREAKING, "stored attribute became computed"),
    D242(ChangeKind.COMPUTED_CHANGED, REVIEW, "computed attribute became stored"),
    D243(ChangeKind.COMPUTED_CHANGED, REVIEW, "computed expression or version changed"),
    D244(ChangeKind.EXPIRES_AT_CHANGED, REVIEW, "@expiresAt changed"),
    D245(ChangeKind.ACCESS_CHANGED, REVIEW, "@allow roles changed"),
    D300(ChangeKind.INDEX_ADDED, SAFE, "index added"),
    D301(ChangeKind.INDEX_REMOVED, REVIEW, "index removed"),
    D302(ChangeKind.INDEX_CHANGED, REVIEW, "index type or HNSW options changed"),
    D400(ChangeKind.RELATIONSHIP_ADDED, SAFE, "relationship added"),
    D401(ChangeKind.RELATIONSHIP_REMOVED, BREAKING, "relationship removed"),
    D402(ChangeKind.RELATIONSHIP_CHANGED, REVIEW, "relationship changed"),
    D500(ChangeKind.EXPORT_ADDED, SAFE, "export added"),
    D501(ChangeKind.EXPORT_REMOVED, BREAKING, "export removed"),
    D502(ChangeKind.EXPORT_CHANGED, BREAKING, "export path renamed"),
    D503(ChangeKind.EXPORT_CHANGED, BREAKING, "REST/WebSocket/SSE access turned off"),
    D504(ChangeKind.EXPORT_CHANGED, SAFE, "REST/WebSocket/SSE access turned on"),
    D505(ChangeKind.EXPORT_CHANGED, BREAKING, "MQTT access turned off"),
    D506(ChangeKind.EXPORT_CHANGED, SAFE, "MQTT access turned on"),
    D600(ChangeKind.EXPIRATION_CHANGED, REVIEW, "expiration added or changed"),
    D601(ChangeKind.EXPIRATION_CHANGED, SAFE, "expiration removed"),
    D602(ChangeKind.EXPIRATION_CHANGED, REVIEW, "eviction added or changed"),
    D603(ChangeKind.EXPIRATION_CHANGED, SAFE, "eviction removed"),
    D604(ChangeKind.EXPIRATION_CHANGED, REVIEW, "scanInterval changed"),
    D610(ChangeKind.TABLE_OPTION_CHANGED, REVIEW, "audit toggled"),
    D611(ChangeKind.TABLE_OPTION_CHANGED, REVIEW, "replicate toggled"),
    D620(ChangeKind.SEALED_CHANGED, REVIEW, "table sealed"),
    D621(ChangeKind.SEALED_CHANGED, SAFE, "table unsealed");

    private final ChangeKind kind;
    private final Classification classification;
    private final String summary;

    DiffCode(ChangeKind kind, Classification classification, String summary) {
        this.kind = kind;
        this.classification = classification;
        this.summary = summary;
    }

    public ChangeKind kind() {
        return kind;
    }

    public Classification classification() {
        return classification;
    }

    public String summary() {
        return summary;
    }
}
