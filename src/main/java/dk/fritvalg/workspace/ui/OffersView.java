package dk.fritvalg.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.catalogue.AddOn;
import dk.fritvalg.catalogue.AddOnCategory;
import dk.fritvalg.catalogue.AddOnOffer;
import dk.fritvalg.catalogue.AddOnUnit;
import dk.fritvalg.catalogue.Eligibility;
import dk.fritvalg.catalogue.OfferStatus;
import dk.fritvalg.catalogue.ProviderOffers;
import dk.fritvalg.catalogue.Recurrence;
import dk.fritvalg.catalogue.TimeWindow;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.StaleVersionException;
import dk.fritvalg.ui.Formats;
import dk.fritvalg.ui.Notices;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The provider's offers: its administrator creates, edits, pauses, resumes and retires add-ons, with a preview as the
 * citizen sees it; an order handler sees the list only. A municipal provider's price field is locked (the price comes
 * from the municipality's cost calculation). A provider has tens of add-ons, so the list is not paged.
 */
@Route("leverandoer/tilbud")
@Menu(title = "menu.provider-offers", order = 41)
@ViewPermission(Permission.VIEW_PROVIDER_WORKSPACE)
public class OffersView extends Div implements HasDynamicTitle {

    private final ProviderOffers offers;
    private final long providerId;
    private final boolean mayEdit;
    private final boolean priceLocked;
    private final Grid<AddOn> grid = new Grid<>(AddOn.class, false);
    private final Div message = new Div();
    private final Div editor = new Div();
    private final Div preview = new Div();

    final TextField name = new TextField();
    final Select<AddOnCategory> category = new Select<>();
    final TextArea description = new TextArea();
    final IntegerField duration = new IntegerField();
    final Select<AddOnUnit> unit = new Select<>();
    final BigDecimalField price = new BigDecimalField();
    final Select<Integer> vat = new Select<>();
    final TextField postcodes = new TextField();
    final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>();
    final TextField windows = new TextField();
    final IntegerField leadTime = new IntegerField();
    final CheckboxGroup<Recurrence> recurrence = new CheckboxGroup<>();
    final Select<Eligibility> eligibility = new Select<>();
    final IntegerField capacity = new IntegerField();
    final Button save = new Button();
    final Button create = new Button();

    private AddOn editing;

