package dk.fritvalg.market.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.fritvalg.market.Criterion;
import dk.fritvalg.market.CriterionKind;
import dk.fritvalg.market.Requirement;
import dk.fritvalg.market.TenderBids;
import dk.fritvalg.market.TenderStatus;
import dk.fritvalg.market.TenderViews;
import dk.fritvalg.market.Tenders;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.ui.Notices;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A tender round as a provider organisation reads it, with its own bid: price per unit, capacity, postcodes, an answer
 * to each minimum requirement and criterion. The bid is given and changed until the deadline; after it the page only
 * shows it. A refused bid keeps everything typed and says why in Danish.
 */
@Route("leverandoer/udbud/:id")
@ViewPermission(Permission.BID_IN_TENDERS)
public class BidFormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TenderBids bids;
    private final Div feedback = MarketTexts.feedback("bid-feedback");
    private final Div content = new Div();
    private long tenderId;

    public BidFormView(TenderBids bids) {
        this.bids = bids;
        addClassName("page");
        add(new Anchor("leverandoer/udbud", getTranslation("market.open-tenders.back")), feedback, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenderId = MarketTexts.applicationId(event);
        show();
    }

    private void show() {
        content.removeAll();
        TenderViews.TenderDetails details;
        Optional<TenderViews.BidView> own;
        try {
            details = bids.tender(tenderId);
            own = bids.ownBid(tenderId);
        } catch (BusinessException e) {
            content.add(new H1(getTranslation("market.open-tenders.title")), Notices.error(getTranslation(e.messageKey(), e.arguments())));
            return;
        }
        content.add(new H1(details.summary().title()), TenderFacts.facts(this, details, false), TenderFacts.requirementsAndCriteria(this, details));
        boolean open = details.summary().status() == TenderStatus.OPEN;
        content.add(new H2(getTranslation(own.isPresent() ? "market.bid.own" : "market.bid.new")));
        if (own.isPresent()) {
            Paragraph status = new Paragraph(own.get().outcome() != null
                    ? getTranslation("market.bid.outcome." + own.get().outcome())
                    : getTranslation("market.bid.given", TenderTexts.dateTime(this, own.get().changedAt())));
            status.setId("bid-status");
            content.add(status);
        }
        if (!open) {
            Paragraph closed = new Paragraph(getTranslation("market.tender.error.closed"));
            closed.setId("bid-closed");
            content.add(closed);
            own.ifPresent(b -> content.add(new Paragraph(getTranslation("market.bid.price") + ": " + TenderTexts.price(this, b.priceOre(), b.priceUnit()))));
            return;
        }
        content.add(new Paragraph(getTranslation("market.bid.intro", TenderTexts.dateTime(this, details.summary().bidDeadline()))));
        BigDecimalField price = new BigDecimalField(getTranslation("market.bid.price-in", getTranslation("market.tender.unit." + details.priceUnit())));
        price.setSuffixComponent(new Span("kr."));
        price.setId("bid-price");
        IntegerField capacity = new IntegerField(getTranslation("market.capacity"));
        capacity.setMin(1);
        capacity.setMax(100_000);
        capacity.setId("bid-capacity");
        TextField postcodes = new TextField(getTranslation("market.postcodes"));
        postcodes.setHelperText(getTranslation("market.bid.postcodes.help"));
        postcodes.setId("bid-postcodes");
        EmailField email = new EmailField(getTranslation("market.contact-email"));
        email.setId("bid-email");
        Div terms = new Div(price, capacity, postcodes, email);
        terms.addClassName("inline-form");
        content.add(terms);

        Map<Long, TextArea> requirementAnswers = new HashMap<>();
        content.add(new H2(getTranslation("market.bid.requirement-answers")));
        for (Requirement r : details.requirements()) {
            TextArea answer = new TextArea(MarketTexts.requirement(this, r));
            answer.setMaxLength(Tenders.MAX_TEXT);
            answer.setWidthFull();
            answer.setId("bid-requirement-" + r.id());
            requirementAnswers.put(r.id(), answer);
            content.add(answer);
        }
        Map<Long, TextArea> criterionAnswers = new HashMap<>();
        content.add(new H2(getTranslation("market.bid.criterion-answers")));
        for (Criterion c : details.criteria()) {
            if (c.kind() == CriterionKind.PRICE) {
                continue;
            }
            TextArea answer = new TextArea(getTranslation("market.bid.criterion-answer", c.name(), c.weight()));
            answer.setMaxLength(Tenders.MAX_TEXT);
            answer.setWidthFull();
            answer.setId("bid-criterion-" + c.id());
            criterionAnswers.put(c.id(), answer);
            content.add(answer);
        }
        own.ifPresent(b -> {
            price.setValue(BigDecimal.valueOf(b.priceOre()).movePointLeft(2));
            capacity.setValue(b.capacity());
            postcodes.setValue(String.join(", ", b.postcodes()));
            email.setValue(b.contactEmail());
            b.requirementAnswers().forEach((id, text) -> Optional.ofNullable(requirementAnswers.get(id)).ifPresent(a -> a.setValue(text)));
            b.criterionAnswers().forEach((id, text) -> Optional.ofNullable(criterionAnswers.get(id)).ifPresent(a -> a.setValue(text)));
        });
        Button submit = new Button(getTranslation(own.isPresent() ? "market.bid.change" : "market.bid.submit"), e -> {
            Map<Long, String> requirementTexts = new HashMap<>();
            requirementAnswers.forEach((id, a) -> requirementTexts.put(id, a.getValue()));
            Map<Long, String> criterionTexts = new HashMap<>();
            criterionAnswers.forEach((id, a) -> criterionTexts.put(id, a.getValue()));
            Long ore = price.getValue() == null ? null : price.getValue().setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
            try {
                bids.submit(new TenderViews.BidForm(tenderId, ore, capacity.getValue(), postcodes.getValue(), email.getValue(), requirementTexts,
                        criterionTexts));
                show();
                MarketTexts.success(feedback, getTranslation("market.bid.saved"));
            } catch (BusinessException ex) {
                String message = MarketTexts.error(this, feedback, ex);
                requirementAnswers.values().stream().filter(a -> a.getValue().isBlank()).forEach(a -> {
                    a.setInvalid(true);
                    a.setErrorMessage(message);
                });
                criterionAnswers.values().stream().filter(a -> a.getValue().isBlank()).forEach(a -> {
                    a.setInvalid(true);
                    a.setErrorMessage(message);
                });
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit-bid");
        content.add(submit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("market.open-tenders.title") + " – " + getTranslation("app.name");
    }
}
