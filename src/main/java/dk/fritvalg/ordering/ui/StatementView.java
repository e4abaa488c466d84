package dk.fritvalg.ordering.ui;

import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.citizen.CitizenContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.citizen.CitizenService;
import dk.fritvalg.ordering.OrderingService;
import dk.fritvalg.ordering.Statements;
import dk.fritvalg.ui.Formats;
import dk.fritvalg.ui.TranslationProvider;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The monthly statement of add-ons paid by invoice, as real tables: what has been charged, and next to
 * it what is still to come this month and what it will cost. "Udskriv" prints it with the print
 * stylesheet (no menu, no buttons). {@code ?maaned=2026-11} picks the month.
 */
@Route("tilkoeb/opgoerelse")
@Menu(title = "menu.statement", order = 22)
@ViewPermission(Permission.VIEW_ADD_ON_ORDERS)
public class StatementView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CitizenService citizens;
    private final Statements statements;
    private final Clock clock;
    private final OrderingService ordering;
    final Select<YearMonth> month = new Select<>();
    private final Div content = new Div();
    private long citizenId;

    public StatementView(CitizenService citizens, Statements statements, Clock clock, OrderingService ordering) {
        this.ordering = ordering;
        this.citizens = citizens;
        this.statements = statements;
        this.clock = clock;
        addClassName("page");
        addClassName("statement-page");
        // Once, not per visit: the view is reused when the menu leads back to it, and new items clear the value.
        month.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = CitizenContext.enter(event, citizens);
        if (id.isEmpty()) {
            return;
        }
        citizenId = id.get();
        YearMonth current = YearMonth.now(clock);
        YearMonth chosen = event.getLocation().getQueryParameters().getSingleParameter("maaned").flatMap(StatementView::parse).orElse(current);
        removeAll();
        add(new H1(AddOnTexts.whose(this, "statement.title", citizens, citizenId)));
        // From a year back to the last month a visit can fall in: a series booked at the horizon runs 12 more weeks.
        int ahead = (int) current.until(YearMonth.from(ordering.lastBookableDate().plusWeeks(12)), java.time.temporal.ChronoUnit.MONTHS);
        List<YearMonth> months = IntStream.rangeClosed(-12, Math.max(3, ahead)).mapToObj(current::plusMonths).toList().reversed();
        month.setLabel(getTranslation("statement.month"));
        month.setItems(months);
        month.setItemLabelGenerator(this::monthName);
        month.setValue(months.contains(chosen) ? chosen : current);
        month.addClassName("no-print");
        Button print = new Button(getTranslation("statement.print"), e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addClassName("no-print");
        add(month, print, content);
        show(month.getValue());
    }

    private static Optional<YearMonth> parse(String value) {
        try {
            return Optional.of(YearMonth.parse(value));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private String monthName(YearMonth m) {
        return m.format(DateTimeFormatter.ofPattern("MMMM yyyy", TranslationProvider.supported(getLocale())));
    }

    private void show(YearMonth chosen) {
        Statements.Statement statement = statements.statement(citizenId, chosen);
        content.removeAll();
        content.add(new Paragraph(getTranslation("statement.for", statement.citizenName(), statement.address(), monthName(chosen))));
        if (statement.isEmpty()) {
            content.add(new Paragraph(getTranslation("statement.empty")));
            return;
        }
        Paragraph summary = new Paragraph(getTranslation("statement.summary", Formats.kroner(statement.totalOre(), getLocale()),
                Formats.kroner(statement.upcomingOre(), getLocale()), Formats.kroner(statement.expectedOre(), getLocale())));
        summary.addClassName("statement-summary");
        content.add(summary);
        content.add(new H2(getTranslation("statement.charged-heading")));
        if (statement.lines().isEmpty()) {
            content.add(new Paragraph(getTranslation("statement.nothing-charged")));
        } else {
            NativeTable table = table("statement.caption", chosen);
            statement.lines().forEach(line -> row(table, line));
            footer(table, "statement.total", statement.totalOre());
            footer(table, "statement.vat", statement.vatOre());
            content.add(table);
        }
        content.add(new H2(getTranslation("statement.upcoming-heading")));
        if (statement.upcoming().isEmpty()) {
            content.add(new Paragraph(getTranslation("statement.nothing-upcoming")));
        } else {
            content.add(new Paragraph(getTranslation("statement.upcoming-help")));
            NativeTable table = table("statement.upcoming-caption", chosen);
            table.addClassName("upcoming");
            statement.upcoming().forEach(line -> row(table, line));
            footer(table, "statement.upcoming-total", statement.upcomingOre());
            content.add(table);
        }
    }

    private NativeTable table(String captionKey, YearMonth month) {
        NativeTable table = Tables.table(getTranslation(captionKey, monthName(month)), List.of(getTranslation("statement.date"),
                getTranslation("statement.what"), getTranslation("statement.provider"), getTranslation("statement.status"),
                getTranslation("statement.amount")));
        table.addClassName("statement");
        return table;
    }

    private void row(NativeTable table, Statements.Line line) {
        Tables.row(table, Formats.date(line.date(), getLocale()), line.description(), line.provider(),
                getTranslation("occurrence-status." + line.status()), Formats.kroner(line.amountOre(), getLocale()));
    }

    private void footer(NativeTable table, String key, long ore) {
        NativeTableRow row = table.getFoot().addRow();
        NativeTableHeaderCell label = row.addHeaderCell();
        label.setText(getTranslation(key));
        label.getElement().setAttribute("scope", "row");
        label.getElement().setAttribute("colspan", "4");
        row.addDataCell().setText(Formats.kroner(ore, getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statement.title") + " – " + getTranslation("app.name");
    }
}
