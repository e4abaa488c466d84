package dk.fritvalg.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.citizen.CitizenContext;
import dk.fritvalg.citizen.CitizenService;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.survey.AddOnRatings;
import dk.fritvalg.survey.AddOnRatings.Rateable;
import dk.fritvalg.ui.Notices;
import java.util.List;
import java.util.Optional;

/** The citizen (or a relative acting for her) rates her delivered add-on orders: 1–5 and a comment, once each. */
@Route("bedoem-tilkoeb")
@Menu(title = "menu.rate-addons", order = 17)
@ViewPermission(Permission.RATE_ADD_ON)
public class AddOnRatingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AddOnRatings ratings;
    private final CitizenService citizens;
    private long citizenId;

    public AddOnRatingView(AddOnRatings ratings, CitizenService citizens) {
        this.ratings = ratings;
        this.citizens = citizens;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = CitizenContext.enter(event, citizens);
        if (id.isEmpty()) {
            return;
        }
        citizenId = id.get();
        render(null);
    }

    private void render(Paragraph message) {
        removeAll();
        add(new H1(getTranslation("rating.title")), new Paragraph(getTranslation("rating.intro")));
        if (message != null) {
            add(message);
        }
        List<Rateable> list = ratings.rateable(citizenId);
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("rating.none")));
        }
        for (Rateable order : list) {
            Section section = new Section();
            section.setId("rate-" + order.orderId());
            section.add(new H2(getTranslation("rating.order", order.what(), order.providerName())));
            if (order.score() != null) {
                section.add(new Paragraph(getTranslation("rating.given", order.score())));
                add(section);
                continue;
            }
            RadioButtonGroup<Integer> score = new RadioButtonGroup<>(getTranslation("rating.score"));
            score.setId("rate-score-" + order.orderId());
            score.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            score.addClassName("survey-choices");
            score.setItems(5, 4, 3, 2, 1);
            score.setItemLabelGenerator(v -> getTranslation("rating.score.value", v));
            TextArea comment = new TextArea(getTranslation("rating.comment"));
            comment.setId("rate-comment-" + order.orderId());
            comment.setMaxLength(AddOnRatings.MAX_COMMENT);
            comment.setWidthFull();
            Div feedback = new Div();
            feedback.getElement().setAttribute("role", "alert");
            Button submit = new Button(getTranslation("rating.submit"), e -> {
                feedback.removeAll();
                try {
                    ratings.rate(citizenId, order.orderId(), score.getValue() == null ? 0 : score.getValue(), comment.getValue());
                    render(Notices.success(getTranslation("rating.saved")));
                } catch (BusinessException ex) {
                    feedback.add(Notices.error(getTranslation(ex.messageKey(), ex.arguments())));
                }
            });
            submit.setId("rate-submit-" + order.orderId());
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(score, comment, feedback, submit);
            add(section);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rating.title") + " – " + getTranslation("app.name");
    }
}
