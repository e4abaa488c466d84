package dk.fritvalg.provider.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.ComparisonSort;
import dk.fritvalg.provider.ProviderFeature;
import dk.fritvalg.provider.ProviderService;
import dk.fritvalg.support.KaribuTest;
import dk.fritvalg.ui.NotFoundView;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public comparison pages, on Favrskov's demo providers and quality figures. */
class ComparisonViewsTest extends KaribuTest {

    static final String HJEMMEPLEJE = "Favrskov Kommunes Hjemmepleje";
    static final String OMSORGSGRUPPEN = "Omsorgsgruppen Midt ApS";
    static final String SOLSIKKEN = "Solsikken Hjemmeservice ApS";
    static final String NORDLYS = "Nordlys Omsorg A/S";

    @Autowired
    ProviderService providers;

    private long id(String key) {
        return providers.byCatalogueKey(key).orElseThrow().getId();
    }

    /** Opens an address with a query, as a shared link would. */
    private static void open(String location) {
        int query = location.indexOf('?');
        UI.getCurrent().navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
    }

    private static <V> void set(HasValue<?, V> field, V value) {
        field.setValue(value);
    }

    private static List<String> listedNames() {
        return _find(H3.class, spec -> spec.withClasses("provider-name")).stream().map(h -> h.getElement().getTextRecursively()).toList();
    }

    private static String pageText() {
        return ((Component) UI.getCurrent().getCurrentView()).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<ServiceArea> areaField() {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel("Hvilken hjælp vil du vælge leverandør til?"));
    }

