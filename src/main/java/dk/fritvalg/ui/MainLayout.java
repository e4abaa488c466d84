package dk.fritvalg.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.Role;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The app shell: a header with the portal's name, the language switch and log in/out, a menu with
 * what the user's role may open (from each view's {@code @Menu} and access annotation), and the page
 * inside a {@code <main>} that the skip link jumps to.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** Menu titles that name the citizen (the key plus {@code .for}) when a relative opens them. */
    private static final Set<String> RELATIVE_TITLES = Set.of("menu.my-help", "menu.addons", "menu.orders", "menu.statement",
            "menu.history");

    private final AuthenticationContext authenticationContext;
    private final Main main = new Main();
    private final SideNav nav = new SideNav();
    private final Anchor languageSwitch = new Anchor();
    private final HorizontalLayout account = new HorizontalLayout();

    private final ObjectProvider<ActingFor> actingFor;

    public MainLayout(AuthenticationContext authenticationContext, ObjectProvider<ActingFor> actingFor) {
        this.authenticationContext = authenticationContext;
        this.actingFor = actingFor;
        setPrimarySection(Section.NAVBAR);
        main.setId("main-content");
        main.addClassName("portal-main");

        Anchor skip = new Anchor("#main-content", getTranslation("layout.skip-to-content"));
        skip.addClassName("skip-link");
        skip.setRouterIgnore(true);

        Anchor title = new Anchor("", getTranslation("app.name"));
        title.addClassName("portal-title");

        languageSwitch.addClassName("language-switch");
        languageSwitch.setRouterIgnore(true);
        account.setAlignItems(FlexComponent.Alignment.CENTER);
        account.addClassName("account-area");

        DrawerToggle menuToggle = new DrawerToggle();
        // Vaadin's own name is English ("Toggle navigation panel"); the button's name is the menu's purpose in Danish.
        menuToggle.setAriaLabel(getTranslation("layout.menu-toggle"));
        HorizontalLayout header = new HorizontalLayout(menuToggle, title, languageSwitch, account);
        header.addClassName("portal-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        addToNavbar(skip, header);

        nav.setLabel(getTranslation("layout.menu"));
        Div drawer = new Div(nav);
        drawer.addClassName("portal-drawer");
        addToDrawer(drawer);
        Div page = new Div(main, footer());
        page.addClassName("portal-page");
        super.setContent(page);
    }

    /** On every page: the accessibility statement, whom to contact and how personal data is handled. */
    private Footer footer() {
        Footer footer = new Footer();
        footer.addClassName("portal-footer");
        UnorderedList links = new UnorderedList();
        links.add(new ListItem(new Anchor("was", getTranslation("footer.accessibility"))),
                new ListItem(new Anchor("kontakt", getTranslation("footer.contact"))),
                new ListItem(new Anchor("privatliv", getTranslation("footer.privacy"))));
        footer.add(links);
        return footer;
    }

    private void refreshAccountArea() {
        HorizontalLayout area = account;
        area.removeAll();
        CurrentUser.get().ifPresentOrElse(user -> {
            Span name = new Span(user.displayName());
            name.addClassName("user-name");
            Button logout = new Button(getTranslation("layout.logout"), e -> authenticationContext.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            area.add(name, logout);
        }, () -> {
            Anchor login = new Anchor("login", getTranslation("layout.login"));
            login.addClassName("login-link");
            area.add(login);
        });
    }

    private void buildMenu() {
        nav.removeAll();
        // A relative's citizen pages hold someone else's data: "Hjælp til Karen Jensen", not "Min hjælp".
        boolean relative = CurrentUser.get().map(user -> user.role() == Role.RELATIVE).orElse(false);
        String forWhom = relative ? actingFor.stream().findFirst().flatMap(ActingFor::citizenName)
                .orElseGet(() -> getTranslation("layout.the-citizen")) : null;
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            String title = relative && RELATIVE_TITLES.contains(entry.title())
                    ? getTranslation(entry.title() + ".for", forWhom) : getTranslation(entry.title());
            nav.addItem(new SideNavItem(title, entry.path()));
        });
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.removeAll();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // The layout outlives navigations; the user may have logged in or out since it was built.
        buildMenu();
        refreshAccountArea();
        boolean english = "en".equals(getLocale().getLanguage());
        String path = event.getLocation().getPath();
        languageSwitch.setHref("/" + path + "?lang=" + (english ? "da" : "en"));
        languageSwitch.setText(english ? "Dansk" : "English");
        languageSwitch.getElement().setAttribute("lang", english ? "da" : "en");
        languageSwitch.getElement().setAttribute("hreflang", english ? "da" : "en");
    }
}
