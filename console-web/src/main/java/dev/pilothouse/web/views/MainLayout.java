package dev.pilothouse.web.views;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.pilothouse.web.review.GovernedWorkspace;
import dev.pilothouse.web.security.Role;
import dev.pilothouse.web.security.UserStore;
import dev.pilothouse.web.views.diagram.SchemaDiagramView;
import dev.pilothouse.web.views.review.ProposalsView;
import dev.pilothouse.workspace.requests.ChangeRequests;
import jakarta.annotation.security.PermitAll;

/** Header with the signed-in user (and the solo mode and lone admin banners while they apply), and the navigation; items a role cannot open are not shown. */
@PermitAll // any signed-in user; the views below carry their own role rules
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SoloModeBanner solo;
    private final LoneAdminBanner loneAdmin;
    private final Span page = new Span();

    public MainLayout(
            AuthenticationContext auth, UserStore users, GovernedWorkspace workspace, ChangeRequests requests) {
        H1 title = new H1("Pilothouse");
        title.addClassName("ph-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0");
        String user = auth.getPrincipalName().orElse("");
        Span who = new Span(
                user + " · " + String.join(", ", auth.getGrantedRoles()).toLowerCase());
        who.addClassName("ph-user");
        who.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Button signOut = new Button("Sign out", e -> auth.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        Button password = new Button("Password", e -> new PasswordDialog(users, user).open());
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        password.setId("change-password");
        page.setId("page-title");
        page.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, page, who, password, signOut);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(who);
        header.addClassName("ph-header");
        solo = new SoloModeBanner(workspace);
        loneAdmin = new LoneAdminBanner(requests);
        Div top = new Div(header, solo, loneAdmin); // the banner under the header, on every page
        top.setWidthFull();
        top.getStyle().set("display", "flex").set("flex-direction", "column");
        addToNavbar(top);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Workbench", WorkbenchView.class));
        nav.addItem(new SideNavItem("Schema diagram", SchemaDiagramView.class));
        nav.addItem(new SideNavItem("Data", DataView.class));
        nav.addItem(new SideNavItem("Streams", StreamsView.class));
        nav.addItem(new SideNavItem("Live flow", dev.pilothouse.web.views.diagram.LiveDiagramsView.class));
        nav.addItem(new SideNavItem("Runtime", RuntimeView.class));
        nav.addItem(new SideNavItem("Proposals", ProposalsView.class)); // all read; approvers act
        if (auth.hasRole(Role.ADMIN.name())) {
            nav.addItem(new SideNavItem("Users", dev.pilothouse.web.views.admin.UsersView.class));
            nav.addItem(new SideNavItem("Agent tokens", dev.pilothouse.web.views.admin.AgentsView.class));
            nav.addItem(new SideNavItem("Policy", dev.pilothouse.web.views.admin.PolicyView.class));
            nav.addItem(new SideNavItem("Requests", dev.pilothouse.web.views.admin.RequestsView.class));
            nav.addItem(new SideNavItem("View as agent", dev.pilothouse.web.views.admin.AgentSurfaceView.class));
        }
        nav.addItem(new SideNavItem("Plugins", dev.pilothouse.web.views.plugins.PluginsView.class));
        nav.addItem(new SideNavItem("About", AboutView.class));
        addToDrawer(nav);
    }

    /** Every page load and navigation reads the policy again, so a change shows on the next page. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        solo.refresh();
        loneAdmin.refresh();
        page.setText(getContent() == null ? "" : pageName(getContent().getClass()));
    }

    /** A view's name as the header shows it: its page title without the product name. */
    static String pageName(Class<?> view) {
        com.vaadin.flow.router.PageTitle title = view.getAnnotation(com.vaadin.flow.router.PageTitle.class);
        return title == null ? "" : title.value().replace(" · Pilothouse", "");
    }

    String pageTitle() {
        return page.getText();
    }

    LoneAdminBanner loneAdminBanner() {
        return loneAdmin;
    }

    SoloModeBanner soloModeBanner() {
        return solo;
    }
}
