package dk.fritvalg.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/**
 * Real HTML tables (caption, column headers) for the short lists citizens read: nothing is cut off, Tab reaches every
 * button in them, and on a narrow screen (or at 200 % zoom) each row stacks into a block with the column's name before
 * each value (CSS class {@code responsive}, labels from {@code data-label}).
 */
public final class Tables {

    private record Headers(List<String> texts) {
    }

    private Tables() {
    }

    public static NativeTable table(String caption, List<String> headers) {
        NativeTable table = new NativeTable();
        if (caption != null) {
            table.setCaptionText(caption);
        }
        table.addClassName("responsive");
        NativeTableRow head = table.getHead().addRow();
        for (String header : headers) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(header);
            cell.getElement().setAttribute("scope", "col");
        }
        ComponentUtil.setData(table, Headers.class, new Headers(List.copyOf(headers)));
        return table;
    }

    /** A row of text cells, each labelled with its column's header for the stacked layout. */
    public static NativeTableRow row(NativeTable table, String... cells) {
        NativeTableRow row = table.getBody().addRow();
        for (String text : cells) {
            cell(table, row).setText(text);
        }
        return row;
    }

    /** The next cell of the row, labelled with its column's header. */
    public static NativeTableCell cell(NativeTable table, NativeTableRow row) {
        int column = row.getChildren().toList().size();
        NativeTableCell cell = row.addDataCell();
        Headers headers = ComponentUtil.getData(table, Headers.class);
        if (headers != null && column < headers.texts().size()) {
            cell.getElement().setAttribute("data-label", headers.texts().get(column));
        }
        return cell;
    }
}
