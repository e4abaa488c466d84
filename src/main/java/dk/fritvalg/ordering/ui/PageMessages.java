package dk.fritvalg.ordering.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Messages in the page, where the view puts this region, instead of pop-up notifications: they never
 * cover what the user reads, and they go with the page when the user moves on. The region is a live
 * region that exists before its text, so screen readers announce the text; it takes focus (and so
 * scrolls into view) so a keyboard user goes on from the message. A message meant for the next page
 * (after "Bestil", say) waits on the UI until that page shows it.
 */
final class PageMessages extends Div {

    private record Waiting(String text) {
    }

    PageMessages() {
        addClassName("page-messages");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("tabindex", "-1");
    }

    void success(String text) {
        show(text, "success");
    }

    void error(String text) {
        show(text, "error");
    }

    void clear() {
        removeAll();
    }

    private void show(String text, String kind) {
        removeAll();
        Paragraph message = new Paragraph(text);
        message.addClassName(kind);
        add(message);
        getElement().executeJs("this.focus()");
    }

    /** Keeps a success message for the page the user is sent to next. */
    static void forNextPage(Component from, String text) {
        ComponentUtil.setData(from.getUI().orElse(UI.getCurrent()), Waiting.class, new Waiting(text));
    }

    /** Shows, once, a message left for this page. */
    void showWaiting() {
        UI ui = UI.getCurrent();
        Waiting waiting = ComponentUtil.getData(ui, Waiting.class);
        if (waiting != null) {
            ComponentUtil.setData(ui, Waiting.class, null);
            success(waiting.text());
        }
    }
}
