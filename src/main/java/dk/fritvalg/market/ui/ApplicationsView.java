package dk.fritvalg.market.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.market.ApplicationReview;
import dk.fritvalg.market.ApplicationStatus;
import dk.fritvalg.market.ApplicationSummary;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.ui.Formats;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

/** The market: the municipality's applications for approval, by decision deadline, paged in the database; the overdue ones on demand. */
@Route("marked/ansoegninger")
@Menu(title = "menu.market-applications", order = 70)
@ViewPermission(Permission.VIEW_MARKET)
public class ApplicationsView extends Div implements HasDynamicTitle {

    private final ApplicationReview review;
    private final Select<Optional<ApplicationStatus>> status = new Select<>();
    private final Checkbox overdueOnly = new Checkbox();
    private final Paragraph count = new Paragraph();
    private final Grid<ApplicationSummary> grid = new Grid<>();

    public ApplicationsView(ApplicationReview review) {
        this.review = review;
        addClassName("page");
        add(new H1(getTranslation("market.applications.title")), new Paragraph(getTranslation("market.applications.intro")));
        status.setLabel(getTranslation("market.applications.status"));
        status.setItems(Stream.concat(Stream.of(Optional.<ApplicationStatus>empty()), Arrays.stream(ApplicationStatus.values()).map(Optional::of))
                .toList());
        status.setItemLabelGenerator(s -> s.map(v -> getTranslation("market.status." + v)).orElse(getTranslation("market.applications.any")));
        status.setValue(Optional.empty());
        status.setId("applications-status");
        overdueOnly.setLabel(getTranslation("market.applications.overdue-only"));
        overdueOnly.setId("applications-overdue");
        status.addValueChangeListener(e -> refresh());
        overdueOnly.addValueChangeListener(e -> refresh());
        Div filters = new Div(status, overdueOnly);
        filters.addClassName("inline-form");

        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(a -> new Anchor("marked/ansoegninger/" + a.id(), a.organisationName()))
                .setHeader(getTranslation("market.applications.organisation")).setFlexGrow(2);
        grid.addColumn(ApplicationSummary::cvr).setHeader(getTranslation("market.cvr")).setAutoWidth(true);
        grid.addColumn(a -> String.join(", ", a.serviceAreas())).setHeader(getTranslation("market.areas")).setFlexGrow(2);
        grid.addColumn(a -> MarketTexts.status(this, a)).setHeader(getTranslation("market.applications.status"));
        grid.addColumn(a -> MarketTexts.date(this, a.submittedAt())).setHeader(getTranslation("market.applications.submitted"));
        grid.addColumn(a -> Formats.date(a.decisionDue(), getLocale())).setHeader(getTranslation("market.applications.deadline"));
        grid.setItems(query -> review.search(status.getValue().orElse(null), overdueOnly.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> review.count(status.getValue().orElse(null), overdueOnly.getValue()));
        grid.setAriaLabel(getTranslation("market.applications.title"));
        grid.setId("applications-grid");
        grid.setHeight("60vh");
        count.setId("applications-count");
        add(filters, count, grid);
        showCount();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showCount();
    }

    private void showCount() {
        count.setText(getTranslation("market.applications.count", review.count(status.getValue().orElse(null), overdueOnly.getValue())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("market.applications.title") + " – " + getTranslation("app.name");
    }
}