    public OffersView(ProviderOffers offers, AccessGuard accessGuard) {
        this.offers = offers;
        addClassName("page");
        Long own = CurrentUser.require().providerId();
        add(new H1(getTranslation("offers.title")));
        if (own == null) {
            providerId = 0;
            mayEdit = false;
            priceLocked = false;
            add(new Paragraph(getTranslation("provider-home.no-municipality")));
            return;
        }
        providerId = own;
        mayEdit = accessGuard.allows(Permission.MANAGE_PROVIDER_OFFERS, Target.provider(providerId));
        priceLocked = offers.priceLocked(providerId);
        add(new Paragraph(getTranslation(mayEdit ? "offers.intro" : "offers.intro.read-only")));
        if (priceLocked) {
            add(Notices.notice(getTranslation("offers.price-locked")));
        }
        add(message);
        grid.addColumn(AddOn::getName).setHeader(getTranslation("offers.column.name")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation("addon-category." + a.getCategory())).setHeader(getTranslation("offers.column.category"));
        grid.addColumn(a -> Formats.kroner(a.getPriceOre(), getLocale()) + " " + getTranslation("addon-unit." + a.getUnit()))
                .setHeader(getTranslation("offers.column.price"));
        grid.addColumn(a -> getTranslation("offers.status." + a.getStatus())).setHeader(getTranslation("offers.column.status"));
        if (mayEdit) {
            grid.addComponentColumn(this::actions).setHeader(getTranslation("offers.column.actions")).setFlexGrow(2);
        }
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("offers.title"));
        add(grid);
        if (mayEdit) {
            create.setText(getTranslation("offers.new"));
            create.addClickListener(e -> open(null));
            add(create);
            buildEditor();
            add(editor, preview);
        }
        refresh();
    }

    /** The row's buttons (the grid's last column). */
    HorizontalLayout actions(AddOn addOn) {
        HorizontalLayout row = new HorizontalLayout();
        if (addOn.getStatus() == OfferStatus.RETIRED) {
            return row;
        }
        Button edit = new Button(getTranslation("offers.edit"), e -> open(addOn));
        edit.getElement().setAttribute("aria-label", getTranslation("offers.edit.of", addOn.getName()));
        row.add(edit);
        if (addOn.getStatus() == OfferStatus.ACTIVE) {
            Button pause = new Button(getTranslation("offers.pause"), e -> act(() -> offers.pause(providerId, addOn.getId()), "offers.paused"));
            pause.getElement().setAttribute("aria-label", getTranslation("offers.pause.of", addOn.getName()));
            row.add(pause);
        } else {
            Button resume = new Button(getTranslation("offers.resume"), e -> act(() -> offers.resume(providerId, addOn.getId()), "offers.resumed"));
            resume.getElement().setAttribute("aria-label", getTranslation("offers.resume.of", addOn.getName()));
            row.add(resume);
        }
        Button retire = new Button(getTranslation("offers.retire"), e -> act(() -> offers.retire(providerId, addOn.getId()), "offers.retired"));
        retire.getElement().setAttribute("aria-label", getTranslation("offers.retire.of", addOn.getName()));
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        row.add(retire);
        return row;
    }

    private void buildEditor() {
        name.setLabel(getTranslation("offers.field.name"));
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        category.setLabel(getTranslation("offers.field.category"));
        category.setItems(AddOnCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("addon-category." + c));
        description.setLabel(getTranslation("offers.field.description"));
        description.setMaxLength(2000);
        duration.setLabel(getTranslation("offers.field.duration"));
        unit.setLabel(getTranslation("offers.field.unit"));
        unit.setItems(AddOnUnit.values());
        unit.setItemLabelGenerator(u -> getTranslation("addon-unit." + u));
        price.setLabel(getTranslation("offers.field.price"));
        price.setHelperText(getTranslation(priceLocked ? "offers.field.price.locked" : "offers.field.price.help"));
        price.setReadOnly(priceLocked);
        vat.setLabel(getTranslation("offers.field.vat"));
        vat.setItems(25, 0);
        vat.setItemLabelGenerator(v -> v + " %");
        postcodes.setLabel(getTranslation("offers.field.postcodes"));
        postcodes.setHelperText(getTranslation("offers.field.postcodes.help"));
        weekdays.setLabel(getTranslation("offers.field.weekdays"));
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
        windows.setLabel(getTranslation("offers.field.windows"));
        windows.setHelperText(getTranslation("offers.field.windows.help"));
        leadTime.setLabel(getTranslation("offers.field.lead-time"));
        recurrence.setLabel(getTranslation("offers.field.recurrence"));
        recurrence.setItems(Recurrence.values());
        recurrence.setItemLabelGenerator(r -> getTranslation("recurrence." + r));
        eligibility.setLabel(getTranslation("offers.field.eligibility"));
        eligibility.setItems(Eligibility.values());
        eligibility.setItemLabelGenerator(e -> getTranslation("eligibility." + e));
        capacity.setLabel(getTranslation("offers.field.capacity"));
        save.setText(getTranslation("offers.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button showPreview = new Button(getTranslation("offers.preview"), e -> showPreview());
        Button cancel = new Button(getTranslation("offers.cancel"), e -> editor.setVisible(false));
        FormLayout form = new FormLayout(name, category, description, duration, unit, price, vat, postcodes, weekdays, windows, leadTime,
                recurrence, eligibility, capacity);
        form.setColspan(description, 2);
        editor.add(new H2(getTranslation("offers.editor")), form, new HorizontalLayout(save, showPreview, cancel));
        editor.setVisible(false);
        preview.addClassName("offer-preview");
    }

    void open(AddOn addOn) {
        editing = addOn;
        message.removeAll();
        preview.removeAll();
        AddOnOffer o = addOn == null ? null : addOn.offer();
        name.setValue(o == null ? "" : o.name());
        category.setValue(o == null ? null : o.category());
        description.setValue(o == null || o.description() == null ? "" : o.description());
        duration.setValue(o == null ? 60 : o.durationMinutes());
        unit.setValue(o == null ? AddOnUnit.PER_VISIT : o.unit());
        price.setValue(o == null ? null : BigDecimal.valueOf(o.priceOre(), 2));
        vat.setValue(o == null ? 25 : o.vatRatePercent());
        postcodes.setValue(o == null ? "" : String.join(", ", o.postcodes()));
        weekdays.setValue(o == null ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : o.weekdays());
        windows.setValue(o == null ? "08:00-12:00, 12:00-16:00"
                : o.timeWindows().stream().map(TimeWindow::toString).collect(Collectors.joining(", ")));
        leadTime.setValue(o == null ? 2 : o.leadTimeDays());
        recurrence.setValue(o == null ? Set.of() : o.recurring());
        eligibility.setValue(o == null ? Eligibility.ANY : o.eligibility());
        capacity.setValue(o == null ? null : o.capacityPerSlot());
        editor.setVisible(true);
        name.focus();
    }

    /** The form's values as an offer; a field the service cannot even read gets its Danish message here. */
    AddOnOffer read() {
        List<TimeWindow> parsed = new ArrayList<>();
        for (String part : windows.getValue().split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                parsed.add(TimeWindow.parse(part.strip()));
            } catch (RuntimeException e) {
                throw new BusinessException("offers.error.windows");
            }
        }
        long priceOre;
        if (priceLocked) {
            priceOre = editing == null ? 0 : editing.getPriceOre();
        } else if (price.getValue() == null || price.isInvalid()) {
            throw new BusinessException("offers.error.price");
        } else {
            priceOre = price.getValue().setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
        }
        Set<String> codes = Arrays.stream(postcodes.getValue().split("[,\\s]+")).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (duration.isInvalid() || leadTime.isInvalid() || capacity.isInvalid()) {
            throw new BusinessException("offers.error.number");
        }
        return new AddOnOffer(name.getValue().strip(), category.getValue(), description.getValue().isBlank() ? null : description.getValue().strip(),
                duration.getValue(), unit.getValue(), priceOre, vat.getValue() == null ? -1 : vat.getValue(),
                leadTime.getValue() == null ? -1 : leadTime.getValue(),
                weekdays.getValue().isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekdays.getValue()), parsed,
                recurrence.getValue().isEmpty() ? EnumSet.noneOf(Recurrence.class) : EnumSet.copyOf(recurrence.getValue()),
                eligibility.getValue() == null ? Eligibility.ANY : eligibility.getValue(), capacity.getValue(), codes);
    }

    void save() {
        message.removeAll();
        try {
            AddOnOffer offer = read();
            if (editing == null) {
                offers.create(providerId, offer);
            } else {
                offers.edit(providerId, editing.getId(), editing.getVersion(), offer);
            }
            editor.setVisible(false);
            preview.removeAll();
            message.add(Notices.success(getTranslation(editing == null ? "offers.created" : "offers.changed", offer.name())));
            refresh();
        } catch (BusinessException e) {
            // The form keeps what was typed; the message says what to correct.
            message.add(Notices.error(getTranslation(e.messageKey(), e.arguments())));
        } catch (StaleVersionException e) {
            message.add(Notices.error(getTranslation("offers.error.stale")));
        }
    }

    void showPreview() {
        preview.removeAll();
        message.removeAll();
        try {
            AddOnOffer o = read();
            preview.add(new H2(getTranslation("offers.preview.title")));
            Div card = new Div();
            card.addClassName("addon-card");
            card.add(new com.vaadin.flow.component.html.H3(o.name()));
            if (o.description() != null) {
                card.add(new Paragraph(o.description()));
            }
            card.add(new Paragraph(Formats.kroner(o.priceOre(), getLocale()) + " " + getTranslation("addon-unit." + o.unit())
                    + " · " + getTranslation("offers.preview.vat", o.vatRatePercent())));
            card.add(new Paragraph(getTranslation("offers.preview.when",
                    o.weekdays().stream().sorted().map(d -> d.getDisplayName(TextStyle.FULL, getLocale())).collect(Collectors.joining(", ")),
                    o.timeWindows().stream().map(TimeWindow::toString).collect(Collectors.joining(", ")), o.leadTimeDays())));
            preview.add(card);
        } catch (BusinessException e) {
            message.add(Notices.error(getTranslation(e.messageKey(), e.arguments())));
        }
    }

    private void act(Runnable action, String doneKey) {
        message.removeAll();
        try {
            action.run();
            message.add(Notices.success(getTranslation(doneKey)));
        } catch (BusinessException e) {
            message.add(Notices.error(getTranslation(e.messageKey(), e.arguments())));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(offers.offers(providerId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("offers.title") + " – " + getTranslation("app.name");
    }
}
