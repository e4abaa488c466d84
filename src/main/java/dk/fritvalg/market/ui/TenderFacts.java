package dk.fritvalg.market.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dk.fritvalg.market.Criterion;
import dk.fritvalg.market.Requirement;
import dk.fritvalg.market.TenderViews;
import dk.fritvalg.ui.Formats;

/** The terms of a tender round, its minimum requirements and criteria, as both staff and bidders read them. */
final class TenderFacts {

    private TenderFacts() {
    }

    static DescriptionList facts(Component c, TenderViews.TenderDetails details, boolean forStaff) {
        TenderViews.TenderSummary s = details.summary();
        DescriptionList facts = new DescriptionList();
        facts.setId("tender-facts");
        term(facts, c.getTranslation("market.own.municipality"), s.municipalityName());
        term(facts, c.getTranslation("market.tender.area"), s.serviceArea());
        term(facts, c.getTranslation("market.applications.status"), c.getTranslation("market.tender.status." + s.status()));
        term(facts, c.getTranslation("market.tender.published"), TenderTexts.dateTime(c, s.publicationAt()));
        term(facts, c.getTranslation("market.tender.deadline"), TenderTexts.dateTime(c, s.bidDeadline()));
        term(facts, c.getTranslation("market.tender.contract"), Formats.date(s.contractFrom(), TenderTexts.locale(c)) + " – "
                + Formats.date(s.contractTo(), TenderTexts.locale(c)));
        term(facts, c.getTranslation("market.tender.extensions"), details.extensionOptions() == 0 ? c.getTranslation("market.tender.no-extensions")
                : c.getTranslation("market.tender.extensions.value", details.extensionOptions(), details.extensionMonths()));
        term(facts, c.getTranslation("market.tender.providers-to-award"), String.valueOf(s.providersToAward()));
        term(facts, c.getTranslation("market.tender.price-unit"), c.getTranslation("market.tender.unit." + details.priceUnit()));
        term(facts, c.getTranslation("market.tender.standstill-days"), String.valueOf(details.standstillDays()));
        if (forStaff) {
            term(facts, c.getTranslation("market.tender.bids-count"), String.valueOf(s.bids()));
        }
        if (details.description() != null) {
            term(facts, c.getTranslation("market.tender.description"), details.description());
        }
        return facts;
    }

    static Div requirementsAndCriteria(Component c, TenderViews.TenderDetails details) {
        Div div = new Div();
        div.add(new H2(c.getTranslation("market.tender.requirements")), new Paragraph(c.getTranslation("market.tender.requirements.help")));
        UnorderedList requirements = new UnorderedList();
        requirements.setId("tender-requirements");
        for (Requirement r : details.requirements()) {
            requirements.add(new ListItem(MarketTexts.requirement(c, r)));
        }
        div.add(requirements, new H2(c.getTranslation("market.tender.criteria")));
        OrderedList criteria = new OrderedList();
        criteria.setId("tender-criteria");
        for (Criterion criterion : details.criteria()) {
            criteria.add(new ListItem(c.getTranslation("market.tender.criterion.line", criterion.name(), criterion.weight(),
                    c.getTranslation("market.criterion.explained." + criterion.kind()))));
        }
        div.add(criteria);
        return div;
    }

    static void term(DescriptionList list, String term, String value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value == null ? "" : value));
    }
}
