package dk.fritvalg.citizen.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import dk.fritvalg.support.KaribuTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Mette keeps her own e-mail address up to date on her page; a bad address is refused at the field. */
class OwnContactDetailsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRelativeChangesHerOwnEmailAndTheChangeIsRecorded() {
        long mette = jdbc.queryForObject("SELECT relative_id FROM user_account WHERE username = 'paaroerende'", Long.class);
        Map<String, Object> before = jdbc.queryForMap("SELECT email, phone FROM relative WHERE id = ?", mette);
        loginDemo("paaroerende");
        try {
            UI.getCurrent().navigate(RepresentedView.class);
            EmailField email = _get(EmailField.class, spec -> spec.withId("own-email"));
            assertThat(email.getValue()).isEqualTo(before.get("email"));

            setValue(email, "mette@example.dk Bcc: alle@example.dk");
            _click(_get(Button.class, spec -> spec.withId("save-own-contact")));
            assertThat(email.isInvalid()).isTrue();
            assertThat(email.getErrorMessage()).startsWith("Skriv en gyldig e-mailadresse");
            assertThat(jdbc.queryForObject("SELECT email FROM relative WHERE id = ?", String.class, mette)).isEqualTo(before.get("email"));

            setValue(email, "mette.ny@example.dk");
            _click(_get(Button.class, spec -> spec.withId("save-own-contact")));
            assertThat(email.isInvalid()).isFalse();
            assertThat(jdbc.queryForObject("SELECT email FROM relative WHERE id = ?", String.class, mette)).isEqualTo("mette.ny@example.dk");
            assertThat(jdbc.queryForObject("""
                    SELECT fields FROM relative_contact_change WHERE relative_id = ? AND changed_by_role = 'RELATIVE'
                    ORDER BY id DESC LIMIT 1""", String.class, mette)).isEqualTo("email");
        } finally {
            jdbc.update("UPDATE relative SET email = ?, phone = ? WHERE id = ?", before.get("email"), before.get("phone"), mette);
        }
    }
}
