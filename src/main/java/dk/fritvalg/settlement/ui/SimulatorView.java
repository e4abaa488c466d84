package dk.fritvalg.settlement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.settlement.ModelSimulator;
import dk.fritvalg.ui.Tables;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The payment-model simulator: a month of real data under each model, side by side per provider, with the differences and the reasons. */
@Route("okonomi/simulator")
@Menu(title = "menu.simulator", order = 83)
@ViewPermission(Permission.VIEW_SETTLEMENT)
public class SimulatorView extends Div implements HasDynamicTitle {

    private final ModelSimulator simulator;
    private final Div body = new Div();

    public SimulatorView(ModelSimulator simulator, Clock clock) {
        this.simulator = simulator;
        addClassName("page");
        add(new H1(getTranslation("simulator.title")), new Paragraph(getTranslation("simulator.intro")));
        Select<YearMonth> month = EconomyTexts.monthPicker(this, clock, "simulator-month");
        Button run = new Button(getTranslation("simulator.run"), e -> show(month.getValue()));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setId("simulator-run");
        Div controls = new Div(month, run);
        controls.addClassName("form-row");
        body.getElement().setAttribute("aria-live", "polite");
        add(controls, body);
    }

    private void show(YearMonth month) {
        body.removeAll();
        ModelSimulator.Simulation s = simulator.simulate(month);
        body.add(new H2(getTranslation("simulator.models")));
        UnorderedList legend = new UnorderedList();
        s.scenarios().forEach(sc -> legend.add(new ListItem(getTranslation("simulator.scenario." + sc.key()) + ": " + sc.description())));
        body.add(legend);
        if (s.rows().isEmpty()) {
            body.add(new Paragraph(getTranslation("simulator.empty", EconomyTexts.month(month, getLocale()))));
            return;
        }
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation("settlement.provider"));
        s.scenarios().forEach(sc -> headers.add(getTranslation("simulator.scenario." + sc.key())));
        s.scenarios().stream().skip(1).forEach(sc -> headers.add(getTranslation("simulator.difference", getTranslation("simulator.scenario." + sc.key()))));
        NativeTable table = Tables.table(getTranslation("simulator.caption", EconomyTexts.month(month, getLocale())), headers);
        table.setId("simulator-table");
        for (ModelSimulator.Row row : s.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(row.providerName());
            s.scenarios().forEach(sc -> cells.add(EconomyTexts.kroner(row.amount(sc.key()), getLocale())));
            long current = row.amount(ModelSimulator.CURRENT);
            s.scenarios().stream().skip(1).forEach(sc -> cells.add(signed(row.amount(sc.key()) - current)));
            Tables.row(table, cells.toArray(String[]::new));
        }
        List<String> totals = new ArrayList<>();
        totals.add(getTranslation("settlement.total"));
        s.scenarios().forEach(sc -> totals.add(EconomyTexts.kroner(s.totals().get(sc.key()), getLocale())));
        long current = s.totals().get(ModelSimulator.CURRENT);
        s.scenarios().stream().skip(1).forEach(sc -> totals.add(signed(s.totals().get(sc.key()) - current)));
        NativeTableRow sum = Tables.row(table, totals.toArray(String[]::new));
        sum.addClassName("total");
        Div scroll = new Div(table);
        scroll.addClassName("table-scroll");
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", getTranslation("simulator.caption", EconomyTexts.month(month, getLocale())));
        body.add(scroll);
        body.add(new H2(getTranslation("simulator.reasons")));
        Select<ModelSimulator.Scenario> which = new Select<>();
        which.setLabel(getTranslation("simulator.reasons-for"));
        which.setItems(s.scenarios());
        which.setItemLabelGenerator(sc -> getTranslation("simulator.scenario." + sc.key()));
        which.setId("simulator-reasons-for");
        Div reasons = new Div();
        which.addValueChangeListener(e -> {
            reasons.removeAll();
            reasons.add(StatementParts.lines(this, s.lines().get(e.getValue().key()), true));
        });
        which.setValue(s.scenarios().getFirst());
        body.add(which, reasons);
    }

    private String signed(long ore) {
        return (ore > 0 ? "+" : "") + EconomyTexts.kroner(ore, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("simulator.title") + " – " + getTranslation("app.name");
    }
}
