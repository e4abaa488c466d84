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
    private final TranslationProvider texts;

    OrderMails(Notifications notifications, ProviderService providers, TranslationProvider texts) {
        this.notifications = notifications;
        this.providers = providers;
        this.texts = texts;
    }

    /** A phrase of a mail, from the Danish translation file: mails are always Danish. */
    private String text(String key, Object... params) {
        return texts.getTranslation("mail.order." + key, TranslationProvider.DANISH, params);
    }

    void receipt(AddOnOrder order, List<OrderLine> lines, List<Occurrence> occurrences) {
        String payment = text(order.getPaymentMethod() == PaymentMethod.CARD ? "paid-card" : "paid-invoice");
        send(order, "order-receipt", "receipt", order.getCitizenName(), order.getId(), what(lines),
                when(order, occurrences), kroner(order.getPricePerOccurrenceOre()), payment, order.getOrderedByName(),
                providerName(order), Integer.toString(order.getCancellationDeadlineHour()));
        providers.byId(order.getProviderId()).map(p -> p.profile().email()).filter(e -> e != null && !e.isBlank())
                .ifPresent(to -> notifications.sendFor(order.getMunicipalityId(), to, "mail.order-new", "order-" + order.getId() + "-new", providerName(order),
                        order.getId(), what(lines), when(order, occurrences), order.getCitizenName(), order.getDeliveryAddress()));
    }

    void confirmed(AddOnOrder order, List<OrderLine> lines, List<Occurrence> occurrences, LocalTime time) {
        Occurrence first = occurrences.getFirst();
        send(order, "order-confirmed", "confirmed", order.getCitizenName(), order.getId(), what(lines),
                day(first.getServiceDate()), time.toString(), providerName(order),
                occurrences.size() > 1 ? text("all-visits", occurrences.size()) : "");
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
            money = text("refund", kroner(refundOre));
        } else if (chargeOre > 0) {
            money = text("late-charge", kroner(chargeOre));
        } else {
            money = text("nothing-to-pay");
        }
        send(order, "order-cancelled", "cancelled-" + cancelled.getFirst().getId(), order.getCitizenName(), order.getId(),
                what(lines), cancelled.stream().map(o -> day(o.getServiceDate())).collect(Collectors.joining(", ")), money);
    }

    void declined(AddOnOrder order, List<OrderLine> lines, long refundOre) {
        String money = refundOre > 0 ? text("full-refund", kroner(refundOre)) : text("nothing-to-pay");
        send(order, "order-declined", "declined", order.getCitizenName(), order.getId(), what(lines), providerName(order), money);
    }

    private void send(AddOnOrder order, String template, String what, Object... params) {
        // the citizen by her channel, with a copy to each relative holding a power of attorney
        notifications.toCitizen(order.getCitizenId(), "mail." + template, "order-" + order.getId() + "-" + what, params);
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

    private String when(AddOnOrder order, List<Occurrence> occurrences) {
        Occurrence first = occurrences.getFirst();
        String window = text("window", first.getWindowStart().toString(), first.getWindowEnd().toString());
        if (order.getRecurrence() == null) {
            return day(first.getServiceDate()) + " " + window;
        }
        return text("series", text("recurrence." + order.getRecurrence()), day(first.getServiceDate()), window, occurrences.size());
    }

    private static String kroner(long ore) {
        return Formats.kroner(ore, TranslationProvider.DANISH);
    }
}
