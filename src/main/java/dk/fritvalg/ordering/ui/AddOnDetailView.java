package dk.fritvalg.ordering.ui;

import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.citizen.CitizenContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.details.Details;
import dk.fritvalg.catalogue.AddOnCostCalculations;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.catalogue.AddOn;
import dk.fritvalg.catalogue.AddOnOffer;
import dk.fritvalg.catalogue.CatalogueService;
import dk.fritvalg.citizen.Citizen;
import dk.fritvalg.citizen.CitizenService;
import dk.fritvalg.ordering.OrderingService;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.shared.BusinessException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import dk.fritvalg.ui.Formats;

/** The product page of one add-on: everything about it, the provider's cancellation terms, and "put in the cart". */
@Route("tilkoeb/ydelse/:id")
@ViewPermission(Permission.VIEW_ADD_ON_ORDERS)
public class AddOnDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogueService catalogue;
    private final CitizenService citizens;
    private final ProviderService providers;
    private final OrderingService ordering;
    private final AccessGuard accessGuard;
    private final AddOnCostCalculations costs;
    private final MunicipalityService municipalities;
    final IntegerField quantity = new IntegerField();
    private final PageMessages messages = new PageMessages();
    private String title = "";

    public AddOnDetailView(CatalogueService catalogue, CitizenService citizens, ProviderService providers, OrderingService ordering,
                           AccessGuard accessGuard, AddOnCostCalculations costs, MunicipalityService municipalities) {
        this.accessGuard = accessGuard;
        this.costs = costs;
        this.municipalities = municipalities;
        this.catalogue = catalogue;
        this.citizens = citizens;
        this.providers = providers;
        this.ordering = ordering;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> citizenId = CitizenContext.resolve(event, citizens);
        if (citizenId.isEmpty()) {
            event.forwardTo("tilkoeb");
            return;
        }
        // Not a number, not there, or withdrawn: the Danish not-found page.
        Optional<AddOn> addOn = event.getRouteParameters().get("id").flatMap(CitizenContext::parse).flatMap(catalogue::addOn)
                .filter(AddOn::isActive);
        if (addOn.isEmpty()) {
            throw new NotFoundException();
        }
        CitizenService.Overview overview = citizens.overview(citizenId.get());
        if (!Objects.equals(overview.citizen().getMunicipalityId(), addOn.get().getMunicipalityId())) {
            // Another municipality's offer is not for this citizen: logged as a denial, and back to her own catalogue.
            accessGuard.deny(Permission.ORDER_ADD_ONS, "add-on " + addOn.get().getId());
            event.forwardTo("tilkoeb");
            return;
        }
        render(overview.citizen(), addOn.get(), accessGuard.allows(Permission.ORDER_ADD_ONS, Target.citizen(citizenId.get())));
    }

    private void render(Citizen citizen, AddOn addOn, boolean mayAct) {
        removeAll();
        AddOnOffer offer = addOn.offer();
        Provider provider = providers.byId(addOn.getProviderId()).orElseThrow();
        title = offer.name();
        add(new H1(offer.name()));
        add(new Paragraph(getTranslation("addon.by", provider.getName())));
        if (offer.description() != null) {
            add(new Paragraph(offer.description()));
        }
        if (addOn.isCostBased()) {
            Paragraph cost = new Paragraph(getTranslation("addon.cost-based.price"));
            cost.addClassName("notice");
            cost.setId("cost-based");
            add(cost);
            costs.of(addOn.getId()).ifPresent(b -> {
                Details calculation = new Details(getTranslation("addon.cost-based.open"), breakdown(b));
                calculation.setId("cost-calculation");
                add(calculation);
            });
            extraBeyondGrant(citizen, addOn);
        }
        DescriptionList facts = new DescriptionList();
        term(facts, "addon.price", AddOnTexts.price(this, offer.priceOre(), offer.unit()) + " "
                + getTranslation("addon.including-vat", offer.vatRatePercent()));
        if (offer.durationMinutes() != null) {
            term(facts, "addon.duration", getTranslation("addon.minutes", offer.durationMinutes()));
        }
        term(facts, "addon.category", getTranslation("addon-category." + offer.category()));
        term(facts, "addon.days", AddOnTexts.days(this, offer.weekdays()));
        term(facts, "addon.windows", offer.timeWindows().stream().map(AddOnTexts::window).collect(Collectors.joining(", ")));
        term(facts, "addon.lead-time", getTranslation("addon.lead-time-days", offer.leadTimeDays()));
        term(facts, "addon.recurring", offer.recurring().isEmpty() ? getTranslation("addon.recurring-none")
                : offer.recurring().stream().sorted().map(r -> getTranslation("recurrence." + r)).collect(Collectors.joining(", ")));
        term(facts, "addon.eligibility", getTranslation("eligibility." + offer.eligibility()));
        term(facts, "addon.where", offer.postcodes().isEmpty() ? getTranslation("addon.where-provider")
                : String.join(", ", offer.postcodes()));
        if (offer.capacityPerSlot() != null) {
            term(facts, "addon.capacity", getTranslation("addon.capacity-value", offer.capacityPerSlot()));
        }
        term(facts, "addon.terms", getTranslation("ordering.terms", provider.profile().cancellationDeadlineHour()));
        add(facts);

        Optional<BusinessException> refusal = ordering.refusal(citizen.getId(), addOn.getId());
        if (refusal.isPresent()) {
            // Said before she tries, not after: why this one is not for her.
            Paragraph why = new Paragraph(getTranslation(refusal.get().messageKey(), refusal.get().arguments()));
            why.addClassName("notice");
            why.addClassName("not-for-you");
            add(why);
        } else if (mayAct) {
            quantity.setLabel(getTranslation("addon.quantity." + offer.unit()));
            quantity.setMin(1);
            quantity.setMax(20);
            quantity.setValue(1);
            quantity.setStepButtonsVisible(true);
            String range = getTranslation("ordering.quantity");
            quantity.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(range).setMinErrorMessage(range)
                    .setMaxErrorMessage(range).setRequiredErrorMessage(range));
            Button add = new Button(getTranslation("addons.add-to-cart"), e -> addToCart(citizen.getId(), addOn));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.addClassName("add-to-cart");
            add(quantity, messages, add);
        }
        add(new Paragraph(new Anchor(CitizenContext.link("tilkoeb", citizen.getId()), getTranslation("addon.back"))));
    }

    /**
     * An add-on may never replace help the citizen is entitled to: where she has a grant in the area the municipal
     * add-on lies next to, it is marked as an extra beyond the grant, and the rule is explained.
     */
    private void extraBeyondGrant(Citizen citizen, AddOn addOn) {
        java.time.LocalDate today = java.time.LocalDate.now(dk.fritvalg.shared.TimeConfiguration.DANISH_TIME);
        addOn.offer().category().grantedArea().ifPresent(kind -> {
            java.util.Set<Long> granted = citizens.overview(citizen.getId()).grants().stream().filter(g -> g.isValidOn(today))
                    .map(dk.fritvalg.citizen.Grant::getServiceAreaId).collect(Collectors.toSet());
            municipalities.serviceAreas(citizen.getMunicipalityId()).stream()
                    .filter(a -> a.getKind() == kind && granted.contains(a.getId())).findFirst().ifPresent(area -> {
                        Paragraph extra = new Paragraph(getTranslation("addon.extra-beyond-grant", area.getName()));
                        extra.addClassName("notice");
                        extra.setId("extra-beyond-grant");
                        add(extra);
                    });
        });
    }

    private com.vaadin.flow.component.Component breakdown(AddOnCostCalculations.CostBreakdown b) {
        java.util.Locale locale = getLocale();
        com.vaadin.flow.component.html.UnorderedList lines = new com.vaadin.flow.component.html.UnorderedList();
        lines.addClassName("cost-breakdown");
        AddOnCostCalculations.CostItems i = b.items();
        lines.add(new com.vaadin.flow.component.html.ListItem(getTranslation("cost.line.wage", Formats.kroner(i.hourlyWageOre(), locale),
                i.pensionPercent(), i.holidayPercent(), Formats.kroner(b.wagePerHourOre(), locale))));
        lines.add(new com.vaadin.flow.component.html.ListItem(getTranslation("cost.line.time", i.minutesPerUnit(), i.travelMinutesPerUnit(),
                b.minutesTotal())));
        lines.add(new com.vaadin.flow.component.html.ListItem(getTranslation("cost.line.labour", Formats.kroner(b.labourOre(), locale))));
        lines.add(new com.vaadin.flow.component.html.ListItem(getTranslation("cost.line.materials", Formats.kroner(b.materialsOre(), locale))));
        lines.add(new com.vaadin.flow.component.html.ListItem(getTranslation("cost.line.overhead", i.overheadPercent(),
                Formats.kroner(b.overheadOre(), locale))));
        lines.add(new com.vaadin.flow.component.html.ListItem(getTranslation("cost.line.administration",
                Formats.kroner(b.administrationOre(), locale))));
        lines.add(new com.vaadin.flow.component.html.ListItem(getTranslation("cost.line.unit-cost", Formats.kroner(b.unitCostOre(), locale))));
        lines.add(new com.vaadin.flow.component.html.ListItem(getTranslation("cost.line.price", b.vatRatePercent(),
                Formats.kroner(b.priceOre(), locale))));
        return lines;
    }

    private void addToCart(long citizenId, AddOn addOn) {
        // Empty when the text is no whole number the field can read ("abc", 999999999999): refused, never taken as 1.
        if (quantity.getValue() == null) {
            quantity.setErrorMessage(getTranslation("ordering.quantity"));
            quantity.setInvalid(true);
            return;
        }
        try {
            ordering.addAddOn(citizenId, addOn.getId(), quantity.getValue());
            PageMessages.forNextPage(this, getTranslation("addons.added", addOn.getName()));
            UIs.navigate(this, CitizenContext.link("tilkoeb/kurv", citizenId));
        } catch (BusinessException e) {
            messages.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
