package dk.fritvalg.ordering.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import dk.fritvalg.ordering.Occurrence;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Real HTML tables (caption, column headers) for tabular data that must read well aloud and on paper. */
final class Tables {

    private Tables() {
    }

    static NativeTable table(String caption, List<String> headers) {
        NativeTable table = new NativeTable();
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String header : headers) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(header);
            cell.getElement().setAttribute("scope", "col");
        }
        return table;
    }

    static NativeTableRow row(NativeTable table, String... cells) {
        NativeTableRow row = table.getBody().addRow();
        for (String text : cells) {
            row.addDataCell().setText(text);
        }
        return row;
    }

    /** The visits of an order: date, time, status, and an action (or why there is none) per visit. */
    static NativeTable visits(Component on, List<Occurrence> visits, Function<Occurrence, String> time, String actionHeaderKey,
                              Function<Occurrence, Optional<Component>> action) {
        NativeTable table = table(on.getTranslation("orders.visits"), List.of(on.getTranslation("orders.visit-date"),
                on.getTranslation("orders.visit-time"), on.getTranslation("orders.visit-status"), on.getTranslation(actionHeaderKey)));
        table.addClassName("visits");
        for (Occurrence visit : visits) {
            NativeTableRow row = row(table, AddOnTexts.dayAndDate(on, visit.getServiceDate()), time.apply(visit),
                    on.getTranslation("occurrence-status." + visit.getStatus()));
            NativeTableCell cell = row.addDataCell();
            action.apply(visit).ifPresent(cell::add);
        }
        return table;
    }
}
