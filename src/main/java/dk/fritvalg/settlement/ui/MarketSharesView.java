package dk.fritvalg.settlement.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.settlement.MarketShares;
import dk.fritvalg.ui.Tables;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/** Market shares per service area and provider in a month (citizens and hours), as a table and as CSV. */
@Route("okonomi/markedsandele")
@Menu(title = "menu.market-shares", order = 85)
@ViewPermission(Permission.VIEW_SETTLEMENT)
public class MarketSharesView extends Div implements HasDynamicTitle {

    private final MarketShares shares;
    private final Div body = new Div();

    public MarketSharesView(MarketShares shares, Clock clock) {
        this.shares = shares;
        addClassName("page");
        add(new H1(getTranslation("market-shares.title")), new Paragraph(getTranslation("market-shares.intro")));
        Select<YearMonth> month = EconomyTexts.monthPicker(this, clock, "market-shares-month");
        month.addValueChangeListener(e -> show(e.getValue()));
        add(month, body);
        show(month.getValue());
    }

    private void show(YearMonth month) {
        body.removeAll();
        List<MarketShares.Share> list = shares.ofMonth(month);
        if (list.isEmpty()) {
            body.add(new Paragraph(getTranslation("market-shares.none", EconomyTexts.month(month, getLocale()))));
            return;
        }
        NativeTable table = Tables.table(getTranslation("market-shares.caption", EconomyTexts.month(month, getLocale())), List.of(
                getTranslation("settlement.area"), getTranslation("settlement.provider"), getTranslation("market-shares.citizens"),
                getTranslation("market-shares.hours"), getTranslation("market-shares.citizen-share"), getTranslation("market-shares.hour-share")));
        table.setId("market-shares");
        for (MarketShares.Share s : list) {
            Tables.row(table, s.serviceAreaName(), s.providerName(), String.valueOf(s.citizens()), EconomyTexts.number(s.grantedHours(), getLocale()),
                    EconomyTexts.number(s.citizenShare(), getLocale()) + " %", EconomyTexts.number(s.hourShare(), getLocale()) + " %");
        }
        body.add(table, StatementParts.csv(getTranslation("market-shares.csv"), "markedsandele-" + month + ".csv", () -> shares.csv(month),
                "market-shares-csv"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("market-shares.title") + " – " + getTranslation("app.name");
    }
}
