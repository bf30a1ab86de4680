package dev.pilothouse.workspace.humans;

import dev.pilothouse.workspace.Proof;
import java.util.Objects;

/** An operating-system account: its numeric uid and its name. The uid is what identifies it. */
public record OsAccount(long uid, String name) {

    public OsAccount {
        Objects.requireNonNull(name, "name");
    }

    public Proof proof() {
        return new Proof(Proof.Method.OS_ACCOUNT, describe());
    }

    /** As {@code id(1)} prints it: {@code uid=0(root)}. */
    public String describe() {
        return "uid=" + uid + "(" + name + ")";
    }
}
