package dk.fritvalg.ordering.ui;

import dk.fritvalg.security.Permission;
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
import com.vaadin.flow.component.notification.Notification;
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
import java.util.List;
import java.util.Optional;

/**
 * "Mine bestillinger": the citizen's add-on orders with status, who ordered, the visits, and what
 * cancelling each visit costs now; "Betal nu" for a card order still waiting for payment.
 */
@Route("tilkoeb/bestillinger")
@Menu(title = "menu.orders", order = 21)
@ViewPermission(Permission.VIEW_ADD_ON_ORDERS)
public class MyOrdersView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CitizenService citizens;
    private final OrderingService ordering;
    private long citizenId;
    private boolean mayAct;

    public MyOrdersView(CitizenService citizens, OrderingService ordering) {
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
        mayAct = citizens.overview(citizenId).mayAct();
        render();
        event.getLocation().getQueryParameters().getSingleParameter("betaling").ifPresent(result ->
                Notification.show(getTranslation("ok".equals(result) ? "orders.payment-returned" : "orders.payment-aborted"),
                        8000, Notification.Position.MIDDLE));
    }

    void render() {
        removeAll();
        add(new H1(getTranslation("orders.title")));
        add(new Paragraph(new Anchor(CitizenContext.link("tilkoeb/opgoerelse", citizenId), getTranslation("orders.statement-link"))));
        List<OrderingService.OrderDetails> orders = ordering.orders(citizenId);
        if (orders.isEmpty()) {
            add(new Paragraph(getTranslation("orders.none")));
            add(new Paragraph(new Anchor(CitizenContext.link("tilkoeb", citizenId), getTranslation("cart.browse"))));
            return;
        }
        orders.forEach(o -> add(orderSection(o)));
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
        section.add(visitsTable(details));
        if (mayAct && details.order().getStatus() == OrderStatus.AWAITING_PAYMENT) {
            Button pay = new Button(getTranslation("orders.pay-now"), e -> pay(details.order().getId()));
            pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            pay.addClassName("pay-now");
            Button cancel = new Button(getTranslation("orders.cancel-order"), e -> act(() -> ordering.cancelOrder(details.order().getId())));
            section.add(new Div(pay, cancel));
        }
        return section;
    }

    /** A real table: dates, times, status and the cancel buttons. */
    private Component visitsTable(OrderingService.OrderDetails details) {
        boolean cancellable = mayAct && details.order().getStatus().isOpen() && details.order().getStatus() != OrderStatus.AWAITING_PAYMENT;
        return Tables.visits(this, details.occurrences(), visit -> visit.getConfirmedTime() != null
                        ? getTranslation("orders.at", visit.getConfirmedTime().toString())
                        : getTranslation("cart.window-value", visit.getWindowStart() + "–" + visit.getWindowEnd()),
                visit -> cancellable && visit.getStatus().isActive() ? Optional.of(cancelButton(visit)) : Optional.empty());
    }

    private Button cancelButton(Occurrence visit) {
        OrderingService.CancellationTerms terms = ordering.cancellationTerms(visit.getId());
        String deadline = terms.deadline().withZoneSameInstant(TimeConfiguration.DANISH_TIME).toLocalTime().toString();
        Button cancel = new Button(terms.free()
                ? getTranslation("orders.cancel-free")
                : getTranslation("orders.cancel-charged", Formats.kroner(terms.chargeOre(), getLocale())),
                e -> act(() -> ordering.cancelOccurrence(visit.getId())));
        cancel.addClassName("cancel-visit");
        cancel.getElement().setAttribute("title", terms.free()
                ? getTranslation("orders.cancel-free-until", Formats.date(terms.deadline().toLocalDate(), getLocale()), deadline)
                : getTranslation("orders.cancel-after-deadline"));
        return cancel;
    }

    private void pay(long orderId) {
        try {
            String url = ordering.cardCheckoutUrl(orderId, CitizenContext.link("tilkoeb/bestillinger", citizenId));
            getUI().ifPresent(ui -> ui.getPage().setLocation(url));
        } catch (PaymentUnavailableException e) {
            Notification.show(getTranslation("payment.unavailable"), 8000, Notification.Position.MIDDLE);
            render();
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
            Notification.show(getTranslation("orders.cancelled"), 8000, Notification.Position.MIDDLE);
        } catch (BusinessException e) {
            Notification.show(getTranslation(e.messageKey(), e.arguments()), 8000, Notification.Position.MIDDLE);
        }
        render();
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("orders.title") + " – " + getTranslation("app.name");
    }
}
