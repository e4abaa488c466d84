package dk.fritvalg.ordering.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
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
        return dk.fritvalg.ui.Tables.table(caption, headers);
    }

    static NativeTableRow row(NativeTable table, String... cells) {
        return dk.fritvalg.ui.Tables.row(table, cells);
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
            NativeTableCell cell = dk.fritvalg.ui.Tables.cell(table, row);
            action.apply(visit).ifPresent(cell::add);
        }
        return table;
    }
}
