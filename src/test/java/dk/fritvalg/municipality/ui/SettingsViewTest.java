package dk.fritvalg.municipality.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dk.fritvalg.support.KaribuTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Birgitte, Favrskov's administrator, edits the settings in the form; a broken rule is shown at the field and nothing is saved. */
class SettingsViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAdministratorEditsTheSettingsAndABrokenRuleIsShownAtTheField() {
        Map<String, Object> before = jdbc.queryForMap("SELECT id, minimum_group_size, contact_phone FROM municipality WHERE code = '0710'");
        long favrskov = ((Number) before.get("id")).longValue();
        loginDemo("admin");
        try {
            UI.getCurrent().navigate(SettingsView.class);
            IntegerField groupSize = _get(IntegerField.class, spec -> spec.withId("settings-minimum-group-size"));
            TextField phone = _get(TextField.class, spec -> spec.withId("settings-phone"));
            assertThat(groupSize.getValue()).isEqualTo(before.get("minimum_group_size"));

            setValue(groupSize, 2);
            _click(_get(Button.class, spec -> spec.withId("save-settings")));
            assertThat(groupSize.isInvalid()).isTrue();
            assertThat(groupSize.getErrorMessage()).contains("Færre end 3 svar vises aldrig");
            assertThat(jdbc.queryForObject("SELECT minimum_group_size FROM municipality WHERE id = ?", Integer.class, favrskov))
                    .isEqualTo(before.get("minimum_group_size"));

            setValue(groupSize, 4);
            setValue(phone, "89 64 20 20");
            _click(_get(Button.class, spec -> spec.withId("save-settings")));
            assertThat(groupSize.isInvalid()).isFalse();
            assertThat(jdbc.queryForMap("SELECT minimum_group_size, contact_phone FROM municipality WHERE id = ?", favrskov))
                    .containsEntry("minimum_group_size", 4).containsEntry("contact_phone", "89 64 20 20");
            assertThat(jdbc.queryForList("""
                    SELECT details FROM audit_entry WHERE municipality_id = ? AND event = 'SETTINGS_CHANGED' AND actor_name LIKE 'Birgitte%'
                    ORDER BY id DESC LIMIT 2""", String.class, favrskov))
                    .containsExactly("CONTACT_PHONE\u001F89 64 10 10\u001F89 64 20 20", "MINIMUM_GROUP_SIZE\u001F3\u001F4");
        } finally {
            jdbc.update("UPDATE municipality SET minimum_group_size = ?, contact_phone = ? WHERE id = ?",
                    before.get("minimum_group_size"), before.get("contact_phone"), favrskov);
        }
    }
}
