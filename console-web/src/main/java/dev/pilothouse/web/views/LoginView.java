package dev.pilothouse.web.views;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.pilothouse.web.security.FirstRunToken;

/** Sign-in; before the first admin exists it points to /setup instead. */
@Route("login")
@PageTitle("Sign in · Pilothouse")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final FirstRunToken firstRun;

    public LoginView(FirstRunToken firstRun) {
        this.firstRun = firstRun;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        addClassName("ph-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        H1 title = new H1("Pilothouse");
        Paragraph tagline = new Paragraph("Console for apps on Harper");
        tagline.addClassName("ph-muted");
        notice.setId("login-notice");
        notice.getStyle().set("color", "var(--lumo-success-text-color)");
        notice.setVisible(false);
        add(title, tagline, notice, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            form.setError(true);
        }
        // shown after first-run setup: the admin account exists, now sign in with it
        parameters.getOrDefault("created", java.util.List.of()).stream()
                .findFirst()
                .ifPresent(name -> {
                    notice.setText("Admin account '" + name + "' created. Sign in with it.");
                    notice.setVisible(true);
                });
        if (firstRun.pending().isPresent()) {
            event.forwardTo(SetupView.class);
        }
    }
}
