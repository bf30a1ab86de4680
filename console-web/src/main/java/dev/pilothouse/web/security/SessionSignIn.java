package dev.pilothouse.web.security;

import com.vaadin.flow.server.VaadinSession;
import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.Proof;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * When the session's user signed in, kept in their HTTP session: a governance action from the console records it
 * as its proof ({@code WEB_SESSION}: the user and the time the password was checked).
 */
public final class SessionSignIn {

    static final String ATTRIBUTE = "pilothouse.signedInAt";
    /** Request attribute: the credential the sign-in's password check is made against. */
    private static final String CHECKING = "pilothouse.checkingCredential";

    private SessionSignIn() {}

    /**
     * Called when the sign-in loads the user, before the password is checked: the credential (see
     * {@link CurrentRolesFilter#credential}) that the password is checked against.
     */
    static void checking(String credential) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            request.getRequest().setAttribute(CHECKING, credential);
        }
    }

    /**
     * Called on the sign-in request once the password matched: the session then carries the time and the credential
     * that was checked (both kept when its id changes). Recording the checked credential, not the one on record by
     * now, means a reset between the check and the session's next request still ends the session.
     */
    static void remember(Instant at) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(true);
            session.setAttribute(ATTRIBUTE, at);
            if (request.getRequest().getAttribute(CHECKING) instanceof String credential) {
                session.setAttribute(CurrentRolesFilter.CREDENTIAL, credential);
            }
        }
    }

    /** {@code user} of this session as a proved human; call it on the request thread. */
    public static Actor actor(String user) {
        Instant at = signedInAt();
        Proof proof = at != null
                ? Proof.webSession(user, at)
                : new Proof(Proof.Method.WEB_SESSION, user + ", session sign-in time not recorded");
        return new Actor(Identity.parse("human:" + user), proof);
    }

    private static Instant signedInAt() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(false);
            if (session != null && session.getAttribute(ATTRIBUTE) instanceof Instant at) {
                return at;
            }
        }
        VaadinSession vaadin = VaadinSession.getCurrent();
        if (vaadin != null
                && vaadin.getSession() != null
                && vaadin.getSession().getAttribute(ATTRIBUTE) instanceof Instant at) {
            return at;
        }
        return null;
    }
}
