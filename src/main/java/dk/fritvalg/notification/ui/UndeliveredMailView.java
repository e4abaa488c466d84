package dk.fritvalg.notification.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.notification.UndeliveredMail;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.shared.TimeConfiguration;
import java.time.format.DateTimeFormatter;

/**
 * The municipal administrator's list of mails the portal gave up on: a bad address, or a mail server that failed
 * too many times. To whom, what, why and when (never the text), newest first, paged in the database.
 */
@Route("forvaltning/mail-ikke-sendt")
@Menu(title = "menu.undelivered-mail", order = 95)
@ViewPermission(Permission.VIEW_UNDELIVERED_MAIL)
public class UndeliveredMailView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d/M/yyyy HH:mm");

    public UndeliveredMailView(UndeliveredMail undelivered) {
        addClassName("page");
        add(new H1(getTranslation("undelivered-mail.title")), new Paragraph(getTranslation("undelivered-mail.intro")));
        int count = undelivered.count();
        Paragraph summary = new Paragraph(count == 0 ? getTranslation("undelivered-mail.none")
                : getTranslation("undelivered-mail.count", count));
        summary.setId("undelivered-count");
        add(summary);
        if (count > 0) {
            Grid<UndeliveredMail.Entry> grid = new Grid<>();
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.addColumn(e -> WHEN.format(e.createdAt().atZone(TimeConfiguration.DANISH_TIME)))
                    .setHeader(getTranslation("undelivered-mail.when")).setAutoWidth(true);
            grid.addColumn(UndeliveredMail.Entry::recipient).setHeader(getTranslation("undelivered-mail.to"));
            grid.addColumn(UndeliveredMail.Entry::subject).setHeader(getTranslation("undelivered-mail.subject")).setFlexGrow(2);
            grid.addColumn(e -> getTranslation("undelivered-mail.attempts", e.attempts()))
                    .setHeader(getTranslation("undelivered-mail.tries"));
            grid.addColumn(UndeliveredMail.Entry::reason).setHeader(getTranslation("undelivered-mail.reason")).setFlexGrow(2);
            grid.setItems(query -> undelivered.list(query.getOffset(), query.getLimit()).stream(), query -> undelivered.count());
            grid.setAriaLabel(getTranslation("undelivered-mail.title"));
            grid.setId("undelivered-mail");
            grid.setHeight("60vh");
            add(grid);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("undelivered-mail.title") + " – " + getTranslation("app.name");
    }
}
