package dk.fritvalg.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.survey.Campaign;
import dk.fritvalg.survey.CampaignStatus;
import dk.fritvalg.survey.Question;
import dk.fritvalg.survey.QuestionKind;
import dk.fritvalg.survey.ScaleSummary;
import dk.fritvalg.survey.SurveyCampaigns;
import dk.fritvalg.survey.SurveyResults;
import dk.fritvalg.survey.SurveyResults.CampaignResults;
import dk.fritvalg.survey.SurveyResults.Rate;
import dk.fritvalg.survey.SurveyResults.ScaleResult;
import dk.fritvalg.ui.Formats;
import dk.fritvalg.ui.Notices;
import dk.fritvalg.ui.Tables;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;

/**
 * Staff: one campaign. While it is prepared: its questions and local questions, then sending the invitations. Once open:
 * response rates per provider and channel, every scale question per provider (n, mean, 95 % t-interval, distribution; withheld
 * below the minimum group size), yes/no counts, the masked free-text comments, the CSV export, and publishing.
 */
@Route("forvaltning/undersoegelser/:id")
@ViewPermission(Permission.MANAGE_SURVEYS)
public class SurveyCampaignView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SurveyCampaigns campaigns;
    private final SurveyResults results;
    private final Div feedback = new Div();
    private final Div content = new Div();
    private long campaignId;
    private String title = "";

    public SurveyCampaignView(SurveyCampaigns campaigns, SurveyResults results) {
        this.campaigns = campaigns;
        this.results = results;
        addClassName("page");
        feedback.getElement().setAttribute("role", "status");
        feedback.getElement().setAttribute("aria-live", "polite");
        add(feedback, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        campaignId = event.getRouteParameters().get("id").filter(id -> id.matches("\\d{1,18}")).map(Long::parseLong).orElse(0L);
        render();
    }

    private void render() {
        content.removeAll();
        Campaign campaign;
        try {
            campaign = campaigns.campaign(campaignId);
        } catch (BusinessException ex) {
            content.add(new H1(getTranslation("survey.campaigns.title")), Notices.error(getTranslation(ex.messageKey(), ex.arguments())));
            return;
        }
        title = campaign.name();
        content.add(new H1(campaign.name()), new Paragraph(getTranslation("survey.campaign.summary", campaign.periodLabel(),
                Formats.date(campaign.opensOn(), getLocale()), Formats.date(campaign.closesOn(), getLocale()),
                getTranslation("survey.status." + campaign.status()))));
        content.add(new Paragraph(campaign.samplePerProvider() == null
                ? getTranslation("survey.campaign.population.all", Formats.date(campaign.populationDate(), getLocale()))
                : getTranslation("survey.campaign.population.sample", campaign.samplePerProvider(),
                        Formats.date(campaign.populationDate(), getLocale()))));
        content.add(new Paragraph(getTranslation("survey.campaign.reminders", campaign.maxReminders(), campaign.reminderAfterDays())));
        questions(campaign);
        if (campaign.status() == CampaignStatus.DRAFT) {
            Button send = new Button(getTranslation("survey.send"), e -> act(() -> feedback.add(Notices.success(
                    getTranslation("survey.sent", campaigns.sendInvitations(campaignId))))));
            send.setId("survey-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            content.add(new Paragraph(getTranslation("survey.send.help")), send);
            return;
        }
        results(campaign);
    }

    private void questions(Campaign campaign) {
        content.add(new H2(getTranslation("survey.questions")));
        OrderedList list = new OrderedList();
        list.setId("survey-questions");
        for (Question q : campaigns.campaignQuestions(campaignId)) {
            list.add(new ListItem(q.text() + " (" + getTranslation("survey.kind." + q.kind())
                    + (q.local() ? ", " + getTranslation("survey.local") : "") + ")"));
        }
        content.add(list);
        if (campaign.status() != CampaignStatus.DRAFT) {
            return;
        }
        TextField text = new TextField(getTranslation("survey.local.text"));
        text.setId("survey-local-text");
        text.setWidthFull();
        text.setMaxLength(500);
        RadioButtonGroup<QuestionKind> kind = new RadioButtonGroup<>(getTranslation("survey.local.kind"));
        kind.setId("survey-local-kind");
        kind.setItems(QuestionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("survey.kind." + k));
        kind.setValue(QuestionKind.SCALE);
        Button add = new Button(getTranslation("survey.local.add"), e -> act(() -> {
            campaigns.addLocalQuestion(campaignId, text.getValue(), kind.getValue());
            feedback.add(Notices.success(getTranslation("survey.local.added")));
        }));
        add.setId("survey-local-add");
        content.add(new H3(getTranslation("survey.local.title")), new Paragraph(getTranslation("survey.local.help")), text, kind, add);
    }

    private void results(Campaign campaign) {
        CampaignResults all = results.results(campaignId);
        content.add(new H2(getTranslation("survey.results")), new Paragraph(getTranslation("survey.results.method", all.minimumGroupSize())));
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = results.csv(campaignId).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "undersoegelse-" + campaignId + ".csv", "text/csv", bytes.length);
        }), getTranslation("survey.csv"));
        csv.setId("survey-csv");
        csv.getElement().setAttribute("download", true);
        content.add(csv);
        if (campaign.status() == CampaignStatus.OPEN) {
            Button publish = new Button(getTranslation("survey.publish"), e -> act(() -> {
                results.publish(campaignId);
                feedback.add(Notices.success(getTranslation("survey.published")));
            }));
            publish.setId("survey-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            content.add(new Paragraph(getTranslation("survey.publish.help")), publish);
        }

        content.add(new H3(getTranslation("survey.rates")));
        NativeTable rates = table("survey-rates", getTranslation("survey.rates"), "survey.col.provider", "survey.col.invited",
                "survey.col.answered", "survey.col.rate", "survey.col.relative");
        all.providers().forEach(r -> rateRow(rates, r.name(), r));
        rateRow(rates, getTranslation("survey.all-providers"), all.total());
        content.add(rates);
        NativeTable channels = table("survey-channels", getTranslation("survey.channels"), "survey.col.channel", "survey.col.invited",
                "survey.col.answered", "survey.col.rate", "survey.col.relative");
        all.channels().forEach(r -> rateRow(channels, getTranslation("survey.channel." + r.name()), r));
        content.add(channels);

        for (ScaleResult scale : all.scales()) {
            content.add(new H3(scale.question().text()));
            NativeTable table = table("survey-q-" + scale.question().code(), scale.question().text(), "survey.col.provider", "survey.col.n",
                    "survey.col.mean", "survey.col.ci", "survey.col.distribution", "survey.col.dont-know");
            all.providers().forEach(p -> summaryRow(table, p.name(), scale.byProvider().get(p.providerId())));
            summaryRow(table, getTranslation("survey.all-providers"), scale.all());
            content.add(table);
        }
        for (SurveyResults.YesNoResult yesNo : all.yesNo()) {
            content.add(new H3(yesNo.question().text()));
            NativeTable table = table("survey-q-" + yesNo.question().code(), yesNo.question().text(), "survey.col.provider",
                    "survey.col.yes", "survey.col.no");
            all.providers().forEach(p -> yesNoRow(table, p.name(), yesNo.byProvider().containsKey(p.providerId())
                    ? yesNo.byProvider().get(p.providerId()) : new int[0]));
            yesNoRow(table, getTranslation("survey.all-providers"), yesNo.all());
            content.add(table);
        }
        content.add(new H3(getTranslation("survey.comments")), new Paragraph(getTranslation("survey.comments.help")));
        if (all.comments().isEmpty()) {
            content.add(new Paragraph(getTranslation("survey.comments.none")));
        } else {
            UnorderedList comments = new UnorderedList();
            comments.setId("survey-comments");
            all.comments().forEach(c -> comments.add(new ListItem(c.providerName() + ": " + c.text())));
            content.add(comments);
        }
    }

    private NativeTable table(String id, String caption, String... headerKeys) {
        NativeTable table = Tables.table(caption, java.util.Arrays.stream(headerKeys).map(this::getTranslation).toList());
        table.setId(id);
        table.addClassName("figures-table");
        return table;
    }

    private void rateRow(NativeTable table, String name, Rate rate) {
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        Tables.row(table, name, String.valueOf(rate.invited()), String.valueOf(rate.answered()), percent.format(rate.rate()),
                String.valueOf(rate.relativeAssisted()));
    }

    private void summaryRow(NativeTable table, String name, ScaleSummary summary) {
        if (summary == null || summary.withheld()) {
            NativeTableRow row = Tables.row(table, name, String.valueOf(summary == null ? 0 : summary.n()),
                    getTranslation("compare.page.too-few"), "", "", String.valueOf(summary == null ? 0 : summary.dontKnow()));
            row.getChildren().skip(2).findFirst().ifPresent(c -> c.getElement().getClassList().add("too-few"));
            return;
        }
        int[] c = summary.counts();
        Tables.row(table, name, String.valueOf(summary.n()), SurveyResults.decimal(summary.mean(), getLocale()),
                SurveyResults.decimal(summary.ciLow(), getLocale()) + "–" + SurveyResults.decimal(summary.ciHigh(), getLocale()),
                getTranslation("survey.distribution", c[0], c[1], c[2], c[3], c[4]), String.valueOf(summary.dontKnow()));
    }

    private void yesNoRow(NativeTable table, String name, int[] counts) {
        if (counts == null || counts.length == 0) {
            Tables.row(table, name, getTranslation("compare.page.too-few"), "");
        } else {
            Tables.row(table, name, String.valueOf(counts[0]), String.valueOf(counts[1]));
        }
    }

    private void act(Runnable action) {
        feedback.removeAll();
        try {
            action.run();
            render();
        } catch (BusinessException ex) {
            feedback.add(Notices.error(getTranslation(ex.messageKey(), ex.arguments())));
        }
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("survey.campaigns.title") : title) + " – " + getTranslation("app.name");
    }
}
