package dev.pilothouse.web.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.pilothouse.web.security.FirstRunToken;
import dev.pilothouse.web.security.UserStore;

/** First run only: the one-time token from the server console turns a visitor into the first admin. */
@Route("setup")
@PageTitle("Set up · Pilothouse")
@AnonymousAllowed
public class SetupView extends VerticalLayout implements BeforeEnterObserver {

    private final FirstRunToken firstRun;

    public SetupView(FirstRunToken firstRun, UserStore users) {
        this.firstRun = firstRun;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        PasswordField token = new PasswordField("Setup token (printed by the server)"); // a secret: not shown
        token.setId("setup-token");
        TextField username = new TextField("Admin user name");
        username.setId("setup-username");
        PasswordField password = new PasswordField("Password (at least 10 characters)");
        password.setId("setup-password");
        Paragraph error = new Paragraph();
        error.addClassName("ph-error");
        Button create = new Button("Create admin", e -> {
            try {
                firstRun.createAdmin(users, token.getValue(), username.getValue(), password.getValue());
                String name = username.getValue().trim();
                getUI().ifPresent(ui ->
                        ui.navigate(LoginView.class, com.vaadin.flow.router.QueryParameters.of("created", name)));
            } catch (IllegalArgumentException | IllegalStateException refused) {
                error.setText(refused.getMessage());
            }
        });
        create.setId("setup-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        for (var f : new com.vaadin.flow.component.HasSize[] {token, username, password}) {
            f.setWidth("22rem");
        }
        add(new H1("Create the first admin"), token, username, password, create, error);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (firstRun.pending().isEmpty()) {
            event.forwardTo(LoginView.class);
        }
    }
}
