package dev.pilothouse.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Outcome of insert/upsert/update/delete. Harper answers 200 even when it skipped records (duplicate insert,
 * missing id on update), so {@link #skipped()} is the part a console must show.
 */
public record WriteResult(String message, List<Object> written, List<Object> skipped) {

    public WriteResult {
        // ids may be null: Harper does not report keys it generated on insert
        written = Collections.unmodifiableList(new ArrayList<>(written));
        skipped = Collections.unmodifiableList(new ArrayList<>(skipped));
    }
}
