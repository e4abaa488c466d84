package dk.fritvalg.market.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.fritvalg.market.ApplicationDetails;
import dk.fritvalg.market.ApplicationReview;
import dk.fritvalg.market.Assessment;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.ui.Formats;
import dk.fritvalg.ui.Notices;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One application, as staff review it: the facts, each requirement with the answer, the evidence and the assessment,
 * the questions and answers, and the decision. Procurement staff assess, ask, approve or reject; others with the market
 * in their role only read.
 */
@Route("marked/ansoegninger/:id")
@ViewPermission(Permission.VIEW_MARKET)
public class ApplicationReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ApplicationReview review;
    private final AccessGuard accessGuard;
    private final Div feedback = MarketTexts.feedback("review-feedback");
    private final Div content = new Div();
    private long applicationId;

    public ApplicationReviewView(ApplicationReview review, AccessGuard accessGuard) {
        this.review = review;
        this.accessGuard = accessGuard;
        addClassName("page");
        add(new Anchor("marked/ansoegninger", getTranslation("market.review.back")), feedback, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applicationId = MarketTexts.applicationId(event);
        show();
    }

    private void show() {
        content.removeAll();
        ApplicationDetails details;
        try {
            details = review.details(applicationId);
        } catch (BusinessException e) {
            content.add(new H1(getTranslation("market.review.title")), Notices.error(getTranslation(e.messageKey(), e.arguments())));
            return;
        }
        var summary = details.summary();
        boolean decide = summary.status().open()
                && accessGuard.allows(Permission.DECIDE_APPLICATIONS, Target.municipality(summary.municipalityId()));
        content.add(new H1(getTranslation("market.review.heading", summary.organisationName())));
        DescriptionList facts = new DescriptionList();
        term(facts, "market.cvr", summary.cvr());
        term(facts, "market.areas", String.join(", ", summary.serviceAreas()));
        term(facts, "market.postcodes", String.join(", ", details.postcodes()));
        term(facts, "market.capacity", String.valueOf(details.capacity()));
        term(facts, "market.contact-email", details.contactEmail());
        term(facts, "market.applications.submitted", MarketTexts.date(this, summary.submittedAt()));
        term(facts, "market.applications.deadline", Formats.date(summary.decisionDue(), getLocale()));
        term(facts, "market.applications.status", MarketTexts.status(this, summary));
        if (details.decidedBy() != null) {
            term(facts, "market.review.decided-by", details.decidedBy() + ", " + MarketTexts.date(this, details.decidedAt()));
        }
        if (details.decisionReason() != null) {
            term(facts, "market.review.reason", details.decisionReason());
        }
        if (details.startDate() != null) {
            term(facts, "market.review.start", Formats.date(details.startDate(), getLocale()));
        }
        facts.setId("application-facts");
        content.add(facts);

        content.add(new H2(getTranslation("market.review.requirements")));
        for (ApplicationDetails.AnswerRow row : details.answers()) {
            content.add(requirement(details, row, decide));
        }
        content.add(new H2(getTranslation("market.review.evidence")));
        UnorderedList general = new UnorderedList();
        details.evidence().stream().filter(e -> e.requirementId() == null)
                .forEach(e -> general.add(new ListItem(EvidenceLinks.link(review, e))));
        content.add(general.getChildren().findAny().isPresent() ? general : new Paragraph(getTranslation("market.review.no-general-evidence")));

        content.add(new H2(getTranslation("market.review.messages")));
        content.add(Messages.list(this, details));
        if (decide) {
            content.add(decisionForms());
        }
    }

    private Section requirement(ApplicationDetails details, ApplicationDetails.AnswerRow row, boolean decide) {
        Section section = new Section();
        section.addClassName("requirement");
        section.add(new H3(row.serviceArea() + ": " + MarketTexts.requirement(this, row.kind(), row.text())));
        section.add(new Paragraph(getTranslation("market.review.answer") + " " + row.answer()));
        UnorderedList files = new UnorderedList();
        details.evidence().stream().filter(e -> Objects.equals(e.requirementId(), row.requirementId()))
                .forEach(e -> files.add(new ListItem(EvidenceLinks.link(review, e))));
        if (files.getChildren().findAny().isPresent()) {
            section.add(files);
        } else if (row.evidenceRequired()) {
            section.add(Notices.notice(getTranslation("market.review.evidence-missing")));
        }
        String assessed = row.assessment() == null ? getTranslation("market.review.not-assessed")
                : getTranslation("market.assessment." + row.assessment()) + (row.comment() == null ? "" : ": " + row.comment());
        section.add(new Paragraph(getTranslation("market.review.assessment") + " " + assessed));
        if (decide) {
            RadioButtonGroup<Assessment> assessment = new RadioButtonGroup<>(getTranslation("market.review.assess"));
            assessment.setItems(Assessment.values());
            assessment.setItemLabelGenerator(a -> getTranslation("market.assessment." + a));
            assessment.setValue(row.assessment());
            assessment.setId("assess-" + row.requirementId());
            TextField comment = new TextField(getTranslation("market.review.comment"));
            comment.setMaxLength(ApplicationReview.MAX_TEXT);
            comment.setValue(row.comment() == null ? "" : row.comment());
            comment.setId("comment-" + row.requirementId());
            Button save = new Button(getTranslation("market.review.save-assessment"), e -> {
                try {
                    review.assess(applicationId, row.requirementId(), assessment.getValue(), comment.getValue());
                    show();
                    MarketTexts.success(feedback, getTranslation("market.review.assessed"));
                } catch (BusinessException ex) {
                    comment.setErrorMessage(MarketTexts.error(this, feedback, ex));
                    comment.setInvalid(true);
                }
            });
            save.setId("save-assessment-" + row.requirementId());
            Div form = new Div(assessment, comment, save);
            form.addClassName("inline-form");
            section.add(form);
        }
        return section;
    }

    private Div decisionForms() {
        Div forms = new Div();
        forms.add(new H2(getTranslation("market.review.ask")));
        TextArea question = new TextArea(getTranslation("market.review.question"));
        question.setMaxLength(ApplicationReview.MAX_TEXT);
        question.setWidthFull();
        question.setId("question");
        Button ask = new Button(getTranslation("market.review.send-question"), e -> act(() -> review.requestInformation(applicationId,
                question.getValue()), "market.review.question-sent"));
        ask.setId("send-question");
        forms.add(question, ask);

        forms.add(new H2(getTranslation("market.review.decision")));
        DatePicker start = new DatePicker(getTranslation("market.review.start"));
        start.setMin(LocalDate.now(TimeConfiguration.DANISH_TIME));
        start.setId("start-date");
        MarketTexts.danishDates(start);
        Button approve = new Button(getTranslation("market.review.approve"), e -> act(() -> review.approve(applicationId, start.getValue()),
                "market.review.approved"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setId("approve");
        Div approveForm = new Div(start, approve);
        approveForm.addClassName("inline-form");
        TextArea reason = new TextArea(getTranslation("market.review.reason"));
        reason.setMaxLength(ApplicationReview.MAX_TEXT);
        reason.setWidthFull();
        reason.setId("reject-reason");
        Button reject = new Button(getTranslation("market.review.reject"), e -> act(() -> review.reject(applicationId, reason.getValue()),
                "market.review.rejected"));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("reject");
        forms.add(approveForm, reason, reject);
        return forms;
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            show();
            MarketTexts.success(feedback, getTranslation(successKey));
        } catch (BusinessException e) {
            MarketTexts.error(this, feedback, e);
        }
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value == null ? "" : value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("market.review.title") + " – " + getTranslation("app.name");
    }
}
