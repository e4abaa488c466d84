package dk.fritvalg.citizen.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.citizen.CitizenContext;
import dk.fritvalg.citizen.CitizenService;
import dk.fritvalg.security.AuditLog;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.ViewPermission;
import java.util.List;

/**
 * What has been done for the citizen and who has looked at her data: her own actions, a relative's, the
 * municipality's staff, her providers and the portal's own jobs, newest first, a page at a time.
 */
@Route("min-hjaelp/historik")
@Menu(title = "menu.history", order = 40)
@ViewPermission(Permission.VIEW_CITIZEN_AUDIT_LOG)
public class CitizenHistoryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE = 25;

    private final CitizenService citizens;
    private final AuditLog auditLog;
    private final OrderedList list = new OrderedList();
    private final Button more = new Button();
    private long citizenId;
    private int shown;

    public CitizenHistoryView(CitizenService citizens, AuditLog auditLog) {
        this.citizens = citizens;
        this.auditLog = auditLog;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CitizenContext.enter(event, citizens).ifPresent(this::show);
    }

    private void show(long id) {
        citizenId = id;
        removeAll();
        boolean forOther = CurrentUser.require().role() != Role.CITIZEN;
        String name = citizens.overview(id).citizen().fullName();
        add(new H1(forOther ? getTranslation("history.title-for", name) : getTranslation("history.title")));
        add(new Paragraph(getTranslation(forOther ? "history.intro-for" : "history.intro")));
        int total = auditLog.countForCitizen(id);
        if (total == 0) {
            add(new Paragraph(getTranslation("history.none")));
            return;
        }
        list.setId("history");
        list.addClassName("history-list");
        more.setText(getTranslation("history.more"));
        more.setId("history-more");
        more.addClickListener(e -> showMore(total));
        add(list, more);
        shown = 0;
        showMore(total);
    }

    private void showMore(int total) {
        List<AuditLog.Entry> entries = auditLog.forCitizen(citizenId, shown, PAGE);
        for (AuditLog.Entry entry : entries) {
            Span when = new Span(AuditTexts.when(entry, getLocale()));
            when.addClassName("history-when");
            Span who = new Span(AuditTexts.who(this, entry));
            who.addClassName("history-who");
            ListItem item = new ListItem(when, who, new Paragraph(AuditTexts.what(this, getLocale(), entry)));
            item.addClassName("history-entry");
            list.add(item);
        }
        shown += entries.size();
        more.setVisible(shown < total);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.history") + " – " + getTranslation("app.name");
    }
}
