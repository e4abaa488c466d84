package dk.fritvalg.citizen.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.citizen.SwitchRequest;
import dk.fritvalg.citizen.SwitchService;
import dk.fritvalg.citizen.SwitchStatus;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;

/** A rejection reason longer than the column, sent past the form's own limit: refused at the field, nothing lost. */
class BadSwitchInputTest extends KaribuTest {

    private static final String KOLDING = "0621";

    @Autowired
    CitizenFixture fixture;
    @Autowired
    SwitchService switches;

    @Test
    void aRejectionReasonOverTheLimitIsRefusedAtTheFieldAndTheRequestStaysOpen() {
        long citizen = fixture.citizen(KOLDING, "6000", null);
        long area = fixture.area(KOLDING, ServiceAreaKind.PRACTICAL_HELP);
        fixture.grant(citizen, area, fixture.provider("kolding-hjemmepleje"));
        CitizenFixture.actAs(CitizenFixture.citizenUser(citizen, fixture.municipalityId(KOLDING)));
        SwitchRequest request = switches.request(citizen, area, fixture.provider("kolding-kildebakken"));
        String tooLong = "Leverandøren har ikke plads. ".repeat(40);
        assertThat(tooLong.strip()).hasSizeGreaterThan(SwitchService.REASON_LENGTH);

        CitizenFixture.actAs(CitizenFixture.staffUser(fixture.municipalityId(KOLDING)));
        assertThatThrownBy(() -> switches.reject(request.getId(), tooLong))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("switch.error.reason-too-long");

        loginDemo("kolding-medarbejder");
        UI.getCurrent().navigate(SwitchQueueView.class);
        // The row's own "Afgør" button, by its name as a screen reader says it (more rows are shown until it is there).
        SwitchService.QueueRow row = switches.queue(PageRequest.of(0, 1000)).stream()
                .filter(r -> r.requestId() == request.getId()).findFirst().orElseThrow();
        String name = "Afgør skift for " + row.citizenName() + ": " + row.area();
        while (_find(Button.class, spec -> spec.withClasses("decide-button")).stream()
                .noneMatch(b -> name.equals(b.getElement().getAttribute("aria-label")))) {
            _click(_get(Button.class, spec -> spec.withId("queue-more")));
        }
        _click(_find(Button.class, spec -> spec.withClasses("decide-button")).stream()
                .filter(b -> name.equals(b.getElement().getAttribute("aria-label"))).findFirst().orElseThrow());
        TextArea reason = _get(TextArea.class, spec -> spec.withId("reject-reason"));
        // The browser stops at 1,000 characters; a request made without it does not.
        reason.setValue(tooLong);
        _click(_get(Button.class, spec -> spec.withId("reject")));

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Begrundelsen må højst være 1.000 tegn. Gør den kortere.");
        assertThat(_get(TextArea.class, spec -> spec.withId("reject-reason")).getValue()).isEqualTo(tooLong);
        assertThat(switches.queue(PageRequest.of(0, 1000)))
                .anyMatch(r -> r.requestId() == request.getId());
        CitizenFixture.actAs(CitizenFixture.citizenUser(citizen, fixture.municipalityId(KOLDING)));
        assertThat(switches.requestsOf(citizen).getFirst().getStatus()).isEqualTo(SwitchStatus.PENDING_APPROVAL);
    }
}
