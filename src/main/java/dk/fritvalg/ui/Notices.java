package dk.fritvalg.ui;

import com.vaadin.flow.component.html.Paragraph;

/** Messages in the page: errors are announced at once by screen readers, the others politely. */
public final class Notices {

    private Notices() {
    }

    public static Paragraph error(String text) {
        Paragraph paragraph = paragraph(text, "error");
        paragraph.getElement().setAttribute("role", "alert");
        return paragraph;
    }

    public static Paragraph success(String text) {
        Paragraph paragraph = paragraph(text, "success");
        paragraph.getElement().setAttribute("role", "status");
        return paragraph;
    }

    public static Paragraph notice(String text) {
        return paragraph(text, "notice");
    }

    private static Paragraph paragraph(String text, String className) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName(className);
        return paragraph;
    }
}
