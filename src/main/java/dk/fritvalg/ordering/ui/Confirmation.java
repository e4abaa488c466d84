package dk.fritvalg.ordering.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * "Are you sure?" before something that cannot be undone: a modal dialog with a Danish heading, what
 * will happen, and two plain answers. Focus moves into it on opening, Escape closes it and changes
 * nothing, and the answer that keeps things as they are comes first, so Enter pressed in a hurry does
 * no harm.
 */
final class Confirmation extends Dialog {

    final Button yes;
    final Button no;

    Confirmation(String title, String yesText, String noText, Runnable onYes, Component... body) {
        setHeaderTitle(title);
        addClassName("confirmation");
        add(body);
        no = new Button(noText, e -> close());
        no.addClassName("confirm-no");
        yes = new Button(yesText, e -> {
            close();
            onYes.run();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        yes.addClassName("confirm-yes");
        getFooter().add(no, yes);
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);
        setModal(true);
    }
}