    @Test
    void theListShowsPersonalCareProvidersWithTheirFiguresByDefault() {
        UI.getCurrent().navigate("kommune/0710/leverandoerer");
        assertThat(areaField().getValue().getKind()).isEqualTo(ServiceAreaKind.PERSONAL_CARE);
        assertThat(listedNames()).containsExactly(HJEMMEPLEJE, NORDLYS, OMSORGSGRUPPEN, SOLSIKKEN);
        assertThat(pageText()).contains("4 leverandører passer til det, du har valgt.", "4,6 ud af 5 (48 svar)",
                "2,4 i gennemsnit (oktober 2026)", "For få svar til at vise et resultat")
                .doesNotContain("Lindetræets Madkøkken ApS");
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachFilterNarrowsTheListAndEndsUpInTheSharedLink() {
        UI.getCurrent().navigate("kommune/0710/leverandoerer");
        RadioButtonGroup<ServiceArea> area = areaField();
        set(area, area.getListDataView().getItems().filter(a -> a.getKind() == ServiceAreaKind.INTEGRATED_CARE).findFirst().orElseThrow());
        assertThat(listedNames()).containsExactly(HJEMMEPLEJE, NORDLYS, OMSORGSGRUPPEN);

        set(_get(TextField.class, spec -> spec.withLabel("Dit postnummer")), "8450");
        assertThat(listedNames()).containsExactly(HJEMMEPLEJE, OMSORGSGRUPPEN);

        set(area, area.getListDataView().getItems().filter(a -> a.getKind() == ServiceAreaKind.PERSONAL_CARE).findFirst().orElseThrow());
        assertThat(listedNames()).containsExactly(HJEMMEPLEJE, OMSORGSGRUPPEN, SOLSIKKEN);

        CheckboxGroup<ProviderFeature> features = _get(CheckboxGroup.class, spec -> spec.withLabel("Det er vigtigt for mig"));
        set(features, Set.of(ProviderFeature.FLEXIBLE_TIMES));
        assertThat(listedNames()).containsExactly(OMSORGSGRUPPEN, SOLSIKKEN);

        CheckboxGroup<String> languages = _get(CheckboxGroup.class, spec -> spec.withLabel("Hjælperne taler"));
        assertThat(languages.getListDataView().getItems().map(languages.getItemLabelGenerator()).toList())
                .as("Danish first, then by name").containsExactly("dansk", "arabisk", "engelsk", "polsk", "tyrkisk", "tysk", "ukrainsk");
        set(languages, Set.of("pl"));
        assertThat(listedNames()).containsExactly(SOLSIKKEN);

        set(languages, Set.of());
        set(features, Set.of());
        RadioButtonGroup<String> type = _get(RadioButtonGroup.class, spec -> spec.withLabel("Kommunal eller privat"));
        set(type, "MUNICIPAL");
        assertThat(listedNames()).containsExactly(HJEMMEPLEJE);
        set(type, "PRIVATE");
        assertThat(listedNames()).containsExactly(OMSORGSGRUPPEN, SOLSIKKEN);

        Anchor share = _get(Anchor.class, spec -> spec.withText("Link til denne liste"));
        assertThat(share.getHref()).isEqualTo("kommune/0710/leverandoerer?omraade=PERSONAL_CARE&postnummer=8450&type=PRIVATE");
    }

    @Test
    void theAcceptingFilterAndSortingWork() {
        UI.getCurrent().navigate("kommune/0710/leverandoerer");
        set(_get(Checkbox.class, spec -> spec.withLabel("Vis kun dem, der har plads til nye borgere")), true);
        assertThat(listedNames()).doesNotContain(NORDLYS).containsExactly(HJEMMEPLEJE, OMSORGSGRUPPEN, SOLSIKKEN);
        set(_get(Checkbox.class, spec -> spec.withLabel("Vis kun dem, der har plads til nye borgere")), false);

        @SuppressWarnings("unchecked")
        Select<ComparisonSort> sort = _get(Select.class, spec -> spec.withLabel("Sortér efter"));
        set(sort, ComparisonSort.SATISFACTION);
        // Nordlys' 4.9 rests on two answers: withheld, so it comes last.
        assertThat(listedNames()).containsExactly(OMSORGSGRUPPEN, SOLSIKKEN, HJEMMEPLEJE, NORDLYS);
        set(sort, ComparisonSort.CONTINUITY);
        assertThat(listedNames()).containsExactly(OMSORGSGRUPPEN, NORDLYS, SOLSIKKEN, HJEMMEPLEJE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSharedLinkOpensTheListWithTheSameFilters() {
        open("kommune/0710/leverandoerer?omraade=INTEGRATED_CARE&postnummer=8370&kendetegn=FIXED_TEAM,FLEXIBLE_TIMES&sortering=SATISFACTION");
        assertThat(areaField().getValue().getKind()).isEqualTo(ServiceAreaKind.INTEGRATED_CARE);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Dit postnummer")).getValue()).isEqualTo("8370");
        assertThat(((CheckboxGroup<ProviderFeature>) _get(CheckboxGroup.class, spec -> spec.withLabel("Det er vigtigt for mig")))
                .getValue()).containsExactlyInAnyOrder(ProviderFeature.FIXED_TEAM, ProviderFeature.FLEXIBLE_TIMES);
        assertThat(listedNames()).containsExactly(OMSORGSGRUPPEN);
        assertThat(pageText()).contains("1 leverandør passer til det, du har valgt.");
    }

    @Test
    void aFourthProviderCannotBeTickedForComparison() {
        UI.getCurrent().navigate("kommune/0710/leverandoerer");
        List<Checkbox> picks = _find(Checkbox.class, spec -> spec.withClasses("compare-pick"));
        assertThat(picks).hasSize(4);
        assertThat(picks.getFirst().getAriaLabel()).contains("Sammenlign " + HJEMMEPLEJE);
        set(picks.get(0), true);
        assertThat(_find(Anchor.class, spec -> spec.withText("Sammenlign de valgte"))).as("one is not a comparison").isEmpty();
        set(picks.get(1), true);
        set(picks.get(2), true);
        set(picks.get(3), true);
        assertThat(picks.get(3).getValue()).isFalse();
        assertThat(pageText()).contains("Du kan højst sammenligne 3 leverandører ad gangen.");
        ProviderListView view = (ProviderListView) UI.getCurrent().getCurrentView();
        assertThat(view.selectedForComparison()).hasSize(3);
        Anchor go = _get(Anchor.class, spec -> spec.withText("Sammenlign de valgte"));
        assertThat(go.getHref()).startsWith("kommune/0710/sammenlign?ids=" + id("favrskov-hjemmepleje") + "," + id("favrskov-nordlys") + ",");

        set(picks.get(1), false);
        set(picks.get(3), true);
        assertThat(view.selectedForComparison()).hasSize(3).contains(id("favrskov-solsikken"));
    }

    @Test
    void theProviderPageShowsFiguresWithholdsSmallGroupsAndListsAddOnPrices() {
        UI.getCurrent().navigate("kommune/0710/leverandoerer/" + id("favrskov-solsikken"));
        assertThat(_get(H1.class).getText()).isEqualTo(SOLSIKKEN);
        String text = pageText();
        assertThat(text).contains("Privat, familieejet", "29521131", "dansk, polsk, ukrainsk",
                "Personlig pleje: Godkendt af kommunen fra 1. september 2024 til 31. august 2030",
                "8450, 8860, 8881", "Seneste tilsyn", "20. november 2025",
                "I oktober 2026 kom der i gennemsnit 3,1 forskellige hjælpere hos hver borger.",
                "86 96 33 18", "Senest opdateret");

        NativeTable satisfaction = _find(NativeTable.class).getFirst();
        assertThat(satisfaction.getCaptionText()).isEqualTo("Borgernes svar fra 1. januar 2026 til 30. juni 2026. 1 er dårligst, og 5 er bedst.");
        assertThat(satisfaction.getBody().getRows().getFirst().getHeaderCells().getFirst().getText()).isEqualTo("Alt i alt");
        assertThat(row(satisfaction, "Alt i alt")).containsExactly("4,2", "19");
        assertThat(row(satisfaction, "Personlig pleje")).containsExactly("For få svar", "2");
        assertThat(text).contains("Når færre end 3 har svaret, viser vi ikke resultatet");

        NativeTable addOns = _find(NativeTable.class).get(1);
        assertThat(addOns.getCaptionText()).isEqualTo("Priser på ekstra hjælp hos " + SOLSIKKEN + ", med moms");
        assertThat(row(addOns, "Ekstra rengøring")).containsExactly("425,00 kr. pr. time");
        assertThat(row(addOns, "Vask og strygning af tøj")).containsExactly("165,00 kr. pr. stk.");
    }

    @Test
    void theMunicipalProvidersPageSaysItsPricesAreAtCost() {
        UI.getCurrent().navigate("kommune/0710/leverandoerer/" + id("favrskov-hjemmepleje"));
        assertThat(row(_find(NativeTable.class).get(1), "Vinduespudsning")).containsExactly("260,00 kr. pr. besøg");
        assertThat(pageText()).contains("Kommunen tjener ikke penge på den.", "Helhedspleje: Godkendt af kommunen fra 1. juli 2025, uden slutdato");
    }

    @Test
    void aProviderOfAnotherMunicipalityIsNotFoundUnderThisOne() {
        UI.getCurrent().navigate("kommune/0621/leverandoerer/" + id("favrskov-solsikken"));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void twoOrThreeProvidersSideBySideInOneAccessibleTable() {
        open("kommune/0710/sammenlign?ids=" + id("favrskov-omsorgsgruppen-midt") + "," + id("favrskov-nordlys")
                + "&omraade=PERSONAL_CARE");
        NativeTable table = _get(NativeTable.class);
        assertThat(table.getCaptionText()).isEqualTo("Sammenligning af " + OMSORGSGRUPPEN + " og " + NORDLYS);
        assertThat(columnHeaders(table)).containsExactly(OMSORGSGRUPPEN, NORDLYS);
        assertThat(table.getBody().getRows()).allSatisfy(r -> assertThat(r.getHeaderCells()).singleElement()
                .satisfies(h -> assertThat(h.getElement().getAttribute("scope")).isEqualTo("row")));
        assertThat(row(table, "Tilfredshed: Alt i alt")).containsExactly("4,6 ud af 5 (48 svar)", "For få svar til at vise et resultat");
        assertThat(row(table, "Forskellige hjælpere om måneden")).containsExactly("2,4 i gennemsnit (oktober 2026)", "2,9 i gennemsnit (oktober 2026)");
        assertThat(row(table, "Tager imod nye borgere")).containsExactly("Ja", "Nej");
        assertThat(row(table, "Du kan være med til at vælge, hvornår de kommer")).containsExactly("Ja", "Nej");
        assertThat(row(table, "Aftale med kommunen (Personlig pleje)")).containsExactly("Godkendt af kommunen",
                "Godkendt af kommunen til 31. december 2030");

        open("kommune/0710/sammenlign?ids=" + id("favrskov-omsorgsgruppen-midt") + "," + id("favrskov-nordlys")
                + "," + id("favrskov-hjemmepleje"));
        NativeTable three = _get(NativeTable.class);
        assertThat(columnHeaders(three)).containsExactly(OMSORGSGRUPPEN, NORDLYS, HJEMMEPLEJE);
        assertThat(three.getCaptionText()).isEqualTo("Sammenligning af " + OMSORGSGRUPPEN + ", " + NORDLYS + " og " + HJEMMEPLEJE);
        assertThat(row(three, "Ekstra hjælp, du kan købe").get(1)).isEqualTo("De sælger ikke ekstra hjælp.");
    }

    @Test
    void aFourthProviderSideBySideIsRefused() {
        open("kommune/0710/sammenlign?ids=" + id("favrskov-omsorgsgruppen-midt") + "," + id("favrskov-nordlys")
                + "," + id("favrskov-hjemmepleje") + "," + id("favrskov-solsikken"));
        assertThat(_find(NativeTable.class)).isEmpty();
        assertThat(pageText()).contains("Du kan højst sammenligne 3 leverandører ad gangen.");
    }

    private static List<String> columnHeaders(NativeTable table) {
        NativeTableRow head = table.getHead().getRows().getFirst();
        assertThat(head.getHeaderCells()).allSatisfy(h -> assertThat(h.getElement().getAttribute("scope")).isEqualTo("col"));
        return head.getHeaderCells().stream().map(h -> h.getElement().getTextRecursively()).toList();
    }

    /** The data cells of the body row whose row header reads {@code header}. */
    private static List<String> row(NativeTable table, String header) {
        NativeTableRow row = table.getBody().getRows().stream()
                .filter(r -> r.getHeaderCells().stream().map(NativeTableHeaderCell::getText).anyMatch(header::equals))
                .findFirst().orElseThrow(() -> new AssertionError("No row " + header));
        return row.getDataCells().stream().map(NativeTableCell::getText).toList();
    }
}
