package dk.fritvalg.market.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import dk.fritvalg.market.ApplicationSummary;
import dk.fritvalg.market.Requirement;
import dk.fritvalg.market.RequirementKind;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.ui.Formats;
import dk.fritvalg.ui.Notices;
import java.time.Instant;

/** Texts shared by the market's pages, in the user's language. */
final class MarketTexts {

    private MarketTexts() {
    }

    /** A requirement's wording: the standard text for a standard kind, the municipality's own words for its own lines. */
    static String requirement(Component c, RequirementKind kind, String text) {
        return kind == RequirementKind.OWN ? text : c.getTranslation("market.requirement." + kind);
    }

    static String requirement(Component c, Requirement requirement) {
        return requirement(c, requirement.kind(), requirement.text());
    }

    static String date(Component c, Instant instant) {
        return instant == null ? "" : Formats.date(instant.atZone(TimeConfiguration.DANISH_TIME).toLocalDate(),
                c.getUI().map(com.vaadin.flow.component.UI::getLocale).orElse(java.util.Locale.of("da", "DK")));
    }

    static String status(Component c, ApplicationSummary a) {
        String status = c.getTranslation("market.status." + a.status());
        return a.overdue() ? status + " – " + c.getTranslation("market.overdue") : status;
    }

    /** Shows the rule's message in the page's message area and returns it, for a field's own error text. */
    static String error(Component c, Div feedback, BusinessException e) {
        String message = c.getTranslation(e.messageKey(), e.arguments());
        feedback.removeAll();
        feedback.add(Notices.error(message));
        return message;
    }

    static void success(Div feedback, String text) {
        feedback.removeAll();
        feedback.add(Notices.success(text));
    }

    /** Dates typed as Danes write them (12.01.2027), also accepting 12.1.2027 and 2027-01-12. */
    static com.vaadin.flow.component.datepicker.DatePicker danishDates(com.vaadin.flow.component.datepicker.DatePicker picker) {
        picker.setI18n(new com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n()
                .setDateFormats("dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"));
        return picker;
    }

    /** The application id in the address (:id), or 0 (no such application) when it is not a number. */
    static long applicationId(com.vaadin.flow.router.BeforeEnterEvent event) {
        return event.getRouteParameters().get("id").filter(id -> id.matches("\\d{1,18}")).map(Long::parseLong).orElse(0L);
    }

    static Div feedback(String id) {
        Div feedback = new Div();
        feedback.setId(id);
        feedback.getElement().setAttribute("aria-live", "polite");
        return feedback;
    }
}
