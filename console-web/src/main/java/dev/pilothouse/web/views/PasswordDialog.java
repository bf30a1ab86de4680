package dev.pilothouse.web.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import dev.pilothouse.web.security.CurrentRolesFilter;
import dev.pilothouse.web.security.UserStore;

/**
 * A signed-in user changes their own password. This session carries on; the user's other sessions end on their
 * next request ({@link CurrentRolesFilter}).
 */
final class PasswordDialog extends Dialog {

    private final UserStore users;
    private final String username;
    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField next = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("New password, again");
    private final Span message = new Span();

    PasswordDialog(UserStore users, String username) {
        this.users = users;
        this.username = username;
        setHeaderTitle("Change password for " + username);
        setId("password-dialog");
        current.setId("password-current");
        next.setId("password-new");
        repeat.setId("password-repeat");
        next.setHelperText("At least 10 characters. Your other sessions will be signed out.");
        for (PasswordField field : new PasswordField[] {current, next, repeat}) {
            field.setWidth("20rem");
        }
        message.setId("password-message");
        message.addClassName("ph-error");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        VerticalLayout form = new VerticalLayout(current, next, repeat, message);
        form.setPadding(false);
        add(form);
        Button save = new Button("Change password", e -> save());
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    void save() {
        if (!next.getValue().equals(repeat.getValue())) {
            message.setText("New password, again: does not match the new password");
            return;
        }
        try {
            users.changePassword(username, current.getValue(), next.getValue());
        } catch (IllegalArgumentException refused) {
            message.setText(refused.getMessage());
            return;
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession()
                    .setAttribute(
                            CurrentRolesFilter.CREDENTIAL,
                            CurrentRolesFilter.credential(users.find(username).orElseThrow()));
        }
        close();
        Notification.show("Password changed. Your other sessions are signed out.");
    }

    String message() {
        return message.getText();
    }

    void fill(String currentPassword, String newPassword, String again) {
        current.setValue(currentPassword);
        next.setValue(newPassword);
        repeat.setValue(again);
    }
}
