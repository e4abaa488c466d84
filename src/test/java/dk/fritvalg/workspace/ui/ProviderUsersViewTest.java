package dk.fritvalg.workspace.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.security.Role;
import dk.fritvalg.support.KaribuTest;
import dk.fritvalg.support.TestClock;
import dk.fritvalg.support.TestMailServer;
import dk.fritvalg.ui.RefusedNavigationView;
import dk.fritvalg.workspace.ProviderUsers;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The provider's users: the administrator invites a colleague by e-mail (through the outbox, to GreenMail), the
 * colleague opens the link and gets a login with the role she was given; the link works once and expires; the
 * administrator removes a user; an order handler and another provider's staff are refused.
 */
class ProviderUsersViewTest extends KaribuTest {

    private static final Pattern LINK = Pattern.compile("invitation/([A-Za-z0-9_-]+)");

    @Autowired
    ProviderUsers users;
    @Autowired
    CitizenFixture citizens;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void mail() {
        TestMailServer.get();
        TestMailServer.clear();
    }

    @AfterEach
    void clock() {
        TestClock.reset();
    }

    private static List<String> messages(String kind) {
        return _find(Paragraph.class).stream().filter(p -> p.hasClassName(kind)).map(Paragraph::getText).toList();
    }

    private static String token(MimeMessage mail) {
        Matcher m = LINK.matcher(TestMailServer.body(mail));
        assertThat(m.find()).as(TestMailServer.body(mail)).isTrue();
        return m.group(1);
    }

    @Test
    void anAdministratorInvitesAnOrderHandlerWhoCreatesHerLoginOnceAndIsThenRemoved() {
        String address = "kollega-" + System.nanoTime() + "@example.dk";
        loginDemo("leverandoer");
        UI.getCurrent().navigate("leverandoer/brugere");
        ProviderUsersView view = (ProviderUsersView) UI.getCurrent().getCurrentView();
        setValue(view.email, "ikke en adresse");
        _click(view.invite);
        assertThat(messages("error")).hasSize(1);
        setValue(view.email, address);
        setValue(view.role, Role.PROVIDER_ORDER_HANDLER);
        _click(view.invite);
        assertThat(messages("success")).containsExactly("Invitationen er sendt til " + address + ".");

        MimeMessage mail = TestMailServer.awaitMailTo(address, 1).getFirst();
        assertThat(TestMailServer.subject(mail)).contains("Omsorgsgruppen Midt");
        assertThat(TestMailServer.body(mail)).contains("som ordremodtager").contains("udløber om 7 dage");
        String token = token(mail);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM provider_invitation WHERE token_hash = ?", Integer.class, token))
                .as("only the token's hash is kept").isZero();

        // The colleague opens the link, anonymously.
        tearDownAndOpen("invitation/" + token);
        InvitationView invitation = (InvitationView) UI.getCurrent().getCurrentView();
        String username = "kollega" + (System.nanoTime() % 100000);
        setValue(invitation.username, username);
        setValue(invitation.name, "Kim Kollega");
        setValue(invitation.password, "kort");
        _click(invitation.accept);
        assertThat(messages("error")).containsExactly("Adgangskoden skal være mindst 12 og højst 100 tegn.");
        assertThat(invitation.username.getValue()).isEqualTo(username);
        setValue(invitation.password, "en-lang-adgangskode");
        _click(invitation.accept);
        assertThat(messages("success")).containsExactly("Din bruger er oprettet. Du kan nu logge ind.");
        assertThat(jdbc.queryForObject("SELECT role FROM user_account WHERE username = ?", String.class, username))
                .isEqualTo("PROVIDER_ORDER_HANDLER");

        // She logs in as an order handler: the orders, not the users page.
        login(username, "en-lang-adgangskode");
        UI.getCurrent().navigate("leverandoer/brugere");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RefusedNavigationView.class);
        UI.getCurrent().navigate("leverandoer/bestillinger");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(RefusedNavigationView.class);

        // The link works once.
        tearDownAndOpen("invitation/" + token);
        assertThat(messages("error")).containsExactly(
                "Invitationen er udløbet, allerede brugt eller trukket tilbage. Bed leverandørens administrator om en ny.");

        // The administrator removes her; her login stops working.
        loginDemo("leverandoer");
        UI.getCurrent().navigate("leverandoer/brugere");
        Button remove = _find(Button.class).stream().filter(b -> "Fjern Kim Kollega".equals(b.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow();
        _click(remove);
        assertThat(messages("success")).containsExactly("Kim Kollega er fjernet og kan ikke længere logge ind.");
        assertThatThrownBy(() -> login(username, "en-lang-adgangskode")).isNotNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE event = 'USER_REMOVED' AND details LIKE 'Kim Kollega%'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void anInvitationLinkExpires() {
        String address = "sent-" + System.nanoTime() + "@example.dk";
        long provider = citizens.provider("favrskov-omsorgsgruppen-midt");
        CitizenFixture.actAs(CitizenFixture.providerUser(provider));
        long organisation = jdbc.queryForObject("SELECT organisation_id FROM provider WHERE id = ?", Long.class, provider);
        users.invite(organisation, provider, address, Role.PROVIDER_ADMIN);
        String token = token(TestMailServer.awaitMailTo(address, 1).getFirst());
        assertThat(users.invitation(token)).isPresent();
        TestClock.setTo(java.time.ZonedDateTime.now(dk.fritvalg.shared.TimeConfiguration.DANISH_TIME).plus(Duration.ofDays(7).plusMinutes(1)));
        assertThat(users.invitation(token)).isEmpty();
        assertThatThrownBy(() -> users.accept(token, "for-sent", "For Sent", "en-lang-adgangskode"))
                .hasMessageContaining("invitation.error.expired");
    }

    @Test
    void anOrderHandlerAndAnotherProvidersStaffCannotManageUsers() {
        long provider = citizens.provider("favrskov-omsorgsgruppen-midt");
        long organisation = jdbc.queryForObject("SELECT organisation_id FROM provider WHERE id = ?", Long.class, provider);
        loginDemo("ordremodtager");
        UI.getCurrent().navigate("leverandoer/brugere");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RefusedNavigationView.class);
        assertThatThrownBy(() -> users.invite(organisation, provider, "x@example.dk", Role.PROVIDER_ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.users(organisation)).isInstanceOf(AccessDeniedException.class);

        CitizenFixture.actAs(CitizenFixture.providerUser(citizens.provider("favrskov-hjemmepleje")));
        assertThatThrownBy(() -> users.users(organisation)).isInstanceOf(AccessDeniedException.class);
        long leverandoer = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'leverandoer'", Long.class);
        assertThatThrownBy(() -> users.remove(organisation, leverandoer)).isInstanceOf(AccessDeniedException.class);
    }

    /** A fresh anonymous browser tab on the address. */
    private void tearDownAndOpen(String path) {
        tearDownVaadinForTest();
        UI.getCurrent().navigate(path);
    }

    private void tearDownVaadinForTest() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        com.vaadin.flow.server.VaadinSession.getCurrent().getSession()
                .removeAttribute(org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }
}
