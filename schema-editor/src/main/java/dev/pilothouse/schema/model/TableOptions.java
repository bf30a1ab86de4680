package dev.pilothouse.schema.model;

/** The optional {@code @table} arguments; null means "not written" (Harper's default applies). */
public record TableOptions(Long expiration, Long eviction, Long scanInterval, Boolean audit, Boolean replicate) {

    public static final TableOptions NONE = new TableOptions(null, null, null, null, null);
}
