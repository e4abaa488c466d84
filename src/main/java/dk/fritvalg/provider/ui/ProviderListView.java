package dk.fritvalg.provider.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.municipality.ServiceAreaKind;
import dk.fritvalg.provider.ComparisonFilter;
import dk.fritvalg.provider.ComparisonSort;
import dk.fritvalg.provider.ProviderComparisonService;
import dk.fritvalg.provider.ProviderFeature;
import dk.fritvalg.provider.ProviderSummary;
import dk.fritvalg.provider.ProviderType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Public: compare the providers a citizen can choose today in one service area, with filters that are
 * kept in the address (so a relative can be sent the same list) and up to three ticked for a
 * side-by-side comparison.
 */
@Route("kommune/:code/leverandoerer")
@AnonymousAllowed
public class ProviderListView extends ComparisonPage {

    static final String POSTCODE = "postnummer";
    static final String ACCEPTING = "ledig";
    static final String LANGUAGES = "sprog";
    static final String FEATURES = "kendetegn";
    static final String TYPE = "type";
    static final String SORT = "sortering";
    private static final String ALL_TYPES = "ALL";
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    private Municipality municipality;
    private String code;
    private String title = "";
    private final RadioButtonGroup<ServiceArea> area = new RadioButtonGroup<>();
    private final TextField postcode = new TextField();
    private final Checkbox accepting = new Checkbox();
    private final RadioButtonGroup<String> type = new RadioButtonGroup<>();
    private final CheckboxGroup<String> languages = new CheckboxGroup<>();
    private final CheckboxGroup<ProviderFeature> features = new CheckboxGroup<>();
    private final Select<ComparisonSort> sort = new Select<>();
    private final Paragraph count = new Paragraph();
    private final UnorderedList results = new UnorderedList();
    private final Paragraph selectionStatus = new Paragraph();
    private final Anchor compareLink = new Anchor();
    private final Anchor shareLink = new Anchor();
    private final Set<Long> selected = new LinkedHashSet<>();
    private boolean updating;

    public ProviderListView(MunicipalityService municipalities, ProviderComparisonService comparison) {
        super(municipalities, comparison);
        // Once, not per visit: the view is reused when the address changes (menu, back button, a shared link).
        area.addValueChangeListener(e -> {
            if (!updating) {
                selected.clear();
            }
            changed();
        });
        postcode.addValueChangeListener(e -> changed());
        accepting.addValueChangeListener(e -> changed());
        type.addValueChangeListener(e -> changed());
        languages.addValueChangeListener(e -> changed());
        features.addValueChangeListener(e -> changed());
        sort.addValueChangeListener(e -> changed());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        municipality = municipality(event);
        code = municipality.getCode();
        List<ServiceArea> areas = municipalities.serviceAreas(municipality.getId());
        if (areas.isEmpty()) {
            throw new NotFoundException();
        }
        removeAll();
        selected.clear();
        title = getTranslation("providers.title", municipality.getName());
        add(new H1(title));
        add(new Paragraph(getTranslation("providers.intro")));
        updating = true;
        try {
            add(filters(areas));
        } finally {
            updating = false;
        }
        applyQuery(event.getLocation().getQueryParameters(), areaKind(event), areas);

        Section resultSection = new Section();
        H2 resultsHeading = new H2(getTranslation("compare.results"));
        resultsHeading.setId("results-heading");
        resultSection.getElement().setAttribute("aria-labelledby", "results-heading");
        count.setId("result-count");
        count.getElement().setAttribute("role", "status");
        results.addClassName("provider-list");
        selectionStatus.getElement().setAttribute("aria-live", "polite");
        selectionStatus.addClassName("compare-status");
        compareLink.setText(getTranslation("compare.go"));
        compareLink.addClassNames("button-link", "primary");
        Div compareBar = new Div(selectionStatus, compareLink);
        compareBar.addClassName("compare-bar");
        shareLink.setText(getTranslation("compare.share"));
        Paragraph share = new Paragraph(shareLink, new Span(" " + getTranslation("compare.share.help")));
        resultSection.add(resultsHeading, count, results, compareBar, share);
        add(resultSection);
        add(new Paragraph(new Anchor("kommune/" + code, getTranslation("providers.back", municipality.getName()))));
        refresh();
    }

    private Component filters(List<ServiceArea> areas) {
        Section section = new Section();
        H2 heading = new H2(getTranslation("compare.filters"));
        heading.setId("filters-heading");
        section.getElement().setAttribute("aria-labelledby", "filters-heading");
        section.addClassName("compare-filters");

        area.setLabel(getTranslation("compare.area"));
        area.setItems(areas);
        area.setItemLabelGenerator(ServiceArea::getName);
        area.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);

