package dk.fritvalg.market.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
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
import dk.fritvalg.market.TenderRanking;
import dk.fritvalg.market.TenderStatus;
import dk.fritvalg.market.TenderViews;
import dk.fritvalg.market.Tenders;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.ui.Formats;
import dk.fritvalg.ui.Notices;
import dk.fritvalg.ui.Tables;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One tender round as staff see it: the terms, the minimum requirements and the criteria; once the deadline has passed
 * the bids with their answers and the scores, the ranking with its whole calculation, and the award (the chosen bids,
 * a reason, and the ÆL § 18 warning with its confirmation); once awarded, the decision with its standstill period.
 */
@Route("marked/udbud/:id")
@ViewPermission(Permission.VIEW_MARKET)
public class TenderView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Tenders tenders;
    private final AccessGuard accessGuard;
    private final Div feedback = MarketTexts.feedback("tender-feedback");
    private final Div content = new Div();
    private long tenderId;

    public TenderView(Tenders tenders, AccessGuard accessGuard) {
        this.tenders = tenders;
        this.accessGuard = accessGuard;
        addClassName("page");
        add(new Anchor("marked/udbud", getTranslation("market.tender.back")), feedback, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenderId = MarketTexts.applicationId(event);
        show();
    }

    private void show() {
        content.removeAll();
        TenderViews.TenderDetails details;
        try {
            details = tenders.details(tenderId);
        } catch (BusinessException e) {
            content.add(new H1(getTranslation("market.tenders.title")), Notices.error(getTranslation(e.messageKey(), e.arguments())));
            return;
        }
        TenderViews.TenderSummary summary = details.summary();
        content.add(new H1(summary.title()));
        content.add(TenderFacts.facts(this, details, true));
        content.add(TenderFacts.requirementsAndCriteria(this, details));
        if (details.awardedAt() != null) {
            DescriptionList award = new DescriptionList();
            award.setId("award-facts");
            TenderFacts.term(award, getTranslation("market.tender.awarded-by"), details.awardedBy() + ", " + MarketTexts.date(this, details.awardedAt()));
            TenderFacts.term(award, getTranslation("market.tender.award-reason"), details.awardReason());
            TenderFacts.term(award, getTranslation("market.tender.standstill-until"), Formats.date(details.standstillUntil(), getLocale()));
            content.add(new H2(getTranslation("market.tender.award")), award);
        }
        if (summary.status() == TenderStatus.PLANNED || summary.status() == TenderStatus.OPEN) {
            Paragraph sealed = new Paragraph(getTranslation("market.tender.sealed", summary.bids(), TenderTexts.dateTime(this, summary.bidDeadline())));
            sealed.setId("bids-sealed");
            content.add(new H2(getTranslation("market.tender.bids")), sealed);
            return;
        }
        boolean evaluating = summary.status() == TenderStatus.EVALUATION;
        boolean mayScore = evaluating && accessGuard.allows(Permission.SCORE_BIDS, Target.municipality(details.municipalityId()));
        boolean mayAward = evaluating && accessGuard.allows(Permission.AWARD_TENDERS, Target.municipality(details.municipalityId()));
        List<TenderViews.BidView> bids = tenders.bids(tenderId);
        List<TenderRanking.RankedBid> ranking = tenders.ranking(tenderId);

        content.add(new H2(getTranslation("market.tender.ranking")), new Paragraph(getTranslation("market.tender.ranking.how")));
        content.add(ranking(details, ranking));
        if (mayAward && !ranking.isEmpty()) {
            content.add(awardForm(details, ranking));
        }
        content.add(new H2(getTranslation("market.tender.bids")));
        if (bids.isEmpty()) {
            content.add(new Paragraph(getTranslation("market.tender.no-bids")));
        }
        Map<Long, Requirement> requirements = details.requirements().stream().collect(Collectors.toMap(Requirement::id, Function.identity()));
        for (TenderViews.BidView bid : bids) {
            content.add(bid(details, bid, requirements, mayScore));
        }
    }

    private Div ranking(TenderViews.TenderDetails details, List<TenderRanking.RankedBid> ranking) {
        Div all = new Div();
        all.setId("ranking");
        for (TenderRanking.RankedBid bid : ranking) {
            NativeTable table = Tables.table(getTranslation("market.tender.ranking.caption", bid.rank(), bid.bidder(),
                            TenderTexts.price(this, bid.priceOre(), details.priceUnit())),
                    List.of(getTranslation("market.tender.criterion"), getTranslation("market.tender.weight"),
                            getTranslation("market.tender.ranking.score"), getTranslation("market.tender.ranking.points")));
            for (TenderRanking.Line line : bid.lines()) {
                Tables.row(table, line.criterion(), line.weight() + " %", TenderTexts.scoreCalculation(this, line),
                        TenderTexts.pointsCalculation(this, line));
            }
            NativeTableRow total = Tables.row(table, getTranslation("market.tender.ranking.total"), "100 %", "",
                    bid.complete() ? TenderTexts.points(this, bid.total())
                            : getTranslation("market.tender.ranking.incomplete", TenderTexts.points(this, bid.total())));
            total.addClassName("total");
            table.setId("ranking-" + bid.bidId());
            all.add(table);
        }
        return all;
    }

    private Div awardForm(TenderViews.TenderDetails details, List<TenderRanking.RankedBid> ranking) {
        Div form = new Div();
        form.setId("award-form");
        form.add(new H2(getTranslation("market.tender.award")),
                new Paragraph(getTranslation("market.tender.award.help", details.summary().providersToAward(), details.standstillDays())));
        CheckboxGroup<TenderRanking.RankedBid> chosen = new CheckboxGroup<>(getTranslation("market.tender.award.bids"));
        chosen.setItems(ranking);
        chosen.setItemLabelGenerator(b -> getTranslation("market.tender.award.bid", b.rank(), b.bidder(), TenderTexts.points(this, b.total())));
        chosen.setValue(ranking.stream().filter(TenderRanking.RankedBid::complete).limit(details.summary().providersToAward())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        chosen.setId("award-bids");
        TextArea reason = new TextArea(getTranslation("market.tender.award-reason"));
        reason.setMaxLength(Tenders.MAX_TEXT);
        reason.setWidthFull();
        reason.setId("award-reason");
        Div warning = new Div();
        warning.setId("aels18-warning");
        TextField override = new TextField(getTranslation("market.aels18.override"));
        override.setMaxLength(1000);
        override.setWidthFull();
        override.setId("aels18-override");
        override.setVisible(false);
        Button award = new Button(getTranslation("market.tender.award.button"), e -> {
            Set<Long> ids = chosen.getValue().stream().map(TenderRanking.RankedBid::bidId).collect(Collectors.toSet());
            try {
                tenders.award(tenderId, ids, reason.getValue(), override.isVisible() ? override.getValue() : null);
                show();
                MarketTexts.success(feedback, getTranslation("market.tender.awarded"));
            } catch (BusinessException ex) {
                String message = MarketTexts.error(this, feedback, ex);
                if (ex.messageKey().equals("market.aels18.breach")) {
                    warning.removeAll();
                    warning.add(Notices.error(message));
                    if (override.isVisible()) {
                        override.setErrorMessage(getTranslation("market.aels18.override-required"));
                        override.setInvalid(true);
                    }
                    override.setVisible(true);
                } else {
                    reason.setErrorMessage(message);
                    reason.setInvalid(true);
                }
            }
        });
        award.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        award.setId("award");
        form.add(chosen, reason, warning, override, award);
        return form;
    }

    private Section bid(TenderViews.TenderDetails details, TenderViews.BidView bid, Map<Long, Requirement> requirements, boolean mayScore) {
        Section section = new Section();
        section.addClassName("bid");
        section.setId("bid-" + bid.id());
        section.add(new H3(bid.organisationName() + " (" + getTranslation("market.cvr") + " " + bid.cvr() + ")"));
        DescriptionList facts = new DescriptionList();
        TenderFacts.term(facts, getTranslation("market.bid.price"), TenderTexts.price(this, bid.priceOre(), bid.priceUnit()));
        TenderFacts.term(facts, getTranslation("market.capacity"), String.valueOf(bid.capacity()));
        TenderFacts.term(facts, getTranslation("market.postcodes"), String.join(", ", bid.postcodes()));
        TenderFacts.term(facts, getTranslation("market.contact-email"), bid.contactEmail());
        TenderFacts.term(facts, getTranslation("market.bid.changed"), TenderTexts.dateTime(this, bid.changedAt()));
        if (bid.outcome() != null) {
            TenderFacts.term(facts, getTranslation("market.bid.outcome"), getTranslation("market.bid.outcome." + bid.outcome()));
        }
        section.add(facts);
        OrderedList answers = new OrderedList();
        bid.requirementAnswers().forEach((id, answer) -> {
            Requirement r = requirements.get(id);
            answers.add(new ListItem((r == null ? "" : MarketTexts.requirement(this, r) + ": ") + answer));
        });
        section.add(new H3(getTranslation("market.bid.requirement-answers")), answers);
        for (Criterion criterion : details.criteria()) {
            if (criterion.kind() == CriterionKind.PRICE) {
                continue;
            }
            Div row = new Div();
            row.addClassName("criterion-answer");
            row.add(new Paragraph(criterion.name() + " (" + criterion.weight() + " %): " + bid.criterionAnswers().getOrDefault(criterion.id(), "")));
            TenderViews.ScoreRow score = bid.scores().get(criterion.id());
            if (mayScore) {
                IntegerField points = new IntegerField(getTranslation("market.tender.score-for", criterion.name(), bid.organisationName()));
                points.setMin(0);
                points.setMax(10);
                points.setStepButtonsVisible(true);
                points.setValue(score == null ? null : score.score());
                points.setId("score-" + bid.id() + "-" + criterion.id());
                TextField comment = new TextField(getTranslation("market.review.comment"));
                comment.setMaxLength(1000);
                comment.setValue(score == null || score.comment() == null ? "" : score.comment());
                comment.setId("score-comment-" + bid.id() + "-" + criterion.id());
                Button save = new Button(getTranslation("market.tender.save-score"), e -> {
                    try {
                        tenders.score(bid.id(), criterion.id(), points.getValue(), comment.getValue());
                        show();
                        MarketTexts.success(feedback, getTranslation("market.tender.scored", bid.organisationName(), criterion.name()));
                    } catch (BusinessException ex) {
                        points.setErrorMessage(MarketTexts.error(this, feedback, ex));
                        points.setInvalid(true);
                    }
                });
                save.setId("save-score-" + bid.id() + "-" + criterion.id());
                Div form = new Div(points, comment, save);
                form.addClassName("inline-form");
                row.add(form);
            } else {
                row.add(new Paragraph(getTranslation("market.tender.score") + " " + (score == null ? getTranslation("market.tender.ranking.not-scored")
                        : score.score() + (score.comment() == null ? "" : " – " + score.comment()))));
            }
            section.add(row);
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("market.tenders.title") + " – " + getTranslation("app.name");
    }
}
