package dk.fritvalg.survey.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.citizen.CitizenRegistry;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.notification.Channel;
import dk.fritvalg.support.KaribuTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The staff's campaign pages and the public answering page, driven as users do: procurement creates a campaign, adds a
 * local question, sends the invitations and publishes; a daughter answers her mother's letter by its code, one question
 * per screen, saves, comes back, and sends it as a relative's answer.
 */
class SurveyScreensTest extends KaribuTest {

    @Autowired
    CitizenFixture fixture;
    @Autowired
    CitizenRegistry registry;
    @Autowired
    JdbcClient jdbc;

    private static String pageText() {
        return ((com.vaadin.flow.component.Component) UI.getCurrent().getCurrentView()).getElement().getTextRecursively();
    }

    private static String errors() {
        return String.join(" ", _find(Paragraph.class, spec -> spec.withClasses("error")).stream().map(Paragraph::getText).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffRunACampaignAndARelativeAnswersALetterByItsCode() {
        long provider = fixture.provider("favrskov-omsorgsgruppen-midt");
        long mother = fixture.citizen("0710", "8370", null);
        fixture.grant(mother, fixture.area("0710", ServiceAreaKind.PRACTICAL_HELP), provider);
        registry.registerCareSystemChannel(mother, Channel.LETTER);

        loginDemo("indkoeb");
        UI.getCurrent().navigate("forvaltning/undersoegelser");
        assertThat(_get(H1.class).getText()).isEqualTo("Tilfredshedsundersøgelser");
        _click(_get(Button.class, spec -> spec.withId("survey-create")));
        assertThat(errors()).contains("Skriv et navn på undersøgelsen.");
        setValue(_get(TextField.class, spec -> spec.withId("survey-name")), "Praktisk hjælp efterår");
        setValue(_get(TextField.class, spec -> spec.withId("survey-period-label")), "efteråret 2026");
        _click(_get(Button.class, spec -> spec.withId("survey-create")));
        assertThat(errors()).contains("Vælg mindst ét af kommunens ydelsesområder.");
        assertThat(_get(TextField.class, spec -> spec.withId("survey-name")).getValue()).as("nothing typed is lost")
                .isEqualTo("Praktisk hjælp efterår");
        CheckboxGroup<ServiceArea> areas = _get(CheckboxGroup.class, spec -> spec.withId("survey-areas"));
        setValue(areas, Set.of(areas.getListDataView().getItems()
                .filter(a -> a.getId() == fixture.area("0710", ServiceAreaKind.PRACTICAL_HELP)).findFirst().orElseThrow()));
        _click(_get(Button.class, spec -> spec.withId("survey-create")));

        assertThat(_get(H1.class).getText()).isEqualTo("Praktisk hjælp efterår");
        assertThat(pageText()).contains("Alt i alt, hvor tilfreds er du med den hjælp, du får?", "Under forberedelse");
        setValue(_get(TextField.class, spec -> spec.withId("survey-local-text")), "Hvor tilfreds er du med vinduespudsningen?");
        _click(_get(Button.class, spec -> spec.withId("survey-local-add")));
        assertThat(pageText()).contains("Hvor tilfreds er du med vinduespudsningen? (skala 1–5 med \"Ved ikke\", lokalt spørgsmål)");
        _click(_get(Button.class, spec -> spec.withId("survey-send")));
        assertThat(pageText()).contains("Der er sendt", "Svarprocent pr. leverandør", "t-interval", "Hent resultaterne som CSV");
        long campaignId = jdbc.sql("SELECT MAX(id) FROM survey_campaign WHERE name = 'Praktisk hjælp efterår'").query(Long.class).single();
        String code = jdbc.sql("SELECT answer_code FROM notice WHERE about_citizen_id = ? AND reference LIKE ?")
                .param(mother).param("survey-" + campaignId + "-%").query(String.class).single();

        // the daughter, on the public page without logging in
        UI.getCurrent().navigate("svar");
        assertThat(_get(H1.class).getText()).isEqualTo("Svar på spørgeskema");
        setValue(_get(TextField.class, spec -> spec.withId("answer-code")), "ABCDE-FGHJK");
        _click(_get(Button.class, spec -> spec.withId("answer-open")));
        assertThat(errors()).contains("Svarkoden passer ikke.");
        setValue(_get(TextField.class, spec -> spec.withId("answer-code")), code.toLowerCase());
        _click(_get(Button.class, spec -> spec.withId("answer-open")));
        assertThat(_get(H1.class).getText()).isEqualTo("Hvad synes du om din hjælp fra Omsorgsgruppen Midt ApS?");
        assertThat(_get(Paragraph.class, spec -> spec.withId("answer-progress")).getText()).isEqualTo("Trin 1 af 13");
        RadioButtonGroup<String> first = _get(RadioButtonGroup.class, spec -> spec.withId("answer-choices"));
        assertThat(first.getLabel()).isEqualTo("Alt i alt, hvor tilfreds er du med den hjælp, du får?");
        setValue(first, "4");
        _click(_get(Button.class, spec -> spec.withId("answer-next")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("answer-progress")).getText()).isEqualTo("Trin 2 af 13");
        _click(_get(Button.class, spec -> spec.withId("answer-later")));
        assertThat(_get(H1.class).getText()).isEqualTo("Dine svar er gemt");

        // back later: where she left off, her answer kept
        UI.getCurrent().navigate("svar");
        setValue(_get(TextField.class, spec -> spec.withId("answer-code")), code);
        _click(_get(Button.class, spec -> spec.withId("answer-open")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("answer-progress")).getText()).isEqualTo("Trin 2 af 13");
        _click(_get(Button.class, spec -> spec.withId("answer-back")));
        assertThat(((RadioButtonGroup<String>) _get(RadioButtonGroup.class, spec -> spec.withId("answer-choices"))).getValue()).isEqualTo("4");
        for (int position = 0; position <= 10; position++) {
            if (position == 10) {
                setValue(_get(TextArea.class, spec -> spec.withId("answer-text")), "Mette Hansen gør det godt.");
            }
            _click(_get(Button.class, spec -> spec.withId("answer-next")));
        }
        setValue(_get(RadioButtonGroup.class, spec -> spec.withId("answer-choices")), "?");
        _click(_get(Button.class, spec -> spec.withId("answer-next")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("answer-progress")).getText()).isEqualTo("Trin 13 af 13");
        _click(_get(Button.class, spec -> spec.withId("answer-send")));
        assertThat(errors()).contains("Vælg, hvem der har udfyldt spørgeskemaet.");
        setValue(_get(RadioButtonGroup.class, spec -> spec.withId("answer-who")), AnswerView.Respondent.HELPER);
        _click(_get(Button.class, spec -> spec.withId("answer-send")));
        assertThat(_get(H1.class).getText()).isEqualTo("Tak for dit svar");
        assertThat(jdbc.sql("SELECT relative_assisted FROM survey_response WHERE campaign_id = ?").param(campaignId)
                .query(Boolean.class).list()).containsExactly(true);

        // the code is spent
        UI.getCurrent().navigate("svar");
        setValue(_get(TextField.class, spec -> spec.withId("answer-code")), code);
        _click(_get(Button.class, spec -> spec.withId("answer-open")));
        assertThat(errors()).contains("Skemaet er allerede besvaret.");

        // staff see the masked comment and publish
        UI.getCurrent().navigate("forvaltning/undersoegelser/" + campaignId);
        assertThat(pageText()).contains("Omsorgsgruppen Midt ApS: [navn] [navn] gør det godt.").doesNotContain("Mette Hansen");
        assertThat(pageText()).contains("For få svar");
        _click(_get(Button.class, spec -> spec.withId("survey-publish")));
        assertThat(pageText()).contains("Resultaterne er offentliggjort på sammenligningssiderne.", "Offentliggjort");
    }

    @Test
    void anotherMunicipalitysCampaignShowsNothing() {
        loginDemo("indkoeb");
        UI.getCurrent().navigate("forvaltning/undersoegelser");
        setValue(_get(TextField.class, spec -> spec.withId("survey-name")), "Favrskovs egen");
        setValue(_get(TextField.class, spec -> spec.withId("survey-period-label")), "foråret 2027");
        @SuppressWarnings("unchecked")
        CheckboxGroup<ServiceArea> areas = _get(CheckboxGroup.class, spec -> spec.withId("survey-areas"));
        setValue(areas, Set.of(areas.getListDataView().getItems().findFirst().orElseThrow()));
        _click(_get(Button.class, spec -> spec.withId("survey-create")));
        long campaignId = jdbc.sql("SELECT MAX(id) FROM survey_campaign WHERE name = 'Favrskovs egen'").query(Long.class).single();

        tearDownAndLogin("kolding-medarbejder");
        UI.getCurrent().navigate("forvaltning/undersoegelser/" + campaignId);
        assertThat(pageText()).doesNotContain("Favrskovs egen");
    }

    private void tearDownAndLogin(String user) {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        loginDemo(user);
    }
}
