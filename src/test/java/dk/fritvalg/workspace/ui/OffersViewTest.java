package dk.fritvalg.workspace.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import dk.fritvalg.catalogue.AddOn;
import dk.fritvalg.catalogue.AddOnCategory;
import dk.fritvalg.catalogue.AddOnOffer;
import dk.fritvalg.catalogue.AddOnUnit;
import dk.fritvalg.catalogue.Eligibility;
import dk.fritvalg.catalogue.OfferStatus;
import dk.fritvalg.catalogue.ProviderOffers;
import dk.fritvalg.catalogue.Recurrence;
import dk.fritvalg.catalogue.TimeWindow;
import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.ordering.OrderingFixture;
import dk.fritvalg.ordering.OrderingService;
import dk.fritvalg.ordering.ScheduleOptions;
import dk.fritvalg.payment.PaymentMethod;
import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.support.KaribuTest;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The provider's offers page and its rules: the administrator creates, edits, previews, pauses and retires add-ons
 * with Danish messages for bad input (and keeps what was typed); a new price applies to new orders only; an order
 * handler and another provider's staff cannot change prices; a municipal provider's price field is locked.
 */
class OffersViewTest extends KaribuTest {

    @Autowired
    ProviderOffers offers;
    @Autowired
    CitizenFixture citizens;
    @Autowired
    OrderingService ordering;
    @Autowired
    JdbcTemplate jdbc;

    long omsorgsgruppen;
    long hjemmepleje;

    @BeforeEach
    void providers() {
        omsorgsgruppen = citizens.provider("favrskov-omsorgsgruppen-midt");
        hjemmepleje = citizens.provider("favrskov-hjemmepleje");
        new OrderingFixture(jdbc).reset();
    }

    private OffersView open() {
        UI.getCurrent().navigate("leverandoer/tilbud");
        return (OffersView) UI.getCurrent().getCurrentView();
    }

    private static List<String> messages(String kind) {
        return _find(Paragraph.class).stream().filter(p -> p.hasClassName(kind)).map(Paragraph::getText).toList();
    }

    private static AddOnOffer offer(String name, long priceOre) {
        return new AddOnOffer(name, AddOnCategory.GARDEN, "Vi slår græsset.", 60, AddOnUnit.PER_VISIT, priceOre, 25, 1,
                EnumSet.allOf(DayOfWeek.class), List.of(TimeWindow.parse("08:00-12:00"), TimeWindow.parse("12:00-16:00")),
                EnumSet.of(Recurrence.WEEKLY), Eligibility.ANY, null, Set.of("8370", "8382"));
    }

    @Test
    void theAdministratorCreatesAnAddOnPreviewsItAndFixesBadInputWithoutLosingIt() {
        loginDemo("leverandoer");
        OffersView view = open();
        _click(view.create);
        setValue(view.name, "Havehjælp Karibu");
        setValue(view.category, AddOnCategory.GARDEN);
        setValue(view.description, "Græsslåning og lugning.");
        setValue(view.price, new BigDecimal("325.50"));
        setValue(view.postcodes, "8370, 83x0");
        _click(view.save);
        assertThat(messages("error")).containsExactly("Skriv gyldige danske postnumre (fire cifre), adskilt med komma.");
        assertThat(view.name.getValue()).as("what was typed stays").isEqualTo("Havehjælp Karibu");
        setValue(view.postcodes, "8370, 8382");
        setValue(view.windows, "16:00-12:00");
        _click(view.save);
        assertThat(messages("error")).containsExactly("Skriv mindst ét tidsrum som 08:00-12:00, hvor sluttiden er efter starttiden.");
        setValue(view.windows, "08:00-12:00");

        view.showPreview();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).anyMatch(t -> t.startsWith("325,50 kr. pr. besøg"));

