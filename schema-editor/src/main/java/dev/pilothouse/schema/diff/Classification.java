package dev.pilothouse.schema.diff;

/** How much care a schema change needs before it is deployed. */
public enum Classification {
    /** Existing data and clients keep working. */
    SAFE,
    /** Works, but changes behaviour someone should look at (records expire, queries lose an index...). */
    REVIEW,
    /** Loses data or breaks clients or writers. */
    BREAKING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
