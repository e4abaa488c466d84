package dk.fritvalg.survey.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.survey.Answer;
import dk.fritvalg.survey.Question;
import dk.fritvalg.survey.SurveyAnswering;
import dk.fritvalg.survey.SurveyAnswering.Form;
import dk.fritvalg.ui.Formats;
import dk.fritvalg.ui.Notices;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The public answering page, without MitID: opened by the personal link ({@code /svar/<token>}) or by typing the answer code
 * ({@code /svar}). One question per screen with its number and a progress bar, large choices reachable by keyboard, back
 * and next, "save and continue later" (every step is saved too), then who filled it in (the citizen, or a relative or other
 * helper on her behalf: flagged as relative-assisted) and send.
 */
@Route("svar/:token?")
@AnonymousAllowed
public class AnswerView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Who filled in the questionnaire. */
    enum Respondent { CITIZEN, HELPER }

    private final SurveyAnswering answering;
    private final Div messages = new Div();
    private final Div step = new Div();
    private Form form;
    private final Map<Long, Answer> answers = new LinkedHashMap<>();
    private int position;

    public AnswerView(SurveyAnswering answering) {
        this.answering = answering;
        addClassName("page");
        addClassName("survey-answer");
        messages.setId("survey-messages");
        messages.getElement().setAttribute("role", "alert");
        add(messages, step);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse(null);
        if (token == null) {
            codeEntry();
            return;
        }
        try {
            opened(answering.openByLink(token));
        } catch (BusinessException ex) {
            codeEntry();
            messages.add(Notices.error(getTranslation(ex.messageKey(), ex.arguments())));
        }
    }

    private void codeEntry() {
        step.removeAll();
        TextField code = new TextField(getTranslation("survey.answer.code"));
        code.setId("answer-code");
        code.setHelperText(getTranslation("survey.answer.code.help"));
        code.setMaxLength(20);
        code.getElement().setAttribute("autocomplete", "off");
        code.setAutocapitalize(com.vaadin.flow.component.textfield.Autocapitalize.CHARACTERS);
        Button open = new Button(getTranslation("survey.answer.open"), e -> openByCode(code.getValue()));
        open.setId("answer-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        open.addClickShortcut(Key.ENTER);
        step.add(new H1(getTranslation("survey.answer.title")), new Paragraph(getTranslation("survey.answer.intro")), code, open);
    }

    private void openByCode(String code) {
        messages.removeAll();
        VaadinRequest request = VaadinRequest.getCurrent();
        String client = request == null ? "unknown" : request.getRemoteAddr();
        try {
            opened(answering.openByCode(code, client));
        } catch (BusinessException ex) {
            messages.add(Notices.error(getTranslation(ex.messageKey(), ex.arguments())));
        }
    }

    private void opened(Form opened) {
        form = opened;
        answers.clear();
        answers.putAll(opened.saved());
        position = Math.min(opened.position(), opened.questions().size());
        show();
    }

    private void show() {
        step.removeAll();
        int total = form.questions().size();
        step.add(new H1(getTranslation("survey.answer.heading", form.providerName())));
        if (position == 0) {
            step.add(new Paragraph(getTranslation("survey.answer.welcome", form.municipalityName(), form.providerName(),
                    Formats.date(form.closesOn(), getLocale()))));
        }
        Element progress = new Element("progress");
        progress.setAttribute("max", String.valueOf(total + 1));
        progress.setAttribute("value", String.valueOf(position + 1));
        progress.setAttribute("aria-label", getTranslation("survey.answer.progress", position + 1, total + 1));
        progress.getClassList().add("survey-progress");
        Paragraph where = new Paragraph(getTranslation("survey.answer.progress", position + 1, total + 1));
        where.setId("answer-progress");
        step.getElement().appendChild(progress);
        step.add(where);
        if (position < total) {
            question(form.questions().get(position));
        } else {
            finish();
        }
    }

    private void question(Question question) {
        H2 heading = new H2(question.text());
        heading.setId("answer-question");
        heading.getElement().setAttribute("tabindex", "-1");
        step.add(heading);
        Answer current = answers.get(question.id());
        Runnable read;
        switch (question.kind()) {
            case SCALE -> {
                RadioButtonGroup<String> choices = choices(question.text());
                choices.setItems("5", "4", "3", "2", "1", "?");
                choices.setItemLabelGenerator(v -> getTranslation("survey.scale." + ("?".equals(v) ? "dont-know" : v)));
                if (current != null) {
                    choices.setValue(current.dontKnow() ? "?" : String.valueOf(current.scale()));
                }
                read = () -> store(question, choices.getValue() == null ? null
                        : "?".equals(choices.getValue()) ? Answer.unknown() : Answer.scale(Integer.parseInt(choices.getValue())));
                step.add(choices);
            }
            case YES_NO -> {
                RadioButtonGroup<String> choices = choices(question.text());
                choices.setItems("yes", "no");
                choices.setItemLabelGenerator(v -> getTranslation("survey.answer." + v));
                if (current != null && current.yes() != null) {
                    choices.setValue(current.yes() ? "yes" : "no");
                }
                read = () -> store(question, choices.getValue() == null ? null : Answer.yesNo("yes".equals(choices.getValue())));
                step.add(choices);
            }
            default -> {
                TextArea text = new TextArea(getTranslation("survey.answer.text"));
                text.setId("answer-text");
                text.setWidthFull();
                text.setMinHeight("8em");
                text.setMaxLength(Answer.MAX_TEXT);
                text.setHelperText(getTranslation("survey.answer.text.help", Answer.MAX_TEXT));
                if (current != null && current.text() != null) {
                    text.setValue(current.text());
                }
                read = () -> store(question, text.getValue().isBlank() ? null : Answer.text(text.getValue()));
                step.add(text);
            }
        }
        step.add(new Paragraph(getTranslation("survey.answer.skip")));
        buttons(read);
        heading.getElement().executeJs("this.focus()");
    }

    private RadioButtonGroup<String> choices(String label) {
        RadioButtonGroup<String> choices = new RadioButtonGroup<>(label);
        choices.setId("answer-choices");
        choices.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choices.addClassName("survey-choices");
        return choices;
    }

    private void store(Question question, Answer answer) {
        if (answer == null) {
            answers.remove(question.id());
        } else {
            answers.put(question.id(), answer);
        }
    }

    private void buttons(Runnable read) {
        FlexLayout row = new FlexLayout();
        row.addClassName("survey-buttons");
        if (position > 0) {
            Button back = new Button(getTranslation("survey.answer.back"), e -> move(read, -1));
            back.setId("answer-back");
            back.addThemeVariants(ButtonVariant.LUMO_LARGE);
            row.add(back);
        }
        Button next = new Button(getTranslation("survey.answer.next"), e -> move(read, 1));
        next.setId("answer-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button later = new Button(getTranslation("survey.answer.later"), e -> later(read));
        later.setId("answer-later");
        later.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_TERTIARY);
        row.add(next, later);
        step.add(row);
    }

    private void move(Runnable read, int by) {
        messages.removeAll();
        read.run();
        try {
            answering.save(form.ticket(), answers, position + by);
            position += by;
            show();
        } catch (BusinessException ex) {
            messages.add(Notices.error(getTranslation(ex.messageKey(), ex.arguments())));
        }
    }

    private void later(Runnable read) {
        messages.removeAll();
        read.run();
        try {
            answering.save(form.ticket(), answers, position);
            step.removeAll();
            H1 saved = new H1(getTranslation("survey.answer.saved.title"));
            saved.setId("answer-saved");
            step.add(saved, new Paragraph(getTranslation("survey.answer.saved")));
        } catch (BusinessException ex) {
            messages.add(Notices.error(getTranslation(ex.messageKey(), ex.arguments())));
        }
    }

    private void finish() {
        H2 heading = new H2(getTranslation("survey.answer.who"));
        heading.setId("answer-question");
        heading.getElement().setAttribute("tabindex", "-1");
        RadioButtonGroup<Respondent> who = new RadioButtonGroup<>(getTranslation("survey.answer.who"));
        who.setId("answer-who");
        who.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        who.addClassName("survey-choices");
        who.setItems(Respondent.values());
        who.setItemLabelGenerator(r -> getTranslation("survey.answer.who." + r));
        who.setRequiredIndicatorVisible(true);
        step.add(heading, new Paragraph(getTranslation("survey.answer.answered", answers.size(), form.questions().size())), who);
        FlexLayout row = new FlexLayout();
        row.addClassName("survey-buttons");
        Button back = new Button(getTranslation("survey.answer.back"), e -> move(() -> { }, -1));
        back.setId("answer-back");
        back.addThemeVariants(ButtonVariant.LUMO_LARGE);
        Button send = new Button(getTranslation("survey.answer.send"), e -> send(who));
        send.setId("answer-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        row.add(back, send);
        step.add(row);
        heading.getElement().executeJs("this.focus()");
    }

    private void send(RadioButtonGroup<Respondent> who) {
        messages.removeAll();
        if (who.getValue() == null) {
            who.setInvalid(true);
            who.setErrorMessage(getTranslation("survey.answer.who.required"));
            messages.add(Notices.error(getTranslation("survey.answer.who.required")));
            return;
        }
        try {
            answering.submit(form.ticket(), answers, who.getValue() == Respondent.HELPER);
            step.removeAll();
            H1 thanks = new H1(getTranslation("survey.answer.thanks.title"));
            thanks.setId("answer-thanks");
            step.add(thanks, new Paragraph(getTranslation("survey.answer.thanks")));
        } catch (BusinessException ex) {
            messages.add(Notices.error(getTranslation(ex.messageKey(), ex.arguments())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.answer.title") + " – " + getTranslation("app.name");
    }
}
