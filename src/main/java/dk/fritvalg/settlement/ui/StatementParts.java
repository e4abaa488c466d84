package dk.fritvalg.settlement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.fritvalg.settlement.SettlementLine;
import dk.fritvalg.settlement.SettlementStatement;
import dk.fritvalg.ui.Tables;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;

/** The pieces a statement is shown with, for staff and for the provider: totals, the lines, a CSV download. */
final class StatementParts {

    private StatementParts() {
    }

    static Grid<SettlementLine> lines(Component c, List<SettlementLine> lines, boolean showProvider) {
        Grid<SettlementLine> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        if (showProvider) {
            grid.addColumn(SettlementLine::providerName).setHeader(c.getTranslation("settlement.provider")).setAutoWidth(true);
        }
        grid.addColumn(SettlementLine::serviceAreaName).setHeader(c.getTranslation("settlement.area")).setAutoWidth(true);
        grid.addColumn(l -> l.isCorrection() ? c.getTranslation("settlement.correction-of", EconomyTexts.month(l.correctsMonth(), EconomyTexts.locale(c)))
                + " " + l.reason() : l.reason()).setHeader(c.getTranslation("settlement.reason")).setFlexGrow(4);
        grid.addColumn(l -> EconomyTexts.number(l.quantity(), EconomyTexts.locale(c))).setHeader(c.getTranslation("settlement.quantity"))
                .setAutoWidth(true);
        grid.addColumn(SettlementLine::unitDanish).setHeader(c.getTranslation("settlement.unit")).setAutoWidth(true);
        grid.addColumn(l -> EconomyTexts.kroner(l.priceOre(), EconomyTexts.locale(c))).setHeader(c.getTranslation("settlement.price")).setAutoWidth(true);
        grid.addColumn(l -> EconomyTexts.kroner(l.amountOre(), EconomyTexts.locale(c))).setHeader(c.getTranslation("settlement.amount"))
                .setAutoWidth(true).setKey("amount");
        grid.setItems(lines);
        grid.setAllRowsVisible(lines.size() <= 50);
        grid.setAriaLabel(c.getTranslation("settlement.lines"));
        grid.setId("settlement-lines");
        return grid;
    }

    static NativeTable totals(Component c, String caption, String header, List<SettlementStatement.Total> totals, long total, String id) {
        NativeTable table = Tables.table(caption, List.of(header, c.getTranslation("settlement.amount")));
        for (SettlementStatement.Total t : totals) {
            Tables.row(table, t.name(), EconomyTexts.kroner(t.amountOre(), EconomyTexts.locale(c)));
        }
        NativeTableRow sum = Tables.row(table, c.getTranslation("settlement.total"), EconomyTexts.kroner(total, EconomyTexts.locale(c)));
        sum.addClassName("total");
        table.setId(id);
        return table;
    }

    static Anchor csv(String text, String fileName, Supplier<byte[]> content, String id) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv; charset=UTF-8", bytes.length);
        }), text);
        anchor.getElement().setAttribute("download", true);
        anchor.setId(id);
        return anchor;
    }
}
