package dk.fritvalg.ordering.ui;

import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.timepicker.TimePicker;
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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The provider's order inbox: one line per order (number, what, for whom, next visit, status), which
 * opens on demand (a native disclosure: Tab, then Enter or Space) to the details, accept with a time,
 * decline, and the visits to mark as delivered. A visit whose day has not come says when it can be
 * marked, rather than hiding the button.
 */
@Route("leverandoer/bestillinger")
@Menu(title = "menu.provider-orders", order = 41)
@ViewPermission(Permission.HANDLE_PROVIDER_ORDERS)
public class OrderInboxView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ProviderOrders inbox;
    private final Clock clock;
    private final long providerId;
    final RadioButtonGroup<Boolean> which = new RadioButtonGroup<>();
    private final PageMessages messages = new PageMessages();
    private final Div list = new Div();
    /** Orders the user has opened stay open when the list is shown again after an action. */
    private final Set<Long> opened = new HashSet<>();

    public OrderInboxView(ProviderOrders inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
        this.providerId = CurrentUser.require().providerId();
        addClassName("page");
        add(new H1(getTranslation("inbox.title")), messages);
        which.setLabel(getTranslation("inbox.show"));
        which.setItems(true, false);
        which.setItemLabelGenerator(open -> getTranslation(open ? "inbox.open" : "inbox.closed"));
        which.setValue(true);
        which.addValueChangeListener(e -> {
            messages.clear();
            render();
        });
        add(which, new Paragraph(getTranslation("inbox.help")), list);
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
            return;
        }
        UnorderedList lines = new UnorderedList();
        lines.addClassName("inbox-list");
        orders.forEach(o -> lines.add(new ListItem(order(o))));
        list.add(lines);
    }

    private NativeDetails order(OrderingService.OrderDetails details) {
        var order = details.order();
        NativeDetails line = new NativeDetails();
        line.addClassName("inbox-order");
        line.setId("order-" + order.getId());
        line.setSummary(summary(details));
        line.setContent(content(details));
        line.setOpen(opened.contains(order.getId()));
        line.addToggleListener(e -> {
            if (e.isOpened()) {
                opened.add(order.getId());
            } else {
                opened.remove(order.getId());
            }
        });
        return line;
    }

    /** The one line: enough to see what needs doing without opening the order. */
    private Component summary(OrderingService.OrderDetails details) {
        var order = details.order();
        Span line = new Span();
        line.addClassName("inbox-summary");
        Span what = new Span(getTranslation("orders.order-heading", order.getId(), details.what()));
        what.addClassName("inbox-what");
        String next = details.occurrences().stream().filter(v -> v.getStatus().isActive()).findFirst()
                .or(() -> details.occurrences().stream().findFirst())
                .map(v -> AddOnTexts.dayAndDate(this, v.getServiceDate())).orElse("");
        line.add(what, new Span(" · " + order.getCitizenName()), new Span(" · " + next));
        Span status = new Span(" · " + getTranslation("order-status." + order.getStatus()));
        status.addClassName("inbox-status");
        line.add(status);
        return line;
    }

    private Component content(OrderingService.OrderDetails details) {
        var order = details.order();
        Div content = new Div();
        content.addClassName("inbox-details");
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
        content.add(facts);

        if (order.getStatus() == OrderStatus.AWAITING_PROVIDER) {
            TimePicker time = new TimePicker(getTranslation("inbox.time"));
            time.setStep(Duration.ofMinutes(15));
            // One way to write a time across the portal, "07:00" as in the time windows; Danish formatting would give "07.00".
            time.setLocale(java.util.Locale.UK);
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
            content.add(time, new Div(accept, decline));
        }
        content.add(visits(details));
        if (order.getStatus() == OrderStatus.CONFIRMED) {
            Button decline = new Button(getTranslation("inbox.decline-rest"), e -> act(() -> inbox.decline(order.getId()), "inbox.declined"));
            decline.addClassName("decline");
            content.add(decline);
        }
        return content;
    }

    private Component visits(OrderingService.OrderDetails details) {
        LocalDate today = LocalDate.now(clock);
        return Tables.visits(this, details.occurrences(),
                visit -> visit.getConfirmedTime() == null ? "" : visit.getConfirmedTime().toString(), "inbox.visit-action",
                visit -> deliveryAction(visit, today));
    }

    /** "Markér som leveret" on or after the day; before it, or before the order is accepted, why not yet. */
    private Optional<Component> deliveryAction(Occurrence visit, LocalDate today) {
        if (visit.deliverableOn(today)) {
            Button delivered = new Button(getTranslation("inbox.delivered"),
                    e -> act(() -> inbox.markDelivered(visit.getId()), "inbox.marked-delivered"));
            delivered.addClassName("mark-delivered");
            delivered.getElement().setAttribute("aria-label", getTranslation("inbox.delivered-aria",
                    AddOnTexts.dayAndDate(this, visit.getServiceDate())));
            return Optional.of(delivered);
        }
        String why = switch (visit.getStatus()) {
            case SCHEDULED -> getTranslation("inbox.deliver-from", AddOnTexts.dayAndDate(this, visit.getServiceDate()));
            case REQUESTED -> getTranslation("inbox.accept-first");
            default -> null;
        };
        if (why == null) {
            return Optional.empty();
        }
        Span reason = new Span(why);
        reason.addClassName(visit.getStatus() == OccurrenceStatus.SCHEDULED ? "not-yet" : "accept-first");
        return Optional.of(reason);
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (BusinessException e) {
            render();
            messages.error(getTranslation(e.messageKey(), e.arguments()));
            return;
        }
        render();
        messages.success(getTranslation(doneKey));
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " – " + getTranslation("app.name");
    }
}
