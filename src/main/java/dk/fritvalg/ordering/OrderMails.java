package dk.fritvalg.ordering;

import dk.fritvalg.notification.Notifications;
import dk.fritvalg.payment.PaymentMethod;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.ui.Formats;
import dk.fritvalg.ui.TranslationProvider;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The order mails (receipt, confirmation, reminder, cancellation, decline), queued in the business transaction. */
@Component
class OrderMails {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE 'den' d. MMMM yyyy", TranslationProvider.DANISH);

    private final Notifications notifications;
    private final ProviderService providers;

    OrderMails(Notifications notifications, ProviderService providers) {
        this.notifications = notifications;
        this.providers = providers;
    }

    void receipt(AddOnOrder order, List<OrderLine> lines, List<Occurrence> occurrences) {
        String payment = order.getPaymentMethod() == PaymentMethod.CARD
                ? "Du har betalt med kort." : "Beløbet kommer på din månedlige opgørelse over tilkøb.";
        send(order, "order-receipt", "receipt", order.getCitizenName(), order.getId(), what(lines),
                when(order, occurrences), kroner(order.getPricePerOccurrenceOre()), payment, order.getOrderedByName(),
                providerName(order), Integer.toString(order.getCancellationDeadlineHour()));
    }

    void confirmed(AddOnOrder order, List<OrderLine> lines, List<Occurrence> occurrences, LocalTime time) {
        Occurrence first = occurrences.getFirst();
        send(order, "order-confirmed", "confirmed", order.getCitizenName(), order.getId(), what(lines),
                day(first.getServiceDate()), time.toString(), providerName(order),
                occurrences.size() > 1 ? "Det gælder alle " + occurrences.size() + " besøg." : "");
    }

    void reminder(AddOnOrder order, List<OrderLine> lines, Occurrence occurrence) {
        send(order, "order-reminder", "reminder-" + occurrence.getId(), order.getCitizenName(), what(lines),
                day(occurrence.getServiceDate()),
                occurrence.getConfirmedTime() == null ? occurrence.getWindowStart().toString() : occurrence.getConfirmedTime().toString(),
                providerName(order));
    }

    void cancelled(AddOnOrder order, List<OrderLine> lines, List<Occurrence> cancelled, long refundOre, long chargeOre) {
        String money;
        if (refundOre > 0) {
            money = "Du får " + kroner(refundOre) + " tilbage på dit kort. Det kan tage nogle dage.";
        } else if (chargeOre > 0) {
            money = "Du har aflyst efter fristen, så du skal betale " + kroner(chargeOre) + " efter leverandørens betingelser.";
        } else {
            money = "Du skal ikke betale noget.";
        }
        send(order, "order-cancelled", "cancelled-" + cancelled.getFirst().getId(), order.getCitizenName(), order.getId(),
                what(lines), cancelled.stream().map(o -> day(o.getServiceDate())).collect(Collectors.joining(", ")), money);
    }

    void declined(AddOnOrder order, List<OrderLine> lines, long refundOre) {
        String money = refundOre > 0
                ? "Du får hele beløbet, " + kroner(refundOre) + ", tilbage på dit kort. Det kan tage nogle dage."
                : "Du skal ikke betale noget.";
        send(order, "order-declined", "declined", order.getCitizenName(), order.getId(), what(lines), providerName(order), money);
    }

    private void send(AddOnOrder order, String template, String what, Object... params) {
        String reference = "order-" + order.getId() + "-" + what;
        for (String to : order.notifyEmails()) {
            notifications.send(to, "mail." + template, reference, params);
        }
    }

    private String providerName(AddOnOrder order) {
        return providers.byId(order.getProviderId()).map(Provider::getName).orElse("");
    }

    static String what(List<OrderLine> lines) {
        return lines.stream().map(l -> l.getQuantity() + " × " + l.getName()).collect(Collectors.joining(", "));
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    private static String when(AddOnOrder order, List<Occurrence> occurrences) {
        Occurrence first = occurrences.getFirst();
        String window = "kl. " + first.getWindowStart() + "–" + first.getWindowEnd();
        if (order.getRecurrence() == null) {
            return day(first.getServiceDate()) + " " + window;
        }
        String how = switch (order.getRecurrence()) {
            case WEEKLY -> "hver uge";
            case BIWEEKLY -> "hver anden uge";
            case MONTHLY -> "hver måned";
        };
        return how + " fra " + day(first.getServiceDate()) + " " + window + " (" + occurrences.size() + " gange)";
    }

    private static String kroner(long ore) {
        return Formats.kroner(ore, TranslationProvider.DANISH);
    }
}
