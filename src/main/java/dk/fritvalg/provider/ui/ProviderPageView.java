package dk.fritvalg.provider.ui;

import static dk.fritvalg.provider.ui.ComparisonTexts.header;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.municipality.ServiceArea;
import dk.fritvalg.provider.Continuity;
import dk.fritvalg.provider.ProviderAddOns.PricedAddOn;
import dk.fritvalg.provider.ProviderAgreement;
import dk.fritvalg.provider.ProviderComparisonService;
import dk.fritvalg.provider.ProviderDetails;
import dk.fritvalg.provider.ProviderProfile;
import dk.fritvalg.provider.ProviderType;
import dk.fritvalg.provider.QualityDimension;
import dk.fritvalg.provider.Satisfaction;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.shared.WebAddress;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Public: everything a citizen needs to know about one provider before choosing it. */
@Route("kommune/:code/leverandoerer/:providerId")
@AnonymousAllowed
public class ProviderPageView extends ComparisonPage {

    private String title = "";

    public ProviderPageView(MunicipalityService municipalities, ProviderComparisonService comparison) {
        super(municipalities, comparison);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Municipality municipality = municipality(event);
        String code = municipality.getCode();
        long providerId = event.getRouteParameters().get("providerId").filter(id -> id.matches("\\d{1,18}"))
                .map(Long::parseLong).orElseThrow(NotFoundException::new);
        ProviderDetails details = comparison.details(municipality, providerId).orElseThrow(NotFoundException::new);
        ProviderProfile profile = details.profile();
        Map<Long, ServiceArea> areas = municipalities.serviceAreas(municipality.getId()).stream()
                .collect(Collectors.toMap(ServiceArea::getId, Function.identity()));
        String backToList = listLink(code, areaKind(event));

        removeAll();
        title = profile.name();
        add(new Paragraph(new Anchor(backToList, texts.t("compare.page.back"))));
        H1 heading = new H1(profile.name());
        Span badge = new Span(texts.t("provider-type." + profile.type()));
        badge.addClassNames("badge", profile.type() == ProviderType.MUNICIPAL ? "municipal" : "private");
        add(heading, badge);
        if (details.suspended()) {
            warning(texts.t("compare.page.suspended"));
        } else if (!profile.acceptingNewCitizens()) {
            Paragraph full = new Paragraph(texts.t("providers.not-accepting"));
            full.addClassName("notice");
            add(full);
        }
        if (profile.description() != null) {
            add(new Paragraph(profile.description()));
        }

        add(new H2(texts.t("compare.page.about")));
        DescriptionList about = new DescriptionList();
        term(about, "compare.page.ownership", Optional.ofNullable(profile.ownership()).orElse(texts.t("provider-type." + profile.type())));
        term(about, "provider.cvr", profile.cvr());
        term(about, "compare.page.languages", texts.languages(profile.languages()));
        term(about, "compare.page.inspection", profile.lastInspection() == null
                ? texts.t("compare.page.inspection.none") : texts.date(profile.lastInspection()));
        add(about);
        if (!profile.features().isEmpty()) {
            add(new H2(texts.t("compare.page.features")));
            add(bullets(texts.features(profile.features())));
        }

        add(new H2(texts.t("compare.page.areas")));
        add(bullets(details.agreements().stream()
                .filter(a -> areas.containsKey(a.getServiceAreaId()))
                .map(a -> agreement(a, areas.get(a.getServiceAreaId())))
                .toList()));
        add(new Paragraph(texts.t("compare.page.postcodes") + ": " + String.join(", ", new TreeSet<>(profile.postcodes()))));

        add(new H2(texts.t("compare.page.satisfaction")));
        satisfaction(details, municipality.settings().minimumGroupSize());

        add(new H2(texts.t("compare.page.continuity")));
        continuity(details.continuity());

        add(new H2(texts.t("compare.page.addons")));
        addOns(details, profile);

        add(new H2(texts.t("compare.page.contact")));
        DescriptionList contact = new DescriptionList();
        if (profile.address() != null) {
            term(contact, "provider.address", profile.address() + ", " + profile.postcode() + " " + profile.city());
        }
        if (profile.phone() != null) {
            term(contact, "landing.phone", profile.phone());
        }
        if (profile.email() != null) {
            contact.add(new DescriptionList.Term(texts.t("landing.email")),
                    new DescriptionList.Description(new Anchor("mailto:" + profile.email(), profile.email())));
        }
        // Only http(s): a javascript: or other address is never made a link.
        WebAddress.safe(profile.website()).ifPresent(address -> {
            Anchor website = new Anchor(address, address);
            website.setRouterIgnore(true);
            contact.add(new DescriptionList.Term(texts.t("compare.page.website")), new DescriptionList.Description(website));
        });
        add(contact);
        LocalDate updated = details.updatedAt() == null ? null : details.updatedAt().atZone(TimeConfiguration.DANISH_TIME).toLocalDate();
        Paragraph updatedText = new Paragraph(texts.t("compare.page.updated", texts.date(updated)));
        updatedText.addClassName("updated");
        add(updatedText);
    }