        postcode.setLabel(getTranslation("compare.postcode"));
        postcode.setHelperText(getTranslation("compare.postcode.help"));
        postcode.setAllowedCharPattern("[0-9]");
        postcode.setMaxLength(4);
        postcode.setClearButtonVisible(true);
        postcode.setErrorMessage(getTranslation("compare.postcode.invalid"));
        postcode.getElement().setAttribute("inputmode", "numeric");
        postcode.getElement().setAttribute("autocomplete", "postal-code");

        accepting.setLabel(getTranslation("compare.accepting"));

        type.setLabel(getTranslation("compare.type"));
        type.setItems(ALL_TYPES, ProviderType.MUNICIPAL.name(), ProviderType.PRIVATE.name());
        type.setItemLabelGenerator(value -> getTranslation("compare.type." + value));
        type.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);

        languages.setLabel(getTranslation("compare.languages"));
        languages.setHelperText(getTranslation("compare.languages.help"));
        languages.setItems(texts.sortedByName(comparison.languagesInMunicipality(municipality.getId())));
        languages.setItemLabelGenerator(texts::language);
        languages.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);

        features.setLabel(getTranslation("compare.features"));
        features.setHelperText(getTranslation("compare.features.help"));
        features.setItems(ProviderFeature.values());
        features.setItemLabelGenerator(texts::feature);
        features.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);

        sort.setLabel(getTranslation("compare.sort"));
        sort.setItems(ComparisonSort.values());
        sort.setItemLabelGenerator(value -> getTranslation("compare.sort." + value));

        section.add(heading, area, postcode, accepting, type, languages, features, sort);
        return section;
    }

    /** Sets the filters from the address; unknown or malformed values fall back to the defaults. */
    private void applyQuery(QueryParameters query, Optional<ServiceAreaKind> areaKind, List<ServiceArea> areas) {
        Map<String, List<String>> params = query.getParameters();
        updating = true;
        try {
            area.setValue(areaKind.flatMap(k -> areas.stream().filter(a -> a.getKind() == k).findFirst())
                    .orElseGet(() -> areas.stream().filter(a -> a.getKind() == ServiceAreaKind.PERSONAL_CARE).findFirst().orElse(areas.getFirst())));
            postcode.setValue(first(params, POSTCODE).filter(p -> FOUR_DIGITS.matcher(p).matches()).orElse(""));
            accepting.setValue(first(params, ACCEPTING).map("ja"::equals).orElse(false));
            type.setValue(first(params, TYPE).flatMap(t -> parse(ProviderType.class, t)).map(Enum::name).orElse(ALL_TYPES));
            Set<String> offeredLanguages = Set.copyOf(comparison.languagesInMunicipality(municipality.getId()));
            languages.setValue(list(params, LANGUAGES).stream().filter(offeredLanguages::contains).collect(Collectors.toSet()));
            features.setValue(list(params, FEATURES).stream().map(f -> parse(ProviderFeature.class, f)).flatMap(Optional::stream)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProviderFeature.class))));
            sort.setValue(first(params, SORT).flatMap(s -> parse(ComparisonSort.class, s)).orElse(ComparisonSort.NAME));
        } finally {
            updating = false;
        }
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    private static List<String> list(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).toList();
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(value)).findFirst();
    }

    private void changed() {
        if (updating) {
            return;
        }
        refresh();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location()));
    }

    private ComparisonFilter filter() {
        String typeValue = type.getValue();
        return new ComparisonFilter(area.getValue().getId(), validPostcode().orElse(null), accepting.getValue(),
                languages.getValue(), features.getValue(),
                typeValue == null || ALL_TYPES.equals(typeValue) ? null : ProviderType.valueOf(typeValue), sort.getValue());
    }

    private Optional<String> validPostcode() {
        String value = postcode.getValue().strip();
        boolean valid = value.isEmpty() || FOUR_DIGITS.matcher(value).matches();
        postcode.setInvalid(!valid);
        return valid && !value.isEmpty() ? Optional.of(value) : Optional.empty();
    }

    /** The address of this list with the chosen filters, to share. */
    String location() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put(AREA, List.of(area.getValue().getKind().name()));
        validPostcode().ifPresent(p -> params.put(POSTCODE, List.of(p)));
        if (accepting.getValue()) {
            params.put(ACCEPTING, List.of("ja"));
        }
        if (type.getValue() != null && !ALL_TYPES.equals(type.getValue())) {
            params.put(TYPE, List.of(type.getValue()));
        }
        if (!languages.getValue().isEmpty()) {
            params.put(LANGUAGES, List.of(languages.getValue().stream().sorted().collect(Collectors.joining(","))));
        }
        if (!features.getValue().isEmpty()) {
            params.put(FEATURES, List.of(features.getValue().stream().sorted().map(Enum::name).collect(Collectors.joining(","))));
        }
        if (sort.getValue() != ComparisonSort.NAME) {
            params.put(SORT, List.of(sort.getValue().name()));
        }
        return "kommune/" + code + "/leverandoerer?" + new QueryParameters(params).getQueryString();
    }

    private void refresh() {
        List<ProviderSummary> found = comparison.compare(municipality, filter());
        selected.retainAll(found.stream().map(ProviderSummary::id).collect(Collectors.toSet()));
        count.setText(switch (found.size()) {
            case 0 -> getTranslation("compare.count.none");
            case 1 -> getTranslation("compare.count.one");
            default -> getTranslation("compare.count", String.valueOf(found.size()));
        });
        results.removeAll();
        found.forEach(summary -> results.add(card(summary)));
        shareLink.setHref(location());
        updateSelection();
    }

    private ListItem card(ProviderSummary summary) {
        ListItem item = new ListItem();
        item.addClassName("provider-card");
        H3 name = new H3(new Anchor(pageLink(summary.id()), summary.name()));
        name.addClassName("provider-name");
        Span badge = new Span(getTranslation("provider-type." + summary.type()));
        badge.addClassNames("badge", summary.type() == ProviderType.MUNICIPAL ? "municipal" : "private");
        item.add(name, badge);
        if (summary.description() != null) {
            item.add(new Paragraph(summary.description()));
        }
        if (!summary.acceptingNewCitizens()) {
            Paragraph full = new Paragraph(getTranslation("providers.not-accepting"));
            full.addClassName("notice");
            item.add(full);
        }
        DescriptionList facts = new DescriptionList();
        fact(facts, "compare.satisfaction", texts.satisfaction(summary.satisfaction()));
        if (summary.satisfaction() != null) {
            fact(facts, "compare.source", texts.source(summary.satisfaction()));
        }
        fact(facts, "compare.continuity", texts.continuity(summary.continuity()));
        fact(facts, "compare.agreement", texts.agreement(summary.agreementModel(), summary.agreementValidTo()));
        if (!summary.languages().isEmpty()) {
            fact(facts, "compare.page.languages", texts.languages(summary.languages()));
        }
        if (!summary.features().isEmpty()) {
            fact(facts, "compare.page.features", String.join(". ", texts.features(summary.features())) + ".");
        }
        item.add(facts);

        Checkbox pick = new Checkbox(getTranslation("compare.select"), selected.contains(summary.id()));
        pick.setAriaLabel(getTranslation("compare.select.aria", summary.name()));
        pick.addClassName("compare-pick");
        pick.addValueChangeListener(e -> {
            if (e.getValue() && !selected.contains(summary.id()) && selected.size() >= ProviderComparisonService.MAX_SIDE_BY_SIDE) {
                // Refused: untick (which comes back here as an untick of an unselected provider) and then say why.
                pick.setValue(false);
                selectionStatus.setText(getTranslation("compare.too-many"));
                selectionStatus.addClassName("warning");
                return;
            }
            boolean changed = e.getValue() ? selected.add(summary.id()) : selected.remove(summary.id());
            if (changed) {
                updateSelection();
            }
        });
        item.add(pick);
        return item;
    }

    private static void fact(DescriptionList list, String termKey, String value) {
        list.add(new DescriptionList.Term(list.getTranslation(termKey)), new DescriptionList.Description(value));
    }

    private void updateSelection() {
        selectionStatus.removeClassName("warning");
        selectionStatus.setText(selected.isEmpty() ? "" : getTranslation("compare.selected", String.valueOf(selected.size())));
        compareLink.setVisible(selected.size() >= 2);
        compareLink.setHref("kommune/" + code + "/sammenlign?ids=" + selected.stream().map(String::valueOf).collect(Collectors.joining(","))
                + "&" + AREA + "=" + area.getValue().getKind().name());
    }

    private String pageLink(long providerId) {
        return "kommune/" + code + "/leverandoerer/" + providerId + "?" + AREA + "=" + area.getValue().getKind().name();
    }

    Set<Long> selectedForComparison() {
        return Set.copyOf(selected);
    }

    @Override
    String title() {
        return title;
    }
}
