package dk.fritvalg.market.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import dk.fritvalg.market.ApplicationDetails;
import dk.fritvalg.market.ApplicationReview;
import dk.fritvalg.market.ApplicationStatus;
import dk.fritvalg.market.ProviderApplications;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.ui.Formats;
import dk.fritvalg.ui.Notices;
import java.util.Optional;

/**
 * One of the organisation's own applications: its status and the decision deadline the municipality promised, the
 * municipality's questions with a place to answer, the evidence with a place to add more, and the decision.
 */
@Route("leverandoer/ansoegninger/:id")
@ViewPermission(Permission.VIEW_OWN_APPLICATIONS)
public class OwnApplicationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ProviderApplications applications;
    private final ApplicationReview review;
    private final Div feedback = MarketTexts.feedback("own-feedback");
    private final Div content = new Div();
    private long applicationId;

    public OwnApplicationView(ProviderApplications applications, ApplicationReview review) {
        this.applications = applications;
        this.review = review;
        addClassName("page");
        add(new Anchor("leverandoer/ansoegninger", getTranslation("market.own.back")), feedback, content);
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
            details = applications.ownApplication(applicationId);
        } catch (BusinessException e) {
            content.add(new H1(getTranslation("market.own.title")), Notices.error(getTranslation(e.messageKey(), e.arguments())));
            return;
        }
        var summary = details.summary();
        content.add(new H1(getTranslation("market.own.heading", summary.municipalityName())));
        DescriptionList facts = new DescriptionList();
        facts.setId("own-application-facts");
        term(facts, "market.areas", String.join(", ", summary.serviceAreas()));
        term(facts, "market.applications.status", getTranslation("market.status." + summary.status()));
        term(facts, "market.applications.submitted", MarketTexts.date(this, summary.submittedAt()));
        if (summary.status().open()) {
            term(facts, "market.own.deadline", Formats.date(summary.decisionDue(), getLocale()));
        }
        if (details.startDate() != null) {
            term(facts, "market.review.start", Formats.date(details.startDate(), getLocale()));
        }
        if (details.decisionReason() != null) {
            term(facts, "market.review.reason", details.decisionReason());
        }
        term(facts, "market.postcodes", String.join(", ", details.postcodes()));
        term(facts, "market.capacity", String.valueOf(details.capacity()));
        content.add(facts);

        content.add(new H2(getTranslation("market.review.messages")), Messages.list(this, details));
        if (summary.status() == ApplicationStatus.INFORMATION_REQUESTED) {
            TextArea reply = new TextArea(getTranslation("market.own.reply"));
            reply.setMaxLength(ProviderApplications.MAX_ANSWER);
            reply.setWidthFull();
            reply.setId("reply");
            Button send = new Button(getTranslation("market.own.send-reply"), e -> {
                try {
                    applications.answerQuestion(applicationId, reply.getValue());
                    show();
                    MarketTexts.success(feedback, getTranslation("market.own.reply-sent"));
                } catch (BusinessException ex) {
                    reply.setErrorMessage(MarketTexts.error(this, feedback, ex));
                    reply.setInvalid(true);
                }
            });
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.setId("send-reply");
            content.add(reply, send);
        }

        content.add(new H2(getTranslation("market.review.evidence")));
        UnorderedList files = new UnorderedList();
        details.evidence().forEach(e -> files.add(new ListItem(EvidenceLinks.link(review, e))));
        content.add(files.getChildren().findAny().isPresent() ? files : new Paragraph(getTranslation("market.own.no-evidence")));
        if (summary.status().open()) {
            content.add(uploadForm(details));
        }

        content.add(new H2(getTranslation("market.own.answers")));
        UnorderedList answers = new UnorderedList();
        for (ApplicationDetails.AnswerRow row : details.answers()) {
            answers.add(new ListItem(new Paragraph(row.serviceArea() + ": " + MarketTexts.requirement(this, row.kind(), row.text())),
                    new Paragraph(row.answer())));
        }
        content.add(answers);
    }

    private Div uploadForm(ApplicationDetails details) {
        Select<Optional<ApplicationDetails.AnswerRow>> about = new Select<>();
        about.setLabel(getTranslation("market.own.evidence-for"));
        java.util.List<Optional<ApplicationDetails.AnswerRow>> items = new java.util.ArrayList<>();
        items.add(Optional.empty());
        details.answers().forEach(a -> items.add(Optional.of(a)));
        about.setItems(items);
        about.setItemLabelGenerator(o -> o.map(a -> a.serviceArea() + ": " + MarketTexts.requirement(this, a.kind(), a.text()))
                .orElse(getTranslation("market.own.evidence-general")));
        about.setValue(Optional.empty());
        about.setId("evidence-for");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            // Runs on the upload's request; the page is changed under the UI's lock afterwards.
            Long requirementId = about.getValue().map(ApplicationDetails.AnswerRow::requirementId).orElse(null);
            BusinessException refused = null;
            try {
                applications.attach(applicationId, requirementId, metadata.fileName(), bytes);
            } catch (BusinessException ex) {
                refused = ex;
            }
            BusinessException error = refused;
            ui.access(() -> {
                show();
                if (error == null) {
                    MarketTexts.success(feedback, getTranslation("market.own.evidence-added", metadata.fileName()));
                } else {
                    MarketTexts.error(this, feedback, error);
                }
            });
        }));
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
        upload.setMaxFileSize(applications.maxFileBytes());
        upload.setMaxFiles(1);
        upload.setId("evidence-upload");
        upload.addFileRejectedListener(e -> {
            feedback.removeAll();
            feedback.add(Notices.error(getTranslation("market.evidence.error.type-or-size", applications.maxFileBytes() / (1024 * 1024))));
        });
        Div form = new Div(about, new Paragraph(getTranslation("market.own.evidence-help", applications.maxFileBytes() / (1024 * 1024))), upload);
        return form;
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value == null ? "" : value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("market.own.title") + " – " + getTranslation("app.name");
    }
}
