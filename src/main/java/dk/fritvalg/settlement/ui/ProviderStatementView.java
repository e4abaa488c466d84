package dk.fritvalg.settlement.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.settlement.SettlementStatement;
import dk.fritvalg.settlement.Settlements;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The provider's own monthly statements from the municipality: its lines with reasons, its total, and the CSV. */
@Route("leverandoer/afregning")
@Menu(title = "menu.provider-statement", order = 42)
@ViewPermission(Permission.VIEW_PROVIDER_STATEMENT)
public class ProviderStatementView extends Div implements HasDynamicTitle {

    private final Settlements settlements;
    private final Div body = new Div();

    public ProviderStatementView(Settlements settlements) {
        this.settlements = settlements;
        addClassName("page");
        add(new H1(getTranslation("provider-statement.title")), new Paragraph(getTranslation("provider-statement.intro")));
        Long providerId = CurrentUser.require().providerId();
        if (providerId == null) {
            add(new Paragraph(getTranslation("provider-statement.no-provider")));
            return;
        }
        List<YearMonth> months = settlements.providerRuns(providerId).stream().map(SettlementStatement.Run::month).toList();
        if (months.isEmpty()) {
            add(new Paragraph(getTranslation("provider-statement.none")));
            return;
        }
        Select<YearMonth> month = new Select<>();
        month.setLabel(getTranslation("settlement.month"));
        month.setItems(months);
        month.setItemLabelGenerator(m -> EconomyTexts.monthLabel(m, getLocale()));
        month.setValue(months.getFirst());
        month.setId("provider-statement-month");
        month.addValueChangeListener(e -> show(providerId, e.getValue()));
        add(month, body);
        show(providerId, months.getFirst());
    }

    private void show(long providerId, YearMonth m) {
        body.removeAll();
        Optional<SettlementStatement> statement = settlements.providerStatement(providerId, m);
        if (statement.isEmpty()) {
            return;
        }
        SettlementStatement s = statement.get();
        Paragraph status = new Paragraph(getTranslation(s.run().locked() ? "provider-statement.locked" : "provider-statement.open"));
        status.setId("provider-statement-status");
        Paragraph total = new Paragraph(getTranslation("provider-statement.total", EconomyTexts.month(m, getLocale()),
                EconomyTexts.kroner(s.totalOre(), getLocale())));
        total.setId("provider-statement-total");
        body.add(status, total, StatementParts.csv(getTranslation("provider-statement.csv"), "afregning-" + m + ".csv",
                () -> settlements.providerCsv(providerId, m), "provider-statement-csv"));
        body.add(new H2(getTranslation("settlement.lines")), StatementParts.lines(this, s.lines(), false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("provider-statement.title") + " – " + getTranslation("app.name");
    }
}
