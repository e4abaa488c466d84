package dk.fritvalg.provider.ui;

import static dk.fritvalg.provider.ui.ComparisonTexts.header;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.provider.ProviderAddOns.PricedAddOn;
import dk.fritvalg.provider.ProviderAgreement;
import dk.fritvalg.provider.ProviderComparisonService;
import dk.fritvalg.provider.ProviderDetails;
import dk.fritvalg.provider.ProviderFeature;
import dk.fritvalg.provider.QualityDimension;
import dk.fritvalg.shared.BusinessException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Public: two or three providers side by side in one real table: providers are the columns, each row
 * a question, every cell announced with its row and column header by screen readers.
 */
@Route("kommune/:code/sammenlign")
@AnonymousAllowed
public class SideBySideView extends ComparisonPage {

    public SideBySideView(MunicipalityService municipalities, ProviderComparisonService comparison) {
        super(municipalities, comparison);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Municipality municipality = municipality(event);
        String code = municipality.getCode();
        var params = event.getLocation().getQueryParameters().getParameters();
        List<Long> ids = params.getOrDefault("ids", List.of()).stream()
                .flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(v -> v.matches("\\d{1,18}"))
                .map(Long::parseLong).distinct().toList();
        Optional<ServiceArea> area = areaKind(event).flatMap(kind -> municipalities.serviceArea(municipality.getId(), kind));
        String back = listLink(code, area.map(ServiceArea::getKind));

        removeAll();
        add(new H1(texts.t("compare.side.title")));
        List<ProviderDetails> providers;
        try {
            providers = comparison.sideBySide(municipality, ids);
        } catch (BusinessException tooMany) {
            message(texts.t("compare.side.too-many"), "warning");
            add(new Paragraph(new Anchor(back, texts.t("compare.side.back"))));
            return;
        }
        if (providers.size() < 2) {
            message(texts.t("compare.side.choose"), "notice");
        }
        if (!providers.isEmpty()) {
            add(table(providers, area.orElse(null), code));
        }
        add(new Paragraph(new Anchor(back, texts.t("compare.side.back"))));
    }

    private NativeTable table(List<ProviderDetails> providers, ServiceArea area, String code) {
        NativeTable table = new NativeTable();
        table.addClassName("compare-table");
        List<String> names = providers.stream().map(p -> p.profile().name()).toList();
        String joined = names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " " + texts.t("compare.side.and") + " " + names.getLast();
        table.setCaptionText(texts.t("compare.side.caption", joined));
        NativeTableRow head = table.getHead().addRow();
        head.add(new NativeTableCell());
        for (ProviderDetails provider : providers) {
            head.add(header(new Anchor("kommune/" + code + "/leverandoerer/" + provider.id(), provider.profile().name()), "col"));
        }
        row(table, texts.t("provider.type"), providers, p -> texts.t("provider-type." + p.profile().type()));
        row(table, texts.t("compare.page.ownership"), providers, p -> Optional.ofNullable(p.profile().ownership()).orElse(""));
        row(table, texts.t("provider.accepting"), providers, p -> texts.yesNo(p.profile().acceptingNewCitizens() && !p.suspended()));
        row(table, area == null ? texts.t("compare.agreement") : texts.t("compare.agreement") + " (" + area.getName() + ")", providers,
                p -> agreement(p, area));
        row(table, texts.t("compare.page.postcodes"), providers, p -> String.join(", ", new TreeSet<>(p.profile().postcodes())));
        row(table, texts.t("compare.page.languages"), providers, p -> texts.languages(p.profile().languages()));
        for (ProviderFeature feature : ProviderFeature.values()) {
            row(table, texts.feature(feature), providers, p -> texts.yesNo(p.profile().features().contains(feature)));
        }
        for (QualityDimension dimension : ComparisonTexts.DIMENSIONS_IN_READING_ORDER) {
            row(table, texts.t("compare.satisfaction") + ": " + texts.t("compare.dimension." + dimension), providers,
                    p -> texts.satisfaction(p.satisfaction().get(dimension)));
        }
        row(table, texts.t("compare.satisfaction") + ": " + texts.t("compare.source"), providers,
                p -> texts.source(p.satisfaction().get(QualityDimension.OVERALL)));
        row(table, texts.t("compare.continuity"), providers, p -> texts.continuity(p.continuity()));
        row(table, texts.t("compare.page.inspection"), providers, p -> p.profile().lastInspection() == null
                ? texts.t("compare.page.inspection.none") : texts.date(p.profile().lastInspection()));
        row(table, texts.t("compare.page.addons"), providers, this::addOns);
        row(table, texts.t("landing.phone"), providers, p -> Optional.ofNullable(p.profile().phone()).orElse(""));
        return table;
    }

    private String agreement(ProviderDetails provider, ServiceArea area) {
        return provider.agreements().stream()
                .filter(a -> area == null || a.getServiceAreaId().equals(area.getId()))
                .findFirst()
                .map((ProviderAgreement a) -> texts.agreement(a.getModel(), a.getValidTo()))
                .orElse(texts.t("common.no"));
    }

    private String addOns(ProviderDetails provider) {
        if (provider.addOns().isEmpty()) {
            return texts.t("compare.page.addons.none");
        }
        long cheapest = provider.addOns().stream().mapToLong(PricedAddOn::priceOre).min().orElseThrow();
        return texts.t("compare.side.addons", String.valueOf(provider.addOns().size()), texts.kroner(cheapest));
    }

    private void row(NativeTable table, String question, List<ProviderDetails> providers, Function<ProviderDetails, String> value) {
        NativeTableRow row = table.getBody().addRow();
        row.add(header(question, "row"));
        providers.forEach(p -> row.add(new NativeTableCell(value.apply(p))));
    }

    private void message(String text, String className) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName(className);
        paragraph.getElement().setAttribute("role", "status");
        add(paragraph);
    }

    @Override
    String title() {
        return texts.t("compare.side.title");
    }
}
