package dk.fritvalg.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import dk.fritvalg.citizen.CitizenContext;
import dk.fritvalg.citizen.CitizenService;
import dk.fritvalg.rehabilitation.RehabilitationService;
import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.survey.Instrument;
import dk.fritvalg.survey.OutcomeMeasures;
import dk.fritvalg.survey.OutcomeMeasures.Measurement;
import dk.fritvalg.ui.Formats;
import dk.fritvalg.ui.Notices;
import dk.fritvalg.ui.Tables;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A citizen's WHO-5 and WHODAS-12 over time, as a chart (an SVG drawn on the server, with a text alternative) and the same
 * figures in a table: for her, a relative with a power of attorney ({@code ?borger=}) and her caseworker.
 */
@Route("min-trivsel")
@Menu(title = "menu.outcome-trend", order = 18)
@ViewPermission(Permission.VIEW_OUTCOME_TREND)
public class OutcomeTrendView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int PAD = 40;

    private final OutcomeMeasures measures;
    private final CitizenService citizens;
    private final RehabilitationService rehabilitation;
    private final AccessGuard accessGuard;
    private final OutcomeTexts texts = new OutcomeTexts(this);

    public OutcomeTrendView(OutcomeMeasures measures, CitizenService citizens, RehabilitationService rehabilitation, AccessGuard accessGuard) {
        this.measures = measures;
        this.citizens = citizens;
        this.rehabilitation = rehabilitation;
        this.accessGuard = accessGuard;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> citizenId = CitizenContext.enter(event, citizens);
        if (citizenId.isEmpty()) {
            return;
        }
        removeAll();
        add(new H1(getTranslation("outcome.trend.title")), new Paragraph(getTranslation("outcome.trend.intro")));
        List<Measurement> trend;
        try {
            trend = measures.trend(citizenId.get());
        } catch (AccessDeniedException | BusinessException refused) {
            add(Notices.error(getTranslation("error.denied.text")));
            return;
        }
        if (trend.isEmpty()) {
            add(new Paragraph(getTranslation("outcome.trend.none")));
        } else {
            chart(trend);
            table(trend);
        }
        add(new Paragraph(getTranslation("outcome.trend.rules")));
        if (accessGuard.allows(Permission.RECORD_OUTCOME_MEASURE, Target.citizen(citizenId.get()))) {
            rehabilitation.coursesOf(citizenId.get()).forEach(course -> add(new Paragraph(new RouterLink(
                    getTranslation("outcome.trend.record", course.providerName()), OutcomeEntryView.class,
                    new RouteParameters("courseId", String.valueOf(course.course().getId()))))));
        }
    }

    private void chart(List<Measurement> trend) {
        LocalDate first = trend.getFirst().measuredOn();
        long days = Math.max(1, ChronoUnit.DAYS.between(first, trend.getLast().measuredOn()));
        Element svg = new Element("svg");
        svg.setAttribute("viewBox", "0 0 " + WIDTH + " " + HEIGHT);
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-label", getTranslation("outcome.trend.chart"));
        svg.setAttribute("width", "100%");
        svg.getStyle().set("max-width", WIDTH + "px");
        svg.setAttribute("id", "outcome-chart");
        for (int p = 0; p <= 100; p += 25) {
            double y = y(p);
            svg.appendChild(line(PAD, y, WIDTH - 10, y, "#bbb", "1"));
            Element label = new Element("text");
            label.setAttribute("x", "4");
            label.setAttribute("y", String.valueOf(y + 4));
            label.setAttribute("font-size", "12");
            label.setText(p + " %");
            svg.appendChild(label);
        }
        for (Instrument instrument : Instrument.values()) {
            String colour = instrument == Instrument.WHO5 ? "#1f5f8b" : "#a23b00";
            StringBuilder points = new StringBuilder();
            for (Measurement m : trend) {
                if (m.instrument() != instrument || !m.score().scored()) {
                    continue;
                }
                double x = PAD + (WIDTH - PAD - 20) * (double) ChronoUnit.DAYS.between(first, m.measuredOn()) / days;
                double y = y(m.score().percent().doubleValue());
                points.append(x).append(',').append(y).append(' ');
                Element dot = new Element(instrument == Instrument.WHO5 ? "circle" : "rect");
                if (instrument == Instrument.WHO5) {
                    dot.setAttribute("cx", String.valueOf(x));
                    dot.setAttribute("cy", String.valueOf(y));
                    dot.setAttribute("r", "5");
                } else {
                    dot.setAttribute("x", String.valueOf(x - 5));
                    dot.setAttribute("y", String.valueOf(y - 5));
                    dot.setAttribute("width", "10");
                    dot.setAttribute("height", "10");
                }
                dot.setAttribute("fill", colour);
                svg.appendChild(dot);
            }
            Element polyline = new Element("polyline");
            polyline.setAttribute("points", points.toString().strip());
            polyline.setAttribute("fill", "none");
            polyline.setAttribute("stroke", colour);
            polyline.setAttribute("stroke-width", "3");
            if (instrument == Instrument.WHODAS12) {
                polyline.setAttribute("stroke-dasharray", "8 4");
            }
            svg.appendChild(polyline);
        }
        Div figure = new Div();
        figure.getElement().appendChild(svg);
        figure.add(new Paragraph(getTranslation("outcome.trend.legend.who5") + " ● —   " + getTranslation("outcome.trend.legend.whodas") + " ■ – –"));
        add(new H2(getTranslation("outcome.trend.caption")), figure);
    }

    private static Element line(double x1, double y1, double x2, double y2, String colour, String width) {
        Element line = new Element("line");
        line.setAttribute("x1", String.valueOf(x1));
        line.setAttribute("y1", String.valueOf(y1));
        line.setAttribute("x2", String.valueOf(x2));
        line.setAttribute("y2", String.valueOf(y2));
        line.setAttribute("stroke", colour);
        line.setAttribute("stroke-width", width);
        return line;
    }

    private static double y(double percent) {
        return HEIGHT - 20 - (HEIGHT - 40) * percent / 100;
    }

    private void table(List<Measurement> trend) {
        NativeTable table = Tables.table(getTranslation("outcome.trend.caption"), List.of(getTranslation("outcome.trend.col.date"),
                getTranslation("outcome.trend.col.instrument"), getTranslation("outcome.trend.col.point"),
                getTranslation("outcome.trend.col.score"), getTranslation("outcome.trend.col.meaning"), getTranslation("outcome.trend.col.by")));
        table.setId("outcome-table");
        for (Measurement m : trend) {
            Tables.row(table, Formats.date(m.measuredOn(), getLocale()), getTranslation("outcome.instrument." + m.instrument()),
                    getTranslation("outcome.point." + m.point()), texts.score(m.score()), texts.meaning(m),
                    getTranslation("outcome.entered." + m.enteredBy()));
        }
        add(table);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outcome.trend.title") + " – " + getTranslation("app.name");
    }
}