    private String agreement(ProviderAgreement agreement, ServiceArea area) {
        String what = area.getName() + ": " + texts.t("compare.agreement." + agreement.getModel());
        return agreement.getValidTo() == null
                ? texts.t("compare.page.since", what, texts.date(agreement.getValidFrom()))
                : texts.t("compare.page.period", what, texts.date(agreement.getValidFrom()), texts.date(agreement.getValidTo()));
    }

    private void satisfaction(ProviderDetails details, int minimumGroupSize) {
        Map<QualityDimension, Satisfaction> figures = details.satisfaction();
        if (figures.isEmpty()) {
            add(new Paragraph(texts.t("compare.no-figures")));
            return;
        }
        Satisfaction overall = figures.getOrDefault(QualityDimension.OVERALL, figures.values().iterator().next());
        NativeTable table = new NativeTable();
        table.addClassName("figures-table");
        table.setCaptionText(texts.t("compare.page.satisfaction.caption", texts.date(overall.periodStart()), texts.date(overall.periodEnd())));
        table.getHead().addRow().add(header(texts.t("compare.page.satisfaction.question"), "col"),
                header(texts.t("compare.page.satisfaction.average"), "col"), header(texts.t("compare.page.satisfaction.answers"), "col"));
        boolean anyWithheld = false;
        for (QualityDimension dimension : ComparisonTexts.DIMENSIONS_IN_READING_ORDER) {
            Satisfaction figure = figures.get(dimension);
            if (figure == null) {
                continue;
            }
            NativeTableRow row = table.getBody().addRow();
            row.add(header(texts.t("compare.dimension." + dimension), "row"));
            if (figure.tooFewAnswers()) {
                anyWithheld = true;
                NativeTableCell withheld = new NativeTableCell(texts.t("compare.page.too-few"));
                withheld.addClassName("too-few");
                row.add(withheld);
            } else {
                row.add(new NativeTableCell(texts.decimal(figure.average())));
            }
            row.add(new NativeTableCell(String.valueOf(figure.answerCount())));
        }
        add(table);
        Paragraph source = new Paragraph(texts.source(overall));
        source.setId("satisfaction-source");
        add(source);
        if (anyWithheld) {
            add(new Paragraph(texts.t("compare.page.too-few.help", String.valueOf(minimumGroupSize))));
        }
    }

    private void continuity(Continuity continuity) {
        if (continuity == null) {
            add(new Paragraph(texts.t("compare.no-figures")));
        } else if (continuity.tooFewCitizens()) {
            add(new Paragraph(texts.t("compare.continuity.too-few")));
        } else {
            add(new Paragraph(texts.t("compare.page.continuity.value", texts.month(continuity.month()),
                    texts.decimal(continuity.averageDistinctHelpers()))));
            add(new Paragraph(texts.t("compare.page.continuity.help")));
        }
    }

    private void addOns(ProviderDetails details, ProviderProfile profile) {
        if (details.addOns().isEmpty()) {
            add(new Paragraph(texts.t("compare.page.addons.none")));
            return;
        }
        NativeTable table = new NativeTable();
        table.addClassName("figures-table");
        table.setCaptionText(texts.t("compare.page.addons.caption", profile.name()));
        table.getHead().addRow().add(header(texts.t("compare.page.addon"), "col"), header(texts.t("compare.page.price"), "col"));
        for (PricedAddOn addOn : details.addOns()) {
            table.getBody().addRow().add(header(addOn.name(), "row"),
                    new NativeTableCell(texts.kroner(addOn.priceOre()) + " " + texts.t("compare.unit." + addOn.unit())));
        }
        add(table);
        if (details.addOns().stream().anyMatch(PricedAddOn::costBased)) {
            add(new Paragraph(texts.t("compare.page.cost-based")));
        }
    }

    private UnorderedList bullets(java.util.List<String> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }

    private void warning(String text) {
        Paragraph warning = new Paragraph(text);
        warning.addClassName("warning");
        add(warning);
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(texts.t(key)), new DescriptionList.Description(value));
    }

    @Override
    String title() {
        return title;
    }
}
