package dk.fritvalg.municipality.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.security.CurrentUser;
import java.util.List;

/** The front page: what free choice is, and the way to one's own municipality. Logged-in users go to their home. */
@Route("")
@Menu(title = "menu.start", order = 0)
@AnonymousAllowed
public class StartView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public StartView(MunicipalityService municipalities) {
        addClassName("page");
        add(new H1(getTranslation("start.title")));
        add(new Paragraph(getTranslation("start.intro")));

        List<Municipality> all = municipalities.all();
        ComboBox<Municipality> picker = new ComboBox<>(getTranslation("start.choose-municipality"));
        picker.setItems(all);
        picker.setItemLabelGenerator(Municipality::getName);
        picker.setHelperText(getTranslation("start.choose-municipality.help"));
        picker.setWidth("min(100%, 24rem)");
        Button go = new Button(getTranslation("start.go"), e -> {
            if (picker.getValue() == null) {
                picker.setInvalid(true);
                picker.setErrorMessage(getTranslation("start.choose-municipality.required"));
            } else {
                getUI().ifPresent(ui -> ui.navigate("kommune/" + picker.getValue().getCode()));
            }
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(picker, go);
        form.addClassName("inline-form");
        add(form);

        add(new H2(getTranslation("start.on-portal")));
        UnorderedList onPortal = new UnorderedList();
        onPortal.addClassName("link-list");
        all.stream().filter(Municipality::isOnPortal)
                .forEach(m -> onPortal.add(new ListItem(new Anchor("kommune/" + m.getCode(), m.getName()))));
        add(onPortal);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentUser.get().ifPresent(user -> event.forwardTo(user.role().homeRoute()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("start.title") + " – " + getTranslation("app.name");
    }
}
