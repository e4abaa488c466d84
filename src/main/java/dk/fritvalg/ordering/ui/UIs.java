package dk.fritvalg.ordering.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/** Navigation to a route written as {@code path?query}. */
final class UIs {

    private UIs() {
    }

    static void navigate(Component from, String location) {
        UI ui = from.getUI().orElse(UI.getCurrent());
        int q = location.indexOf('?');
        if (q < 0) {
            ui.navigate(location);
        } else {
            ui.navigate(location.substring(0, q), QueryParameters.fromString(location.substring(q + 1)));
        }
    }
}
