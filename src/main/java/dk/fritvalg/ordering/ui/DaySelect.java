package dk.fritvalg.ordering.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A native {@code <select>} of the days one can choose, each written out ("tirsdag 8. december 2026").
 * It replaces a calendar: only real days are offered, the browser's own control is read well by screen
 * readers and works with Tab and the arrow keys, and nothing opens over the page.
 */
@Tag("select")
final class DaySelect extends AbstractSinglePropertyField<DaySelect, LocalDate> {

    private static final AtomicInteger IDS = new AtomicInteger();

    private final String placeholder;
    private final Function<LocalDate, String> label;
    private List<LocalDate> days = List.of();

    DaySelect(String placeholder, Function<LocalDate, String> label) {
        super("value", null, String.class, text -> text == null || text.isEmpty() ? null : LocalDate.parse(text),
                date -> date == null ? "" : date.toString());
        this.placeholder = placeholder;
        this.label = label;
        setSynchronizedEvent("change");
        setId("day-select-" + IDS.incrementAndGet());
        addClassName("day-select");
        getElement().setAttribute("required", true);
        setDays(List.of());
    }

    /** The days to choose from; a chosen day no longer among them is cleared. */
    void setDays(List<LocalDate> days) {
        this.days = List.copyOf(days);
        getElement().removeAllChildren();
        getElement().appendChild(option("", placeholder));
        days.forEach(day -> getElement().appendChild(option(day.toString(), label.apply(day))));
        if (getValue() != null && !this.days.contains(getValue())) {
            clear();
        } else {
            setPresentationValue(getValue());
        }
    }

    List<LocalDate> getDays() {
        return days;
    }

    /** Only a listed day, as in the browser. */
    @Override
    public void setValue(LocalDate value) {
        if (value != null && !days.contains(value)) {
            throw new IllegalArgumentException(value + " is not one of the days offered");
        }
        super.setValue(value);
    }

    @Override
    protected void setPresentationValue(LocalDate value) {
        super.setPresentationValue(value);
        String chosen = value == null ? "" : value.toString();
        // Also as an attribute, so the right option shows even if the options arrive after the value.
        getElement().getChildren().forEach(option -> option.setAttribute("selected", Objects.equals(option.getAttribute("value"), chosen)));
    }

    /** The select with its visible label and a help text it is described by. */
    Div withLabel(String labelText, String help) {
        NativeLabel fieldLabel = new NativeLabel(labelText);
        fieldLabel.setFor(getId().orElseThrow());
        Div field = new Div(fieldLabel);
        field.addClassName("day-field");
        if (help != null) {
            Paragraph helper = new Paragraph(help);
            helper.setId(getId().orElseThrow() + "-help");
            helper.addClassName("field-help");
            getElement().setAttribute("aria-describedby", helper.getId().orElseThrow());
            field.add(helper);
        }
        field.add(this);
        return field;
    }

    private static Element option(String value, String text) {
        Element option = new Element("option");
        option.setAttribute("value", value);
        option.setText(text);
        return option;
    }
}
