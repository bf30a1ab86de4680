package dev.pilothouse.web.views;

import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.pilothouse.web.WebOptions;
import dev.pilothouse.web.runtime.HarperConnection.TableRef;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.policy.Clearance;
import dev.pilothouse.workspace.policy.ProtectedData;
import dev.pilothouse.workspace.policy.RecordMask;

/**
 * The workspace kit's protection rule as the data and streams views apply it: the console home's policy, the
 * workspace's schemas, and whether the signed-in user is cleared ({@link Clearance}). Read afresh for every table
 * opened, so a protection added meanwhile holds from the next selection.
 */
final class DataMasks {

    private DataMasks() {}

    static RecordMask of(WebOptions options, AuthenticationContext auth, TableRef table) {
        return ProtectedData.load(new PilothouseHome(options.home()), options.workspace())
                .mask(table.database(), table.table(), Clearance.ofRoleNames(auth.getGrantedRoles()));
    }
}
