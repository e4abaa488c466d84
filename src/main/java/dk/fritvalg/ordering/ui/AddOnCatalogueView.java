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
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.catalogue.AddOnCategory;
import dk.fritvalg.catalogue.AddOnSearch;
import dk.fritvalg.catalogue.AddOnSummary;
import dk.fritvalg.catalogue.CatalogueService;
import dk.fritvalg.catalogue.PackageDetails;
import dk.fritvalg.citizen.Citizen;
import dk.fritvalg.citizen.CitizenService;
import dk.fritvalg.ordering.OrderingService;
import dk.fritvalg.provider.Provider;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.ui.Formats;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "Køb ekstra hjælp": the add-ons and packages offered in the citizen's municipality, with filters on
 * category, provider, price and delivery day. The result list is paged in the database.
 */
@Route("tilkoeb")
@Menu(title = "menu.addons", order = 20)
@ViewPermission(Permission.VIEW_ADD_ON_ORDERS)
public class AddOnCatalogueView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogueService catalogue;
    private final CitizenService citizens;
    private final ProviderService providers;
    private final OrderingService ordering;

    final Select<AddOnCategory> category = new Select<>();
    final Select<Provider> provider = new Select<>();
    final IntegerField maxPrice = new IntegerField();
    final Select<DayOfWeek> weekday = new Select<>();
    /** The offers found, a page of {@link #PAGE} at a time from the database ("Vis flere" fetches the next). */
    final UnorderedList results = new UnorderedList();
    private final Button more = new Button();
    private final List<AddOnSummary> shown = new ArrayList<>();
    private AddOnSearch search;
    static final int PAGE = 25;
    private long citizenId;
    private Citizen citizen;
    private Map<Long, String> providerNames = Map.of();

    private final AccessGuard accessGuard;

    public AddOnCatalogueView(CatalogueService catalogue, CitizenService citizens, ProviderService providers, OrderingService ordering,
                              AccessGuard accessGuard) {
        this.accessGuard = accessGuard;
        this.catalogue = catalogue;
        this.citizens = citizens;
        this.providers = providers;
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
        CitizenService.Overview overview = citizens.overview(citizenId);
        citizen = overview.citizen();
        render(overview);
    }

    private void render(CitizenService.Overview overview) {
        removeAll();
        add(new H1(AddOnTexts.whose(this, "addons.title", citizens, citizenId)));
        if (CitizenContext.link("", citizenId).contains(CitizenContext.PARAMETER)) {
            Paragraph forWhom = new Paragraph(getTranslation(overview.mayAct() ? "addons.ordering-for" : "addons.viewing-for",
                    citizen.fullName()));
            forWhom.addClassName("notice");
            add(forWhom);
        }
        add(new Paragraph(getTranslation("addons.intro")));
        OrderingService.Cart cart = ordering.cart(citizenId);
        Anchor cartLink = new Anchor(CitizenContext.link("tilkoeb/kurv", citizenId),
                getTranslation("addons.cart-link", cart.lines().size()));
        cartLink.addClassName("cart-link");
        add(new Paragraph(cartLink));

        List<Provider> municipalityProviders = providers.inMunicipality(citizen.getMunicipalityId());
        providerNames = municipalityProviders.stream().collect(Collectors.toMap(Provider::getId, Provider::getName));

        category.setLabel(getTranslation("addons.filter.category"));
        category.setItems(Arrays.stream(AddOnCategory.values()).toList());
        category.setItemLabelGenerator(c -> c == null ? getTranslation("addons.filter.all") : getTranslation("addon-category." + c));
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("addons.filter.all"));
        provider.setLabel(getTranslation("addons.filter.provider"));
        provider.setItems(municipalityProviders);
        provider.setItemLabelGenerator(p -> p == null ? getTranslation("addons.filter.all") : p.getName());
        provider.setEmptySelectionAllowed(true);
        provider.setEmptySelectionCaption(getTranslation("addons.filter.all"));
        maxPrice.setLabel(getTranslation("addons.filter.max-price"));
        maxPrice.setMin(0);
        maxPrice.setSuffixComponent(new Div("kr."));
        weekday.setLabel(getTranslation("addons.filter.day"));
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(d -> d == null ? getTranslation("addons.filter.any-day") : d.getDisplayName(TextStyle.FULL, dk.fritvalg.ui.TranslationProvider.supported(getLocale())));
        weekday.setEmptySelectionAllowed(true);
        weekday.setEmptySelectionCaption(getTranslation("addons.filter.any-day"));
        FlexLayout filters = new FlexLayout(category, provider, maxPrice, weekday);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        Section filterSection = new Section(new H2(getTranslation("addons.filter.title")), filters);
        add(filterSection);
        category.addValueChangeListener(e -> refresh());
        provider.addValueChangeListener(e -> refresh());
        maxPrice.addValueChangeListener(e -> refresh());
        weekday.addValueChangeListener(e -> refresh());

        H2 resultsHeading = new H2(getTranslation("addons.results"));
        resultsHeading.setId("addon-results-heading");
        add(resultsHeading);
        // A list of cards rather than a grid: long names wrap whole at any width and zoom, and Tab reaches every link.
        results.addClassName("addon-results");
        results.getElement().setAttribute("aria-labelledby", "addon-results-heading");
        more.setText(getTranslation("addons.more"));
        more.addClassName("addon-more");
        more.addClickListener(e -> showMore());
        add(results, more);
        refresh();

        List<PackageDetails> packages = ordering.packagesFor(citizenId);
        if (!packages.isEmpty()) {
            add(new H2(getTranslation("addons.packages")));
            packages.forEach(p -> add(packageCard(p)));
        }
    }

    AddOnSearch currentSearch() {
        return ordering.catalogueSearch(citizenId, category.getValue(), provider.getValue() == null ? null : provider.getValue().getId(),
                maxPrice.getValue() == null ? null : maxPrice.getValue() * 100L, weekday.getValue());
    }

    private void refresh() {
        search = currentSearch();
        results.removeAll();
        shown.clear();
        showMore();
    }

    /** The next page from the database; one more is asked for to know whether there are more still. */
    private void showMore() {
        List<AddOnSummary> page = catalogue.search(search, shown.size(), PAGE + 1);
        page.stream().limit(PAGE).forEach(a -> {
            shown.add(a);
            results.add(card(a));
        });
        more.setVisible(page.size() > PAGE);
        if (shown.isEmpty()) {
            results.add(new ListItem(getTranslation("addons.none-found")));
        }
    }

    private ListItem card(AddOnSummary a) {
        Anchor link = new Anchor(CitizenContext.link("tilkoeb/ydelse/" + a.id(), citizenId), a.name());
        link.addClassName("addon-link");
        H3 name = new H3(link);
        Paragraph who = new Paragraph(providerNames.getOrDefault(a.providerId(), "") + " · " + getTranslation("addon-category." + a.category()));
        Paragraph price = new Paragraph(getTranslation("addons.column.price") + ": " + AddOnTexts.price(this, a.priceOre(), a.unit()));
        price.addClassName("addon-price");
        ListItem item = new ListItem(name, who, price);
        if (a.costBased()) {
            item.add(new Paragraph(getTranslation("addons.cost-based-short")));
        }
        item.addClassName("addon-card");
        return item;
    }

    /** The offers on the page now, in order. */
    List<AddOnSummary> shown() {
        return List.copyOf(shown);
    }

    private Section packageCard(PackageDetails details) {
        Section card = new Section();
        card.addClassName("package-card");
        card.add(new H3(details.addOnPackage().getName()));
        card.add(new Paragraph(providerNames.getOrDefault(details.addOnPackage().getProviderId(), "")));
        if (details.addOnPackage().getDescription() != null) {
            card.add(new Paragraph(details.addOnPackage().getDescription()));
        }
        UnorderedList contents = new UnorderedList();
        details.items().forEach(i -> contents.add(new ListItem(i.quantity() + " × " + i.addOn().getName()
                + " (" + Formats.kroner(i.priceOre(), getLocale()) + ")")));
        card.add(new Paragraph(getTranslation("addons.package.contains")), contents);
        Paragraph price = new Paragraph(getTranslation("addons.package.price",
                Formats.kroner(details.addOnPackage().getPriceOre(), getLocale()),
                Formats.kroner(details.separatePriceOre(), getLocale()),
                Formats.kroner(details.savingOre(), getLocale())));
        price.addClassName("package-price");
        card.add(price);
        PageMessages problem = new PageMessages();
        Button add = new Button(getTranslation("addons.add-to-cart"), e -> {
            try {
                ordering.addPackage(citizenId, details.addOnPackage().getId(), 1);
                PageMessages.forNextPage(this, getTranslation("addons.added", details.addOnPackage().getName()));
                UIs.navigate(this, CitizenContext.link("tilkoeb/kurv", citizenId));
            } catch (BusinessException ex) {
                problem.error(getTranslation(ex.messageKey(), ex.arguments()));
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // The name begins with the words on the button (WCAG 2.5.3), then says which package.
        add.getElement().setAttribute("aria-label", getTranslation("addons.add-package-aria", details.addOnPackage().getName()));
        card.add(problem);
        // Only what the user may do: a relative with a power to view sees the package, not the button.
        if (accessGuard.allows(Permission.ORDER_ADD_ONS, Target.citizen(citizenId))) {
            card.add(add);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.addons") + " – " + getTranslation("app.name");
    }
}
