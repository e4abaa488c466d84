package dk.fritvalg.ordering.ui;

import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.citizen.CitizenContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.fritvalg.catalogue.Recurrence;
import dk.fritvalg.catalogue.TimeWindow;
import dk.fritvalg.citizen.CitizenService;
import dk.fritvalg.ordering.OrderingService;
import dk.fritvalg.payment.PaymentMethod;
import dk.fritvalg.payment.PaymentUnavailableException;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.ui.Formats;
import dk.fritvalg.ui.TranslationProvider;
import java.text.DateFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.List;
import java.util.Optional;

/**
 * The cart and checkout: what is in it, when it should come (one date and window, or a fixed
 * arrangement), how to pay, and the provider's cancellation terms before "Bestil".
 */
@Route("tilkoeb/kurv")
@ViewPermission(Permission.VIEW_ADD_ON_ORDERS)
public class CartView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** "Once" in the repeat choice. */
    static final String ONCE = "ONCE";

    private final CitizenService citizens;
    private final OrderingService ordering;

    final RadioButtonGroup<String> repeat = new RadioButtonGroup<>();
    final DatePicker date = new DatePicker();
    /** Radio buttons rather than a drop-down: every choice visible at once, large targets. */
    final RadioButtonGroup<TimeWindow> window = new RadioButtonGroup<>();
    final RadioButtonGroup<PaymentMethod> payment = new RadioButtonGroup<>();
    final Button order = new Button();
    final Paragraph places = new Paragraph();
    private long citizenId;

    public CartView(CitizenService citizens, OrderingService ordering) {
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
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("cart.title")));
        OrderingService.Cart cart = ordering.cart(citizenId);
        if (cart.isEmpty()) {
            add(new Paragraph(getTranslation("cart.empty")));
            add(new Paragraph(new Anchor(CitizenContext.link("tilkoeb", citizenId), getTranslation("cart.browse"))));
            return;
        }
        Grid<OrderingService.CartLine> lines = new Grid<>();
        lines.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        lines.addColumn(OrderingService.CartLine::name).setHeader(getTranslation("cart.column.what")).setFlexGrow(3);
        lines.addColumn(OrderingService.CartLine::quantity).setHeader(getTranslation("cart.column.quantity"));
        lines.addColumn(l -> AddOnTexts.price(this, l.unitPriceOre(), l.unit())).setHeader(getTranslation("cart.column.price"));
        lines.addColumn(l -> Formats.kroner(l.totalOre(), getLocale())).setHeader(getTranslation("cart.column.total"));
        lines.addComponentColumn(l -> {
            Button remove = new Button(getTranslation("cart.remove"), e -> {
                ordering.removeFromCart(citizenId, l.id());
                render();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.getElement().setAttribute("aria-label", getTranslation("cart.remove-aria", l.name()));
            return remove;
        }).setHeader(getTranslation("cart.column.remove"));
        lines.setItems(cart.lines());
        lines.setAllRowsVisible(true);
        lines.setAriaLabel(getTranslation("cart.title"));
        add(lines);
        Paragraph total = new Paragraph(getTranslation("cart.total", Formats.kroner(cart.totalOre(), getLocale())));
        total.addClassName("cart-total");
        add(total);

        OrderingService.ScheduleOptions options = ordering.scheduleOptions(citizenId);
        add(new H2(getTranslation("cart.when")));
        add(new Paragraph(getTranslation("cart.when-help", options.providerName(), AddOnTexts.days(this, options.weekdays()),
                AddOnTexts.dayAndDate(this, options.earliest()))));
        List<String> repeats = new ArrayList<>();
        repeats.add(ONCE);
        options.recurrences().stream().sorted().map(Recurrence::name).forEach(repeats::add);
        repeat.setLabel(getTranslation("cart.repeat"));
        repeat.setItems(repeats);
        repeat.setItemLabelGenerator(r -> ONCE.equals(r) ? getTranslation("cart.repeat.once") : getTranslation("recurrence." + r));
        repeat.setValue(ONCE);
        date.setLabel(getTranslation(options.recurrences().isEmpty() ? "cart.date" : "cart.first-date"));
        date.setMin(options.earliest());
        date.setRequired(true);
        date.setHelperText(getTranslation("cart.date-help", AddOnTexts.days(this, options.weekdays())));
        date.setI18n(calendarTexts());
        window.setLabel(getTranslation("cart.window"));
        window.setItems(options.windows());
        window.setItemLabelGenerator(w -> getTranslation("cart.window-value", AddOnTexts.window(w)));
        if (options.windows().size() == 1) {
            window.setValue(options.windows().getFirst());
        }
        add(repeat, date, window);
        places.addClassName("free-places");
        places.getElement().setAttribute("aria-live", "polite");
        add(places);
        date.addValueChangeListener(e -> showFreePlaces());
        window.addValueChangeListener(e -> showFreePlaces());

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
        order.addClickListener(e -> placeOrder());
        add(order);
    }

    /** The calendar in the page's language (Vaadin's own texts are English), weeks starting on Monday. */
    private DatePicker.DatePickerI18n calendarTexts() {
        Locale locale = TranslationProvider.supported(getLocale());
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        return new DatePicker.DatePickerI18n()
                .setDateFormat("d/M/yyyy")
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(1)
                .setToday(getTranslation("cart.calendar-today"))
                .setCancel(getTranslation("cart.calendar-cancel"))
                .setMinErrorMessage(getTranslation("cart.calendar-too-early"))
                .setBadInputErrorMessage(getTranslation("cart.calendar-bad-date"));
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
            Notification.show(getTranslation(e.messageKey(), e.arguments()), 8000, Notification.Position.MIDDLE);
            return;
        }
        String orders = CitizenContext.link("tilkoeb/bestillinger", citizenId);
        if (payment.getValue() == PaymentMethod.CARD) {
            try {
                String url = ordering.cardCheckoutUrl(orderId, orders);
                getUI().ifPresent(ui -> ui.getPage().setLocation(url));
            } catch (PaymentUnavailableException e) {
                Notification.show(getTranslation("payment.unavailable"), 8000, Notification.Position.MIDDLE);
                UIs.navigate(this, orders);
            }
            return;
        }
        Notification.show(getTranslation("cart.thanks"), 8000, Notification.Position.MIDDLE);
        UIs.navigate(this, orders);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cart.title") + " – " + getTranslation("app.name");
    }
}
