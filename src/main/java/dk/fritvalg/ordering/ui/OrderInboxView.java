package dk.fritvalg.ordering.ui;

import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.ordering.Occurrence;
import dk.fritvalg.ordering.OccurrenceStatus;
import dk.fritvalg.ordering.OrderStatus;
import dk.fritvalg.ordering.OrderingService;
import dk.fritvalg.ordering.ProviderOrders;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.ui.Formats;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The provider's order inbox: accept with a time, decline, and mark visits delivered. */
@Route("leverandoer/bestillinger")
@Menu(title = "menu.provider-orders", order = 41)
@ViewPermission(Permission.HANDLE_PROVIDER_ORDERS)
public class OrderInboxView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ProviderOrders inbox;
    private final Clock clock;
    private final long providerId;
    final RadioButtonGroup<Boolean> which = new RadioButtonGroup<>();
    private final Div list = new Div();

    public OrderInboxView(ProviderOrders inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
        this.providerId = CurrentUser.require().providerId();
        addClassName("page");
        add(new H1(getTranslation("inbox.title")));
        which.setLabel(getTranslation("inbox.show"));
        which.setItems(true, false);
        which.setItemLabelGenerator(open -> getTranslation(open ? "inbox.open" : "inbox.closed"));
        which.setValue(true);
        which.addValueChangeListener(e -> render());
        add(which, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    void render() {
        list.removeAll();
        List<OrderingService.OrderDetails> orders = inbox.inbox(providerId, Boolean.TRUE.equals(which.getValue()));
        if (orders.isEmpty()) {
            list.add(new Paragraph(getTranslation("inbox.none")));
        }
        orders.forEach(o -> list.add(section(o)));
    }

    private Section section(OrderingService.OrderDetails details) {
        var order = details.order();
        Section section = new Section();
        section.addClassName("order");
        section.setId("order-" + order.getId());
        section.add(new H2(getTranslation("orders.order-heading", order.getId(), details.what())));
        DescriptionList facts = new DescriptionList();
        term(facts, "orders.status", getTranslation("order-status." + order.getStatus()));
        term(facts, "inbox.citizen", order.getCitizenName());
        term(facts, "inbox.address", order.getDeliveryAddress());
        term(facts, "orders.ordered-by", order.getOrderedByName());
        term(facts, "cart.window", AddOnTexts.window(order.getTimeWindow()));
        if (order.getRecurrence() != null) {
            term(facts, "orders.repeat", getTranslation("recurrence." + order.getRecurrence()));
        }
        term(facts, "orders.price", Formats.kroner(order.getPricePerOccurrenceOre(), getLocale()));
        term(facts, "orders.payment", getTranslation("payment-method." + order.getPaymentMethod()));
        section.add(facts);

        if (order.getStatus() == OrderStatus.AWAITING_PROVIDER) {
            TimePicker time = new TimePicker(getTranslation("inbox.time"));
            time.setStep(Duration.ofMinutes(15));
            time.setMin(order.getTimeWindow().start());
            time.setMax(order.getTimeWindow().end().minusMinutes(15));
            time.setValue(order.getTimeWindow().start());
            time.addClassName("accept-time");
            Button accept = new Button(getTranslation("inbox.accept"), e -> act(() -> inbox.accept(order.getId(), time.getValue()), "inbox.accepted"));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            accept.addClassName("accept");
            Button decline = new Button(getTranslation("inbox.decline"), e -> act(() -> inbox.decline(order.getId()), "inbox.declined"));
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
            decline.addClassName("decline");
            section.add(time, new Div(accept, decline));
        }
        section.add(visits(details));
        if (order.getStatus() == OrderStatus.CONFIRMED) {
            Button decline = new Button(getTranslation("inbox.decline-rest"), e -> act(() -> inbox.decline(order.getId()), "inbox.declined"));
            decline.addClassName("decline");
            section.add(decline);
        }
        return section;
    }

    private Component visits(OrderingService.OrderDetails details) {
        LocalDate today = LocalDate.now(clock);
        return Tables.visits(this, details.occurrences(),
                visit -> visit.getConfirmedTime() == null ? "" : visit.getConfirmedTime().toString(),
                visit -> visit.getStatus() == OccurrenceStatus.SCHEDULED && !visit.getServiceDate().isAfter(today)
                        ? Optional.of(deliveredButton(visit)) : Optional.empty());
    }

    private Component deliveredButton(Occurrence visit) {
        Button delivered = new Button(getTranslation("inbox.delivered"),
                e -> act(() -> inbox.markDelivered(visit.getId()), "inbox.marked-delivered"));
        delivered.addClassName("mark-delivered");
        return delivered;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notification.show(getTranslation(doneKey), 5000, Notification.Position.MIDDLE);
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
        return getTranslation("inbox.title") + " – " + getTranslation("app.name");
    }
}
