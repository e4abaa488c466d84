package dk.fritvalg.citizen;

import dk.fritvalg.notification.Notifications;
import dk.fritvalg.ui.TranslationProvider;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Tells both people of every step of a power of attorney, each by her own channel, in the step's transaction. */
@Component
class PowerNotices {

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", TranslationProvider.DANISH);

    private final Notifications notifications;
    private final TranslationProvider texts;

    PowerNotices(Notifications notifications, TranslationProvider texts) {
        this.notifications = notifications;
        this.texts = texts;
    }

    /** The notice {@code mail.<template>} to the citizen and to the relative: citizen, relative, scope, period. */
    void tell(PowerOfAttorney power, Citizen citizen, String template) {
        String scope = texts.getTranslation("mail.poa.scope." + power.getScope(), TranslationProvider.DANISH);
        String period = power.getValidTo() == null
                ? texts.getTranslation("mail.poa.from", TranslationProvider.DANISH, DANISH_DATE.format(power.getValidFrom()))
                : texts.getTranslation("mail.poa.from-to", TranslationProvider.DANISH, DANISH_DATE.format(power.getValidFrom()),
                        DANISH_DATE.format(power.getValidTo()));
        String reference = "poa-" + power.getId() + "-" + template;
        Object[] params = {citizen.fullName(), power.getRelativeName(), scope, period};
        notifications.toCitizenOnly(citizen.getId(), "mail." + template, reference, params);
        notifications.toRelative(power.getRelativeId(), citizen.getId(), citizen.getMunicipalityId(), "mail." + template, reference, params);
    }
}
