package dk.fritvalg.ordering.ui;

import dk.fritvalg.security.Permission;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.Target;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.citizen.CitizenContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.citizen.CitizenService;
import dk.fritvalg.ordering.Occurrence;
import dk.fritvalg.ordering.OrderStatus;
import dk.fritvalg.ordering.OrderingService;
import dk.fritvalg.payment.PaymentUnavailableException;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.ui.Formats;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Mine bestillinger": the citizen's add-on orders with status, who ordered, the visits, and what
 * cancelling costs now. A visit, or a whole arrangement from a chosen day on, is cancelled only after
 * the citizen has confirmed in a dialog that says what it costs; "Betal nu" for a card order still
 * waiting for payment.
 */
@Route("tilkoeb/bestillinger")
@Menu(title = "menu.orders", order = 21)
@ViewPermission(Permission.VIEW_ADD_ON_ORDERS)
public class MyOrdersView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CitizenService citizens;
    private final OrderingService ordering;
    private final PageMessages messages = new PageMessages();
    private final Div content = new Div();
    private long citizenId;
    private boolean mayAct;

    private final AccessGuard accessGuard;

    public MyOrdersView(CitizenService citizens, OrderingService ordering, AccessGuard accessGuard) {
        this.accessGuard = accessGuard;
        this.citizens = citizens;
        this.ordering = ordering;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = CitizenContext.enter(event, citizens);
        if (id.isEmpty()) {
            return;
        }
        citizenId = id.get();
        // Only what the user may do: a relative with a power to view sees no cancel or pay button.
        mayAct = accessGuard.allows(Permission.ORDER_ADD_ONS, Target.citizen(citizenId));
        removeAll();
        add(new H1(AddOnTexts.whose(this, "orders.title", citizens, citizenId)), messages,
                new Paragraph(new Anchor(CitizenContext.link("tilkoeb/opgoerelse", citizenId), getTranslation("orders.statement-link"))),
                content);
        render();
        messages.showWaiting();
        event.getLocation().getQueryParameters().getSingleParameter("betaling").ifPresent(result -> {
            if ("ok".equals(result)) {
                messages.success(getTranslation("orders.payment-returned"));
            } else {
                messages.error(getTranslation("orders.payment-aborted"));
            }
        });
    }

    void render() {
        content.removeAll();
        List<OrderingService.OrderDetails> orders = ordering.orders(citizenId);
        if (orders.isEmpty()) {
            content.add(new Paragraph(getTranslation("orders.none")));
            content.add(new Paragraph(new Anchor(CitizenContext.link("tilkoeb", citizenId), getTranslation("cart.browse"))));
            return;
        }
        orders.forEach(o -> content.add(orderSection(o)));
    }

    private Section orderSection(OrderingService.OrderDetails details) {
        Section section = new Section();
        section.addClassName("order");
        section.setId("order-" + details.order().getId());
        section.add(new H2(getTranslation("orders.order-heading", details.order().getId(), details.what())));
        DescriptionList facts = new DescriptionList();
        term(facts, "orders.status", getTranslation("order-status." + details.order().getStatus()));
        term(facts, "orders.provider", details.providerName());
        term(facts, "orders.price", Formats.kroner(details.order().getPricePerOccurrenceOre(), getLocale())
                + (details.order().getRecurrence() == null ? "" : " " + getTranslation("orders.per-visit")));
        term(facts, "orders.payment", getTranslation("payment-method." + details.order().getPaymentMethod())
                + details.payment().filter(p -> p.refundedOre() > 0)
                .map(p -> " – " + getTranslation("orders.refunded", Formats.kroner(p.refundedOre(), getLocale()))).orElse(""));
        term(facts, "orders.ordered-by", details.order().getOrderedByName());
        if (details.order().getRecurrence() != null) {
            term(facts, "orders.repeat", getTranslation("recurrence." + details.order().getRecurrence()));
        }
        section.add(facts);
        List<LocalDate> activeDays = details.occurrences().stream().filter(v -> v.getStatus().isActive())
                .map(Occurrence::getServiceDate).toList();
        if (cancellable(details) && details.order().getRecurrence() != null && activeDays.size() > 1) {
            Button endSeries = new Button(getTranslation("orders.cancel-series"), e -> confirmCancelFrom(details, activeDays));
            endSeries.addClassName("cancel-series");
            section.add(new Div(endSeries));
        }
        section.add(visitsTable(details));
        if (mayAct && details.order().getStatus() == OrderStatus.AWAITING_PAYMENT) {
            Button pay = new Button(getTranslation("orders.pay-now"), e -> pay(details.order().getId()));
            pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            pay.addClassName("pay-now");
            Button cancel = new Button(getTranslation("orders.cancel-order"), e -> new Confirmation(
                    getTranslation("orders.confirm-order-title"), getTranslation("orders.confirm-order-yes"),
                    getTranslation("orders.confirm-order-no"), () -> act(() -> {
                        ordering.cancelOrder(details.order().getId());
                        return getTranslation("orders.cancelled");
                    }), new Paragraph(getTranslation("orders.confirm-order-text", details.what()))).open());
            section.add(new Div(pay, cancel));
        }
        return section;
    }

    private boolean cancellable(OrderingService.OrderDetails details) {
        return mayAct && details.order().getStatus().isOpen() && details.order().getStatus() != OrderStatus.AWAITING_PAYMENT;
    }

    /** A real table: dates, times, status and the cancel buttons. */
    private Component visitsTable(OrderingService.OrderDetails details) {
        boolean cancellable = cancellable(details);
        return Tables.visits(this, details.occurrences(), visit -> time(visit), "orders.visit-action",
                visit -> cancellable && visit.getStatus().isActive() ? Optional.of(cancelButton(details, visit)) : Optional.empty());
    }

    private String time(Occurrence visit) {
        return visit.getConfirmedTime() != null
                ? getTranslation("orders.at", visit.getConfirmedTime().toString())
                : getTranslation("cart.window-value", visit.getWindowStart() + "–" + visit.getWindowEnd());
    }

    private Button cancelButton(OrderingService.OrderDetails details, Occurrence visit) {
        OrderingService.CancellationTerms terms = ordering.cancellationTerms(visit.getId());
        String deadline = terms.deadline().withZoneSameInstant(TimeConfiguration.DANISH_TIME).toLocalTime().toString();
        Button cancel = new Button(terms.free()
                ? getTranslation("orders.cancel-free")
                : getTranslation("orders.cancel-charged", Formats.kroner(terms.chargeOre(), getLocale())),
                e -> confirmCancel(details, visit, terms));
        cancel.addClassName("cancel-visit");
        cancel.getElement().setAttribute("title", terms.free()
                ? getTranslation("orders.cancel-free-until", Formats.date(terms.deadline().toLocalDate(), getLocale()), deadline)
                : getTranslation("orders.cancel-after-deadline"));
        return cancel;
    }

    private void confirmCancel(OrderingService.OrderDetails details, Occurrence visit, OrderingService.CancellationTerms terms) {
        new Confirmation(getTranslation("orders.confirm-visit-title"), getTranslation("orders.confirm-visit-yes"),
                getTranslation("orders.confirm-visit-no"), () -> act(() -> {
                    ordering.cancelOccurrence(visit.getId());
                    return getTranslation("orders.cancelled");
                }),
                new Paragraph(getTranslation("orders.confirm-visit-text", details.what(), AddOnTexts.dayAndDate(this, visit.getServiceDate()),
                        time(visit))),
                new Paragraph(cost(terms.chargeOre()))).open();
    }

    /** Ends an arrangement from a day the citizen picks among its visits still to come; the cost follows the pick. */
    private void confirmCancelFrom(OrderingService.OrderDetails details, List<LocalDate> activeDays) {
        long orderId = details.order().getId();
        DaySelect from = new DaySelect(getTranslation("orders.cancel-from-choose"), day -> AddOnTexts.dayAndDate(this, day));
        from.setDays(activeDays);
        from.setValue(activeDays.getFirst());
        Paragraph consequence = new Paragraph();
        consequence.addClassName("cancel-consequence");
        consequence.getElement().setAttribute("aria-live", "polite");
        Runnable describe = () -> {
            if (from.getValue() == null) {
                consequence.setText(getTranslation("orders.cancel-from-none"));
                return;
            }
            OrderingService.CancellationSummary summary = ordering.cancellationFrom(orderId, from.getValue());
            consequence.setText(getTranslation("orders.cancel-from-text", summary.visits(),
                    AddOnTexts.dayAndDate(this, from.getValue())) + " " + cost(summary.chargeOre()));
        };
        from.addValueChangeListener(e -> describe.run());
        describe.run();
        new Confirmation(getTranslation("orders.confirm-series-title", details.what()), getTranslation("orders.confirm-series-yes"),
                getTranslation("orders.confirm-series-no"), () -> act(() -> {
                    if (from.getValue() == null) {
                        throw new BusinessException("orders.cancel-from-none");
                    }
                    OrderingService.CancellationSummary done = ordering.cancelFrom(orderId, from.getValue());
                    return getTranslation("orders.series-cancelled", done.visits(), AddOnTexts.dayAndDate(this, from.getValue()));
                }),
                from.withLabel(getTranslation("orders.cancel-from-label"), null), consequence).open();
    }

    private String cost(long chargeOre) {
        return chargeOre == 0 ? getTranslation("orders.cancel-costs-nothing")
                : getTranslation("orders.cancel-costs", Formats.kroner(chargeOre, getLocale()));
    }

    private void pay(long orderId) {
        try {
            String url = ordering.cardCheckoutUrl(orderId, CitizenContext.link("tilkoeb/bestillinger", citizenId));
            getUI().ifPresent(ui -> ui.getPage().setLocation(url));
        } catch (PaymentUnavailableException e) {
            render();
            messages.error(getTranslation("payment.unavailable"));
        }
    }

    /** Runs a change, shows the page as it now is, and the outcome in the page. */
    private void act(Supplier<String> action) {
        String done;
        try {
            done = action.get();
        } catch (BusinessException e) {
            render();
            messages.error(getTranslation(e.messageKey(), e.arguments()));
            return;
        }
        render();
        messages.success(done);
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("orders.title") + " – " + getTranslation("app.name");
    }
}
