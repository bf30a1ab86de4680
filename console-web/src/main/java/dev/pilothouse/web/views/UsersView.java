package dev.pilothouse.web.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.pilothouse.web.security.AuditEvent;
import dev.pilothouse.web.security.AuditSink;
import dev.pilothouse.web.security.LocalUser;
import dev.pilothouse.web.security.Role;
import dev.pilothouse.web.security.UserStore;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Set;

/** Admin only: users, their roles, and the recent audit events of the console. */
@Route(value = "admin/users", layout = MainLayout.class)
@PageTitle("Users · Pilothouse")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    private final UserStore users;
    private final AuditSink audit;
    private final String actor;
    private final Grid<LocalUser> grid = new Grid<>();
    private final Grid<AuditEvent> events = new Grid<>();

    public UsersView(UserStore users, AuditSink audit, AuthenticationContext auth) {
        this.users = users;
        this.audit = audit;
        this.actor = auth.getPrincipalName().orElseThrow();
        setId("users");
        grid.addColumn(LocalUser::username).setHeader("User");
        grid.addComponentColumn(this::roleEditor).setHeader("Roles").setFlexGrow(3);
        grid.setAllRowsVisible(true);
        events.addColumn(e -> e.at().toString()).setHeader("When").setAutoWidth(true);
        events.addColumn(AuditEvent::actor).setHeader("Actor");
        events.addColumn(AuditEvent::action).setHeader("Action");
        events.addColumn(AuditEvent::subject).setHeader("Subject");
        events.addColumn(e -> e.details().toString()).setHeader("Details").setFlexGrow(2);
        add(new H2("Users"), grid, createForm(), new H3("Recent audit events"), events);
        refresh();
    }

    private CheckboxGroup<Role> roleEditor(LocalUser user) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>();
        roles.setItems(Role.values());
        roles.setValue(user.roles());
        roles.setItemEnabledProvider(r -> r != Role.VIEWER);
        roles.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                users.setRoles(actor, user.username(), e.getValue());
            } catch (IllegalArgumentException refused) {
                Notification.show(refused.getMessage());
            }
            refresh();
        });
        return roles;
    }

    private HorizontalLayout createForm() {
        TextField name = new TextField("New user");
        PasswordField password = new PasswordField("Initial password");
        CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles", Role.values());
        Button create = new Button("Create", e -> {
            try {
                Set<Role> chosen = roles.getValue().isEmpty() ? EnumSet.of(Role.VIEWER) : roles.getValue();
                users.create(actor, name.getValue(), password.getValue(), chosen);
                name.clear();
                password.clear();
                refresh();
            } catch (IllegalArgumentException refused) {
                Notification.show(refused.getMessage());
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
