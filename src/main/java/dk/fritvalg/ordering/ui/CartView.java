package dk.fritvalg.ordering.ui;

import dk.fritvalg.security.Permission;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.Target;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.citizen.CitizenContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.fritvalg.catalogue.Recurrence;
import dk.fritvalg.catalogue.TimeWindow;
import dk.fritvalg.citizen.CitizenService;
import dk.fritvalg.ordering.OrderingService;
import dk.fritvalg.ordering.ScheduleOptions;
import dk.fritvalg.payment.PaymentMethod;
import dk.fritvalg.payment.PaymentUnavailableException;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.ui.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cart and checkout: what is in it, when it should come (one of the days the provider really
 * comes, and a window open that day; or a fixed arrangement), how to pay, and the provider's
 * cancellation terms before "Bestil". When the cart cannot come at all, it says so instead of offering
 * an order.
 */
@Route("tilkoeb/kurv")
@ViewPermission(Permission.VIEW_ADD_ON_ORDERS)
public class CartView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** "Once" in the repeat choice. */
    static final String ONCE = "ONCE";

    private final CitizenService citizens;
    private final OrderingService ordering;

    final RadioButtonGroup<String> repeat = new RadioButtonGroup<>();
    final DaySelect date;
    /** Radio buttons rather than a drop-down: every choice visible at once, large targets. */
    final RadioButtonGroup<TimeWindow> window = new RadioButtonGroup<>();
    final RadioButtonGroup<PaymentMethod> payment = new RadioButtonGroup<>();
    final Button order = new Button();
    final Paragraph places = new Paragraph();
    private final PageMessages messages = new PageMessages();
    private final PageMessages orderMessages = new PageMessages();
    private ScheduleOptions options;
    private long citizenId;

    private final AccessGuard accessGuard;

    public CartView(CitizenService citizens, OrderingService ordering, AccessGuard accessGuard) {
        this.accessGuard = accessGuard;
        this.citizens = citizens;
        this.ordering = ordering;
        addClassName("page");
        date = new DaySelect(getTranslation("cart.choose-day"), day -> AddOnTexts.dayAndDate(this, day));
        date.addValueChangeListener(e -> dayChosen());
        window.addValueChangeListener(e -> showFreePlaces());
        // Here, not in render(): render() runs again after a removal, and one click must order once.
        order.addClickListener(e -> placeOrder());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = CitizenContext.enter(event, citizens);
        if (id.isEmpty()) {
            return;
        }
        citizenId = id.get();
        render();
        messages.showWaiting();
    }

    private void render() {
        removeAll();
        add(new H1(AddOnTexts.whose(this, "cart.title", citizens, citizenId)), messages);
        OrderingService.Cart cart = ordering.cart(citizenId);
        if (cart.isEmpty()) {
            add(new Paragraph(AddOnTexts.whose(this, "cart.empty", citizens, citizenId)));
            add(new Paragraph(new Anchor(CitizenContext.link("tilkoeb", citizenId), getTranslation("cart.browse"))));
            return;
        }
        // Only what the user may do: a relative with a power to view sees the cart, but no "Fjern" and no "Bestil".
        boolean mayOrder = accessGuard.allows(Permission.ORDER_ADD_ONS, Target.citizen(citizenId));
        if (!mayOrder) {
            add(dk.fritvalg.ui.Notices.notice(getTranslation("cart.view-only", citizens.overview(citizenId).citizen().fullName())));
        }
        // A short list: a real table, where Tab reaches every "Fjern" and nothing is cut off.
        List<String> headers = new ArrayList<>(List.of(getTranslation("cart.column.what"), getTranslation("cart.column.quantity"),
                getTranslation("cart.column.price"), getTranslation("cart.column.total")));
        if (mayOrder) {
            headers.add(getTranslation("cart.column.remove"));
        }
        NativeTable lines = Tables.table(AddOnTexts.whose(this, "cart.caption", citizens, citizenId), headers);
        lines.addClassName("cart-lines");
        for (OrderingService.CartLine line : cart.lines()) {
            Button remove = new Button(getTranslation("cart.remove"), e -> {
                ordering.removeFromCart(citizenId, line.id());
                render();
                messages.success(getTranslation("cart.removed", line.name()));
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.getElement().setAttribute("aria-label", getTranslation("cart.remove-aria", line.name()));
            var row = Tables.row(lines, line.name(), Integer.toString(line.quantity()), AddOnTexts.price(this, line.unitPriceOre(), line.unit()),
                    Formats.kroner(line.totalOre(), getLocale()));
            if (mayOrder) {
                row.addDataCell().add(remove);
            }
        }
        add(lines);
        Paragraph total = new Paragraph(getTranslation("cart.total", Formats.kroner(cart.totalOre(), getLocale())));
        total.addClassName("cart-total");
        add(total);

        if (!mayOrder) {
            return;
        }
        options = ordering.scheduleOptions(citizenId);
        add(new H2(getTranslation("cart.when")));
        if (!options.bookable()) {
            add(new Paragraph(getTranslation("cart.cannot-come", options.providerName())));
            return;
        }
        add(new Paragraph(getTranslation("cart.when-help", options.providerName(), AddOnTexts.days(this, options.weekdays()),
                AddOnTexts.dayAndDate(this, options.firstDay().orElseThrow()))));
        List<String> repeats = new ArrayList<>();
        repeats.add(ONCE);
        options.recurrences().stream().sorted().map(Recurrence::name).forEach(repeats::add);
        repeat.setLabel(getTranslation("cart.repeat"));
        repeat.setItems(repeats);
        repeat.setItemLabelGenerator(r -> ONCE.equals(r) ? getTranslation("cart.repeat.once") : getTranslation("recurrence." + r));
        repeat.setValue(ONCE);
        date.setDays(options.days().stream().map(ScheduleOptions.Day::date).toList());
        dayChosen();
        window.setLabel(getTranslation("cart.window"));
        window.setItemLabelGenerator(w -> getTranslation("cart.window-value", AddOnTexts.window(w)));
        add(repeat, date.withLabel(getTranslation(options.recurrences().isEmpty() ? "cart.date" : "cart.first-date"),
                getTranslation("cart.date-help", AddOnTexts.days(this, options.weekdays()))), window);
        places.addClassName("free-places");
        places.getElement().setAttribute("aria-live", "polite");
        add(places);

        add(new H2(getTranslation("cart.payment")));
        payment.setLabel(getTranslation("cart.payment-how"));
        List<PaymentMethod> methods = options.cardAvailable() ? List.of(PaymentMethod.INVOICE, PaymentMethod.CARD) : List.of(PaymentMethod.INVOICE);
        payment.setItems(methods);
        payment.setItemLabelGenerator(m -> getTranslation("payment-method." + m));
        payment.setValue(PaymentMethod.INVOICE);
        add(payment);
        if (options.cardAvailable()) {
            add(new Paragraph(getTranslation("cart.card-once-only")));
        }
        Paragraph terms = new Paragraph(getTranslation("ordering.terms", options.cancellationDeadlineHour()));
        terms.addClassName("terms");
        add(new H2(getTranslation("cart.terms")), terms);

        order.setText(getTranslation("cart.order"));
        order.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        order.addClassName("place-order");
        add(orderMessages, order);
    }

    /** The windows open on the chosen day; the chosen window stays when it is one of them. */
    private void dayChosen() {
        if (options == null) {
            return;
        }
        TimeWindow chosen = window.getValue();
        List<TimeWindow> open = date.getValue() == null ? options.windows() : options.windowsOn(date.getValue());
        window.setItems(open);
        if (chosen != null && open.contains(chosen)) {
            window.setValue(chosen);
        } else if (open.size() == 1) {
            window.setValue(open.getFirst());
        }
        showFreePlaces();
    }

    private void showFreePlaces() {
        places.setText("");
        if (date.getValue() != null && window.getValue() != null) {
            ordering.freePlaces(citizenId, date.getValue(), window.getValue()).ifPresent(free ->
                    places.setText(free > 0 ? getTranslation("cart.free-places", free) : getTranslation("cart.no-free-places")));
        }
    }

    private void placeOrder() {
        Recurrence recurrence = repeat.getValue() == null || ONCE.equals(repeat.getValue()) ? null : Recurrence.valueOf(repeat.getValue());
        long orderId;
        try {
            orderId = ordering.checkout(citizenId, new OrderingService.CheckoutRequest(date.getValue(), window.getValue(),
                    recurrence, payment.getValue()));
        } catch (BusinessException e) {
            orderMessages.error(getTranslation(e.messageKey(), e.arguments()));
            return;
        }
        String orders = CitizenContext.link("tilkoeb/bestillinger", citizenId);
        if (payment.getValue() == PaymentMethod.CARD) {
            try {
                String url = ordering.cardCheckoutUrl(orderId, orders);
                getUI().ifPresent(ui -> ui.getPage().setLocation(url));
            } catch (PaymentUnavailableException e) {
                PageMessages.forNextPage(this, getTranslation("payment.unavailable"));
                UIs.navigate(this, orders);
            }
            return;
        }
        PageMessages.forNextPage(this, getTranslation("cart.thanks"));
        UIs.navigate(this, orders);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cart.title") + " – " + getTranslation("app.name");
    }
}
