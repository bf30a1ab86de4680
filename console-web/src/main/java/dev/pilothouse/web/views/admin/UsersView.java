package dev.pilothouse.web.views.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.pilothouse.web.review.WebBoundary;
import dev.pilothouse.web.security.AuditEvent;
import dev.pilothouse.web.security.AuditSink;
import dev.pilothouse.web.security.LocalUser;
import dev.pilothouse.web.security.Role;
import dev.pilothouse.web.security.SessionSignIn;
import dev.pilothouse.web.security.UserStore;
import dev.pilothouse.web.views.MainLayout;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.requests.ChangeRequests;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Set;

/**
 * Admin only: users, their roles and passwords, and the recent audit events of the console. A role change (and a
 * new user's roles beyond viewer) is a change request another admin approves; nobody asks for their own. Every
 * action checks the admin role again ({@link AdminGuard}); the store audits every change.
 */
@Route(value = "admin/users", layout = MainLayout.class)
@PageTitle("Users · Pilothouse")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    private final UserStore users;
    private final ChangeRequests requests;
    private final AuditSink audit;
    private final AdminGuard guard;
    private final Grid<LocalUser> grid = new Grid<>();
    private final Grid<AuditEvent> events = new Grid<>();
    private final Span message = new Span();

    public UsersView(UserStore users, ChangeRequests requests, AuditSink audit, AuthenticationContext auth) {
        this.users = users;
        this.requests = requests;
        this.audit = audit;
        this.guard = new AdminGuard(auth, audit);
        setId("users");
        message.setId("users-message");
        grid.addColumn(LocalUser::username).setHeader("User");
        grid.addComponentColumn(this::roleEditor).setHeader("Roles").setFlexGrow(3);
        grid.addComponentColumn(this::resetButton).setHeader("Password").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        events.addColumn(e -> e.at().toString()).setHeader("When").setAutoWidth(true);
        events.addColumn(AuditEvent::actor).setHeader("Actor");
        events.addColumn(AuditEvent::action).setHeader("Action");
        events.addColumn(AuditEvent::subject).setHeader("Subject");
        events.addColumn(e -> e.details().toString()).setHeader("Details").setFlexGrow(2);
        add(new H2("Users"), grid, createForm(), message, new H3("Recent audit events"), events);
        refresh();
    }

    void setRoles(String username, Set<Role> roles) {
        if (!guard.allows("roles-change", username)) {
            message.setText("Refused: changing roles needs the admin role");
        } else {
            request(username, roles);
        }
        refresh();
    }

    /** True when the user was created. */
    boolean create(String username, String password, Set<Role> roles) {
        if (!guard.allows("user-create", username)) {
            message.setText("Refused: creating users needs the admin role");
            return false;
        }
        // a new user starts as a viewer; any further role is a change request another admin approves
        boolean created = run(
                () -> users.create(guard.actor(), username, password, EnumSet.of(Role.VIEWER)),
                "User " + username + " created.");
        if (created && roles.stream().anyMatch(r -> r != Role.VIEWER)) {
            String done = message.getText();
            request(username, roles);
            message.setText(done + " " + message.getText());
        }
        refresh();
        return created;
    }

    private void request(String username, Set<Role> roles) {
        try {
            message.setText(WebBoundary.outcome(
                    requests.file(SessionSignIn.actor(guard.actor()), WebBoundary.roles(username, roles))));
        } catch (Refusal refused) {
            message.setText("Refused (" + refused.rule() + "): " + refused.getMessage());
        } catch (IllegalArgumentException refused) {
            message.setText("Not changed: " + refused.getMessage());
        }
    }

    void resetPassword(String username, String password) {
        if (!guard.allows("password-reset", username)) {
            message.setText("Refused: resetting passwords needs the admin role");
            return;
        }
        run(
                () -> users.resetPassword(guard.actor(), username, password),
                "Password of " + username + " reset; their sessions are signed out.");
        refresh();
    }

    String message() {
        return message.getText();
    }

    private boolean run(Runnable change, String done) {
        try {
            change.run();
            message.setText(done);
            return true;
        } catch (IllegalArgumentException refused) {
            message.setText("Not changed: " + refused.getMessage());
            return false;
        }
    }

    private CheckboxGroup<Role> roleEditor(LocalUser user) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>();
        roles.setItems(Role.values());
        roles.setValue(user.roles());
        roles.setItemEnabledProvider(r -> r != Role.VIEWER);
        roles.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                setRoles(user.username(), e.getValue());
            }
        });
        return roles;
    }

    private Button resetButton(LocalUser user) {
        Button reset = new Button("Reset…", e -> resetDialog(user.username()).open());
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        reset.setId("reset-" + user.username());
        return reset;
    }

    private Dialog resetDialog(String username) {
        Dialog dialog = new Dialog("Reset the password of " + username);
        PasswordField password = new PasswordField("New password");
        password.setId("reset-password");
        password.setHelperText("At least 10 characters. Tell " + username + " through a channel you trust.");
        dialog.add(password);
        Button save = new Button("Reset password", e -> {
            resetPassword(username, password.getValue());
            dialog.close();
        });
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        return dialog;
    }

    private HorizontalLayout createForm() {
        TextField name = new TextField("New user");
        PasswordField password = new PasswordField("Initial password");
        CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles", Role.values());
        Button create = new Button("Create", e -> {
            if (create(name.getValue(), password.getValue(), roles.getValue())) {
                name.clear();
                password.clear();
            }
        });
        HorizontalLayout form = new HorizontalLayout(name, password, roles, create);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return form;
    }

    private void refresh() {
        grid.setItems(users.list());
        events.setItems(audit.recent(50).reversed());
    }
}
