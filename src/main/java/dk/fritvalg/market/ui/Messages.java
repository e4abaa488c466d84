package dk.fritvalg.market.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.fritvalg.market.ApplicationDetails;

/** The questions and answers on an application, oldest first, saying who wrote each. */
final class Messages {

    private Messages() {
    }

    static Component list(Component c, ApplicationDetails details) {
        if (details.messages().isEmpty()) {
            return new Paragraph(c.getTranslation("market.messages.none"));
        }
        UnorderedList list = new UnorderedList();
        list.setId("application-messages");
        for (ApplicationDetails.MessageRow m : details.messages()) {
            Span who = new Span(c.getTranslation(m.fromMunicipality() ? "market.messages.from-municipality" : "market.messages.from-provider",
                    m.writtenBy(), MarketTexts.date(c, m.writtenAt())));
            who.addClassName("message-sender");
            list.add(new ListItem(who, new Paragraph(m.text())));
        }
        return list;
    }
}
