package dk.fritvalg.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** What the portal's error pages share: a heading, a plain Danish explanation and the way back to the front page. */
final class ErrorPages {

    private ErrorPages() {
    }

    /** Fills the page from the texts {@code <key>.title}, {@code <key>.text} and {@code <key>.home}. */
    static void show(Div page, String id, String key) {
        page.removeAll();
        H1 title = new H1(page.getTranslation(key + ".title"));
        title.setId(id);
        page.add(title, new Paragraph(page.getTranslation(key + ".text")), new Anchor("", page.getTranslation(key + ".home")));
    }
}
