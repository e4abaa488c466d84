package dk.fritvalg.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Karibu UI tests on the real Spring context and database. {@link #login} authenticates through the
 * real authentication manager (bcrypt, lock-out), then puts the user where Vaadin and Spring look.
 */
@IntegrationTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("dk.fritvalg");

    @Autowired
    protected ApplicationContext context;

    @Autowired
    private AuthenticationConfiguration authenticationConfiguration;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
        UI.getCurrent().setLocale(Locale.of("da", "DK"));
    }

    @AfterEach
    void tearDownVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    protected AuthenticationManager authenticationManager() {
        try {
            return authenticationConfiguration.getAuthenticationManager();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected Authentication login(String username, String password) {
        Authentication authentication = authenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        return authentication;
    }

    protected Authentication loginDemo(String username) {
        return login(username, DEMO_PASSWORD);
    }

    public static final String DEMO_PASSWORD = "frit-valg-demo";

    /**
     * Sets a field's value as a user would, refusing hidden or disabled fields. (Karibu's own _setValue
     * calls a Vaadin internal that Vaadin 25.2 no longer has.)
     */
    public static <V> void setValue(HasValue<?, V> field, V value) {
        Component component = (Component) field;
        if (!component.isVisible() || (component instanceof HasEnabled enabled && !enabled.isEnabled()) || field.isReadOnly()) {
            throw new IllegalStateException("The field " + component + " cannot be edited");
        }
        field.setValue(value);
    }
}
