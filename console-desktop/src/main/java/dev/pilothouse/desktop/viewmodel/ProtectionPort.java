package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.workspace.policy.RecordMask;

/**
 * What this console's user may see of a table's records: the workspace kit's masks (policy names and schema
 * markers), lifted only for a human with clearance. The data browser asks by table, the live view by stream path.
 */
public interface ProtectionPort {

    RecordMask table(String database, String table);

    /** For a stream path ({@code /Client/}, {@code Client/#}): the table its first segment exports. */
    RecordMask path(String path);

    /** Nothing protected: tests and previews that run without the workspace kit's home. */
    ProtectionPort OPEN = new ProtectionPort() {
        @Override
        public RecordMask table(String database, String table) {
            return RecordMask.open(database + "." + table);
        }

        @Override
        public RecordMask path(String path) {
            return RecordMask.open(path);
        }
    };
}
