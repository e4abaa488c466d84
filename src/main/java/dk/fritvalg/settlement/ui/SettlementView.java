package dk.fritvalg.settlement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.settlement.SettlementStatement;
import dk.fritvalg.settlement.Settlements;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.ui.Notices;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

/**
 * The monthly settlement: finance staff compute a month, read every line with its reason and the totals, lock it and
 * download it as CSV; the administrator reads it.
 */
@Route("okonomi/afregning")
@Menu(title = "menu.settlement", order = 81)
@ViewPermission(Permission.VIEW_SETTLEMENT)
public class SettlementView extends Div implements HasDynamicTitle {

    private final Settlements settlements;
    private final boolean maySettle;
    private final Select<YearMonth> month;
    private final Div feedback = new Div();
    private final Div body = new Div();

    public SettlementView(Settlements settlements, AccessGuard accessGuard, Clock clock) {
        this.settlements = settlements;
        addClassName("page");
        Long municipalityId = CurrentUser.require().municipalityId();
        maySettle = municipalityId != null && accessGuard.allows(Permission.SETTLE_PROVIDERS, Target.municipality(municipalityId));
        add(new H1(getTranslation("settlement.title")), new Paragraph(getTranslation("settlement.intro")));
        month = EconomyTexts.monthPicker(this, clock, "settlement-month");
        month.addValueChangeListener(e -> {
            feedback.removeAll();
            show();
        });
        Button compute = new Button(getTranslation("settlement.compute"), e -> compute());
        compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compute.setId("settlement-compute");
        compute.setVisible(maySettle);
        feedback.getElement().setAttribute("aria-live", "polite");
        feedback.setId("settlement-feedback");
        Div controls = new Div(month, compute);
        controls.addClassName("form-row");
        add(controls, feedback, body);
        show();
    }

    private void compute() {
        feedback.removeAll();
        try {
            SettlementStatement s = settlements.settle(month.getValue());
            feedback.add(Notices.success(getTranslation("settlement.computed", EconomyTexts.month(month.getValue(), getLocale()),
                    s.lines().size(), EconomyTexts.kroner(s.totalOre(), getLocale()))));
        } catch (BusinessException e) {
            feedback.add(Notices.error(getTranslation(e.messageKey(), e.arguments())));
        }
        show();
    }

    private void lock() {
        feedback.removeAll();
        try {
            settlements.lock(month.getValue());
            feedback.add(Notices.success(getTranslation("settlement.locked-now", EconomyTexts.month(month.getValue(), getLocale()))));
        } catch (BusinessException e) {
            feedback.add(Notices.error(getTranslation(e.messageKey(), e.arguments())));
        }
        show();
    }

    private void show() {
        body.removeAll();
        YearMonth m = month.getValue();
        Optional<SettlementStatement> statement = settlements.statement(m);
        if (statement.isEmpty()) {
            body.add(new Paragraph(getTranslation("settlement.none", EconomyTexts.month(m, getLocale()))));
            return;
        }
        SettlementStatement s = statement.get();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        Paragraph status = new Paragraph(s.run().locked()
                ? getTranslation("settlement.status.locked", s.run().lockedAt().atZone(TimeConfiguration.DANISH_TIME).format(when), s.run().lockedBy())
                : getTranslation("settlement.status.open", s.run().computedAt().atZone(TimeConfiguration.DANISH_TIME).format(when),
                    s.run().computedBy()));
        status.setId("settlement-status");
        body.add(status);
        if (maySettle && !s.run().locked()) {
            Div confirm = new Div();
            Button lock = new Button(getTranslation("settlement.lock", EconomyTexts.month(m, getLocale())), e -> {
                confirm.removeAll();
                Button yes = new Button(getTranslation("settlement.lock-confirm", EconomyTexts.month(m, getLocale())), ev -> lock());
                yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
                yes.setId("settlement-lock-confirm");
                confirm.add(new Paragraph(getTranslation("settlement.lock-warning")), yes);
            });
            lock.setId("settlement-lock");
            body.add(lock, confirm);
        }
        String fileMonth = m.toString();
        body.add(new H2(getTranslation("settlement.totals")));
        body.add(StatementParts.totals(this, getTranslation("settlement.per-provider", EconomyTexts.month(m, getLocale())),
                getTranslation("settlement.provider"), s.providerTotals(), s.totalOre(), "totals-provider"));
        body.add(StatementParts.totals(this, getTranslation("settlement.per-area", EconomyTexts.month(m, getLocale())),
                getTranslation("settlement.area"), s.areaTotals(), s.totalOre(), "totals-area"));
        Div downloads = new Div(StatementParts.csv(getTranslation("settlement.csv-all"), "afregning-" + fileMonth + ".csv",
                () -> settlements.csv(m, null), "csv-all"));
        for (SettlementStatement.Total t : s.providerTotals()) {
            downloads.add(StatementParts.csv(getTranslation("settlement.csv-provider", t.name()), "afregning-" + fileMonth + "-" + t.id() + ".csv",
                    () -> settlements.csv(m, t.id()), "csv-provider-" + t.id()));
        }
        downloads.addClassName("link-list");
        body.add(downloads);
        body.add(new H2(getTranslation("settlement.lines")));
        body.add(StatementParts.lines(this, s.lines(), true));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settlement.title") + " – " + getTranslation("app.name");
    }
}
