package dk.fritvalg.market.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.market.TenderViews;
import dk.fritvalg.market.Tenders;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.ui.Formats;
import dk.fritvalg.ui.Notices;
import java.time.LocalDate;

/**
 * The municipality's agreements with providers (approval and tender), soonest end first; those running out within six
 * months on demand. Procurement staff end an agreement early with a last day and a reason; when that would break
 * ÆL § 18 the page says what happens and asks for a reason to go ahead.
 */
@Route("marked/aftaler")
@Menu(title = "menu.market-agreements", order = 75)
@ViewPermission(Permission.VIEW_MARKET)
public class AgreementsView extends Div implements HasDynamicTitle {

    private final Tenders tenders;
    private final boolean mayEnd;
    private final Checkbox runningOut = new Checkbox();
    private final Grid<TenderViews.AgreementRow> grid = new Grid<>();
    private final Div feedback = MarketTexts.feedback("agreements-feedback");
    private final Div selected = new Div();

    public AgreementsView(Tenders tenders, AccessGuard accessGuard) {
        this.tenders = tenders;
        this.mayEnd = CurrentUser.get().map(u -> u.municipalityId() != null
                && accessGuard.allows(Permission.AWARD_TENDERS, Target.municipality(u.municipalityId()))).orElse(false);
        addClassName("page");
        add(new H1(getTranslation("market.agreements.title")), new Paragraph(getTranslation("market.agreements.intro", Tenders.RUNNING_OUT_MONTHS)));
        runningOut.setLabel(getTranslation("market.agreements.running-out-only", Tenders.RUNNING_OUT_MONTHS));
        runningOut.setId("agreements-running-out");
        runningOut.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(TenderViews.AgreementRow::providerName).setHeader(getTranslation("market.providers.name")).setFlexGrow(2);
        grid.addColumn(TenderViews.AgreementRow::serviceArea).setHeader(getTranslation("market.tender.area"));
        grid.addColumn(a -> getTranslation("agreement-model." + a.model())).setHeader(getTranslation("market.agreements.model"));
        grid.addColumn(a -> Formats.date(a.validFrom(), getLocale())).setHeader(getTranslation("market.agreements.from"));
        grid.addColumn(a -> a.validTo() == null ? getTranslation("common.open-ended") : Formats.date(a.validTo(), getLocale()))
                .setHeader(getTranslation("market.agreements.to"));
        grid.addColumn(a -> a.priceOre() == null ? getTranslation("market.agreements.municipal-price")
                : TenderTexts.price(this, a.priceOre(), a.priceUnit())).setHeader(getTranslation("market.agreements.price"));
        if (mayEnd) {
            grid.addComponentColumn(a -> {
                Button end = new Button(getTranslation("market.agreements.end-of", a.providerName(), a.serviceArea()), e -> select(a));
                end.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                end.setId("end-agreement-" + a.agreementId());
                return end;
            }).setHeader(getTranslation("market.agreements.end")).setKey("end");
        }
        grid.setItems(query -> tenders.agreements(runningOut.getValue()).stream().skip(query.getOffset()).limit(query.getLimit()),
                query -> tenders.agreements(runningOut.getValue()).size());
        grid.setAriaLabel(getTranslation("market.agreements.title"));
        grid.setId("agreements-grid");
        grid.setHeight("45vh");
        add(runningOut, grid, feedback, selected);
    }

    private void select(TenderViews.AgreementRow agreement) {
        selected.removeAll();
        selected.add(new H2(getTranslation("market.agreements.end-of", agreement.providerName(), agreement.serviceArea())),
                new Paragraph(getTranslation("market.agreements.end.help")));
        DatePicker lastDay = MarketTexts.danishDates(new DatePicker(getTranslation("market.agreements.last-day")));
        lastDay.setMin(LocalDate.now(TimeConfiguration.DANISH_TIME));
        lastDay.setId("agreement-last-day");
        TextField reason = new TextField(getTranslation("market.providers.reason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setId("agreement-reason");
        Div warning = new Div();
        warning.setId("aels18-warning");
        TextField override = new TextField(getTranslation("market.aels18.override"));
        override.setMaxLength(1000);
        override.setWidthFull();
        override.setId("aels18-override");
        override.setVisible(false);
        Button end = new Button(getTranslation("market.agreements.end.button"), e -> {
            try {
                tenders.endAgreement(agreement.agreementId(), lastDay.getValue(), reason.getValue(), override.isVisible() ? override.getValue() : null);
                selected.removeAll();
                grid.getDataProvider().refreshAll();
                MarketTexts.success(feedback, getTranslation("market.agreements.ended", agreement.providerName(),
                        Formats.date(lastDay.getValue(), getLocale())));
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
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        end.setId("end-agreement");
        selected.add(lastDay, reason, warning, override, end);
        if (agreement.model() == dk.fritvalg.provider.AgreementModel.TENDER) {
            Button extend = new Button(getTranslation("market.agreements.extend"), e -> {
                try {
                    LocalDate until = tenders.extendAgreement(agreement.agreementId(), reason.getValue());
                    selected.removeAll();
                    grid.getDataProvider().refreshAll();
                    MarketTexts.success(feedback, getTranslation("market.agreements.extended", agreement.providerName(),
                            Formats.date(until, getLocale())));
                } catch (BusinessException ex) {
                    reason.setErrorMessage(MarketTexts.error(this, feedback, ex));
                    reason.setInvalid(true);
                }
            });
            extend.setId("extend-agreement");
            selected.add(new Paragraph(getTranslation("market.agreements.extend.help")), extend);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("market.agreements.title") + " – " + getTranslation("app.name");
    }
}