        _click(view.save);
        assertThat(messages("success")).containsExactly("Tilbuddet Havehjælp Karibu er oprettet.");
        AddOn created = offers.offers(omsorgsgruppen).stream().filter(a -> a.getName().equals("Havehjælp Karibu")).findFirst().orElseThrow();
        assertThat(created.getPriceOre()).isEqualTo(32_550);
        assertThat(created.getStatus()).isEqualTo(OfferStatus.ACTIVE);
        assertThat(created.offer().postcodes()).containsExactlyInAnyOrder("8370", "8382");

        // Edit the price, then pause and retire it through the row's buttons.
        view.open(created);
        setValue(view.price, new BigDecimal("350"));
        _click(view.save);
        assertThat(offers.offers(omsorgsgruppen).stream().filter(a -> a.getId().equals(created.getId())).findFirst().orElseThrow()
                .getPriceOre()).isEqualTo(35_000);
        button(view, created.getId(), "Sæt på pause: Havehjælp Karibu").click();
        assertThat(status(created.getId())).isEqualTo("PAUSED");
        button(view, created.getId(), "Genoptag Havehjælp Karibu").click();
        assertThat(status(created.getId())).isEqualTo("ACTIVE");
        button(view, created.getId(), "Lad Havehjælp Karibu udgå").click();
        assertThat(status(created.getId())).isEqualTo("RETIRED");
        assertThat(view.actions(current(created.getId())).getChildren()).as("a retired offer has no buttons").isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE event = 'OFFER_CHANGED' AND details LIKE 'Havehjælp Karibu%'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void aPriceChangeAppliesToNewOrdersOnly() {
        CitizenFixture.actAs(CitizenFixture.providerUser(omsorgsgruppen));
        long addOn = offers.create(omsorgsgruppen, offer("Græsslåning prisprøve", 20_000));

        long citizen = citizens.citizen("0710", "8370", null);
        citizens.grant(citizen, citizens.area("0710", ServiceAreaKind.PRACTICAL_HELP), omsorgsgruppen);
        long firstOrder = order(citizen, addOn);
        assertThat(price(firstOrder)).isEqualTo(20_000);

        CitizenFixture.actAs(CitizenFixture.providerUser(omsorgsgruppen));
        AddOn current = offers.offers(omsorgsgruppen).stream().filter(a -> a.getId() == addOn).findFirst().orElseThrow();
        offers.edit(omsorgsgruppen, addOn, current.getVersion(), offer("Græsslåning prisprøve", 26_000));

        assertThat(price(firstOrder)).as("the order already placed keeps its price").isEqualTo(20_000);
        assertThat(jdbc.queryForObject("SELECT unit_price_ore FROM addon_order_line WHERE order_id = ?", Long.class, firstOrder))
                .isEqualTo(20_000);
        long secondOrder = order(citizen, addOn);
        assertThat(price(secondOrder)).as("a new order gets the new price").isEqualTo(26_000);
        // A stale edit (the version read before the change) is refused.
        CitizenFixture.actAs(CitizenFixture.providerUser(omsorgsgruppen));
        assertThatThrownBy(() -> offers.edit(omsorgsgruppen, addOn, current.getVersion(), offer("Græsslåning prisprøve", 1_000)))
                .isInstanceOf(dk.fritvalg.shared.StaleVersionException.class);
    }

