package dk.fritvalg.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dk.fritvalg.rehabilitation.RehabilitationService;
import dk.fritvalg.rehabilitation.RehabilitationService.CourseDetails;
import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.survey.Instrument;
import dk.fritvalg.survey.MeasurePoint;
import dk.fritvalg.survey.OutcomeMeasures;
import dk.fritvalg.ui.Formats;
import dk.fritvalg.ui.Notices;
import dk.fritvalg.ui.Pickers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * WHO-5 or WHODAS-12 entered on a course by the citizen, her caseworker or the course's provider: every item with its words,
 * "Ikke besvaret" as an answer of its own (never a 0). Shows which measurements exist, never the scores.
 */
@Route("rehabilitering/:courseId/maaling")
@ViewPermission(Permission.RECORD_OUTCOME_MEASURE)
public class OutcomeEntryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int UNANSWERED = -1;

    private final OutcomeMeasures measures;
    private final RehabilitationService rehabilitation;
    private final Div feedback = new Div();
    private final Div items = new Div();
    private final List<RadioButtonGroup<Integer>> itemFields = new ArrayList<>();
    private final RadioButtonGroup<Instrument> instrument = new RadioButtonGroup<>();
    private final RadioButtonGroup<MeasurePoint> point = new RadioButtonGroup<>();
    private final DatePicker date = new DatePicker();
    private final Paragraph recorded = new Paragraph();
    private long courseId;

    public OutcomeEntryView(OutcomeMeasures measures, RehabilitationService rehabilitation) {
        this.measures = measures;
        this.rehabilitation = rehabilitation;
        addClassName("page");
        feedback.getElement().setAttribute("role", "status");
        feedback.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().get("courseId").filter(id -> id.matches("\\d{1,18}")).map(Long::parseLong).orElse(0L);
        removeAll();
        add(new H1(getTranslation("outcome.entry.title")));
        CourseDetails course;
        try {
            course = rehabilitation.course(courseId);
            showRecorded();
        } catch (BusinessException ex) {
            add(Notices.error(getTranslation(ex.messageKey(), ex.arguments())));
            return;
        } catch (AccessDeniedException ex) {
            add(Notices.error(getTranslation("error.denied.text")));
            return;
        }
        add(new Paragraph(getTranslation("outcome.entry.intro", course.providerName(), Formats.date(course.course().getStartDate(), getLocale()))),
                recorded);
        instrument.setLabel(getTranslation("outcome.entry.instrument"));
        instrument.setId("outcome-instrument");
        instrument.setItems(Instrument.values());
        instrument.setItemLabelGenerator(i -> getTranslation("outcome.instrument." + i));
        instrument.setValue(Instrument.WHO5);
        instrument.addValueChangeListener(e -> items());
        point.setLabel(getTranslation("outcome.entry.point"));
        point.setId("outcome-point");
        point.setItems(MeasurePoint.values());
        point.setItemLabelGenerator(p -> getTranslation("outcome.point." + p));
        point.setValue(MeasurePoint.START);
        date.setLabel(getTranslation("outcome.entry.date"));
        date.setId("outcome-date");
        Pickers.localised(date);
        date.setValue(LocalDate.now());
        Button save = new Button(getTranslation("outcome.entry.save"), e -> save());
        save.setId("outcome-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(instrument, point, date, items, feedback, save);
        items();
    }

    private void showRecorded() {
        List<String> done = measures.recorded(courseId).stream().sorted().map(key -> {
            String[] parts = key.split(":");
            return getTranslation("outcome.instrument." + parts[0]) + " – " + getTranslation("outcome.point." + parts[1]);
        }).toList();
        recorded.setText(done.isEmpty() ? getTranslation("outcome.entry.none-recorded")
                : getTranslation("outcome.entry.recorded", String.join("; ", done)));
    }

    private void items() {
        items.removeAll();
        itemFields.clear();
        Instrument chosen = instrument.getValue();
        String prefix = chosen == Instrument.WHO5 ? "outcome.who5" : "outcome.whodas";
        items.add(new H2(getTranslation(prefix + ".lead")));
        for (int i = 1; i <= chosen.items(); i++) {
            RadioButtonGroup<Integer> item = new RadioButtonGroup<>(i + ". " + getTranslation(prefix + "." + i));
            item.setId("outcome-item-" + i);
            item.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            List<Integer> values = new ArrayList<>(IntStream.rangeClosed(0, chosen.maxItem()).boxed().toList());
            if (chosen == Instrument.WHO5) {
                java.util.Collections.reverse(values);
            }
            values.add(UNANSWERED);
            item.setItems(values);
            item.setItemLabelGenerator(v -> v == UNANSWERED ? getTranslation("outcome.item.unanswered")
                    : v + " – " + getTranslation(prefix + ".answer." + v));
            item.setValue(UNANSWERED);
            itemFields.add(item);
            items.add(item);
        }
    }

    private void save() {
        feedback.removeAll();
        Integer[] values = itemFields.stream().map(f -> f.getValue() == null || f.getValue() == UNANSWERED ? null : f.getValue())
                .toArray(Integer[]::new);
        try {
            measures.record(courseId, instrument.getValue(), point.getValue(), date.getValue(), values);
            feedback.add(Notices.success(getTranslation("outcome.entry.saved")));
            showRecorded();
            items();
        } catch (BusinessException ex) {
            feedback.add(Notices.error(getTranslation(ex.messageKey(), ex.arguments())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outcome.entry.title") + " – " + getTranslation("app.name");
    }
}