    @Test
    void anOrderHandlerSeesTheOffersButCannotChangePrices() {
        CitizenFixture.actAs(CitizenFixture.providerUser(omsorgsgruppen));
        long addOn = offers.create(omsorgsgruppen, offer("Handlerprøve", 10_000));
        loginDemo("ordremodtager");
        OffersView view = open();
        assertThat(view.create.isAttached()).isFalse();
        assertThat(_find(Button.class).stream().map(b -> b.getElement().getAttribute("aria-label")))
                .noneMatch(label -> label != null && label.startsWith("Ret "));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Her ser du jeres tilkøbsydelser. Kun leverandørens administrator kan ændre tilbud og priser.");
        AddOn current = offers.offers(omsorgsgruppen).stream().filter(a -> a.getId() == addOn).findFirst().orElseThrow();
        assertThatThrownBy(() -> offers.edit(omsorgsgruppen, addOn, current.getVersion(), offer("Handlerprøve", 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> offers.pause(omsorgsgruppen, addOn)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> offers.create(omsorgsgruppen, offer("Må ikke", 100))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherProvidersStaffCanNeitherSeeNorChangeTheOffers() {
        CitizenFixture.actAs(CitizenFixture.providerUser(omsorgsgruppen));
        long addOn = offers.create(omsorgsgruppen, offer("Fremmedprøve", 10_000));
        CitizenFixture.actAs(CitizenFixture.providerUser(hjemmepleje));
        assertThatThrownBy(() -> offers.offers(omsorgsgruppen)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> offers.edit(omsorgsgruppen, addOn, 0, offer("Fremmedprøve", 1))).isInstanceOf(AccessDeniedException.class);
        // Through its own provider id, the other provider's add-on is not found as its own.
        assertThatThrownBy(() -> offers.retire(hjemmepleje, addOn)).isInstanceOf(AccessDeniedException.class);
        assertThat(offers.offers(hjemmepleje)).noneMatch(a -> a.getId() == addOn);
    }

    @Test
    void aMunicipalProvidersPriceFieldIsLockedAndItsNewAddOnsWaitForTheMunicipalitysPrice() {
        assertThat(offers.priceLocked(hjemmepleje)).isTrue();
        assertThat(offers.priceLocked(omsorgsgruppen)).isFalse();
        CitizenFixture.actAs(CitizenFixture.providerUser(hjemmepleje));
        long addOn = offers.create(hjemmepleje, offer("Kommunal havehjælp", 99_900));
        AddOn created = offers.offers(hjemmepleje).stream().filter(a -> a.getId() == addOn).findFirst().orElseThrow();
        assertThat(created.getPriceOre()).as("the typed price is not taken").isZero();
        assertThat(created.getStatus()).isEqualTo(OfferStatus.PAUSED);
        assertThat(created.isCostBased()).isTrue();
        assertThatThrownBy(() -> offers.edit(hjemmepleje, addOn, created.getVersion(), offer("Kommunal havehjælp", 12_300)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("offers.error.municipal-price");
        assertThatThrownBy(() -> offers.resume(hjemmepleje, addOn)).hasMessageContaining("offers.error.no-price");
        offers.edit(hjemmepleje, addOn, created.getVersion(), offer("Kommunal havehjælp, ny tekst", 0));
    }

    private long order(long citizen, long addOn) {
        CitizenFixture.actAs(CitizenFixture.citizenUser(citizen, citizens.municipalityId("0710")));
        ordering.addAddOn(citizen, addOn, 1);
        ScheduleOptions options = ordering.scheduleOptions(citizen);
        var day = options.firstDay().orElseThrow();
        return ordering.checkout(citizen, new OrderingService.CheckoutRequest(day, options.windowsOn(day).getFirst(), null,
                PaymentMethod.INVOICE));
    }

    private long price(long orderId) {
        return jdbc.queryForObject("SELECT price_per_occurrence_ore FROM addon_order WHERE id = ?", Long.class, orderId);
    }

    private String status(long addOnId) {
        return jdbc.queryForObject("SELECT status FROM add_on WHERE id = ?", String.class, addOnId);
    }

    private AddOn current(long addOnId) {
        return offers.offers(omsorgsgruppen).stream().filter(a -> a.getId() == addOnId).findFirst().orElseThrow();
    }

    /** The button with this accessible name in the add-on's row, as the grid shows it now. */
    private Button button(OffersView view, long addOnId, String label) {
        return view.actions(current(addOnId)).getChildren().map(Button.class::cast)
                .filter(b -> label.equals(b.getElement().getAttribute("aria-label"))).findFirst().orElseThrow();
    }
}
