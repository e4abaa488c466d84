package dk.fritvalg.market.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.market.Suspension;
import dk.fritvalg.market.Suspensions;
import dk.fritvalg.provider.ProviderType;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.ui.Formats;
import java.time.LocalDate;

/**
 * The market's providers: each with its status; procurement staff suspend a private provider with a reason and the
 * date it is expected to end, and reinstate it. The history of each provider's suspensions is shown under the list.
 */
@Route("marked/leverandoerer")
@Menu(title = "menu.market-providers", order = 71)
@ViewPermission(Permission.VIEW_MARKET)
public class MarketProvidersView extends Div implements HasDynamicTitle {

    private final Suspensions suspensions;
    private final boolean maySuspend;
    private final Checkbox suspendedOnly = new Checkbox();
    private final Grid<Suspensions.ProviderStatus> grid = new Grid<>();
    private final Div feedback = MarketTexts.feedback("providers-feedback");
    private final Div selected = new Div();

    public MarketProvidersView(Suspensions suspensions, AccessGuard accessGuard) {
        this.suspensions = suspensions;
        this.maySuspend = CurrentUser.get().map(u -> u.municipalityId() != null
                && accessGuard.allows(Permission.SUSPEND_PROVIDERS, Target.municipality(u.municipalityId()))).orElse(false);
        addClassName("page");
        add(new H1(getTranslation("market.providers.title")), new Paragraph(getTranslation("market.providers.intro")));
        suspendedOnly.setLabel(getTranslation("market.providers.suspended-only"));
        suspendedOnly.setId("providers-suspended-only");
        suspendedOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Suspensions.ProviderStatus::name).setHeader(getTranslation("market.providers.name")).setFlexGrow(2);
        grid.addColumn(Suspensions.ProviderStatus::cvr).setHeader(getTranslation("market.cvr")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("provider-type." + p.type())).setHeader(getTranslation("market.providers.type"));
        grid.addColumn(p -> p.suspended() ? getTranslation("market.providers.suspended") : getTranslation("market.providers.active"))
                .setHeader(getTranslation("market.applications.status"));
        grid.addComponentColumn(p -> {
            Button open = new Button(getTranslation("market.providers.open", p.name()), e -> select(p.providerId()));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.setId("open-provider-" + p.providerId());
            return open;
        }).setHeader(getTranslation("market.providers.details")).setKey("details");
        grid.setItems(query -> suspensions.providers(suspendedOnly.getValue()).stream().skip(query.getOffset()).limit(query.getLimit()),
                query -> suspensions.providers(suspendedOnly.getValue()).size());
        grid.setAriaLabel(getTranslation("market.providers.title"));
        grid.setId("providers-grid");
        grid.setHeight("40vh");
        add(suspendedOnly, grid, feedback, selected);
    }

    private void select(long providerId) {
        selected.removeAll();
        Suspensions.ProviderStatus provider = suspensions.providers(false).stream().filter(p -> p.providerId() == providerId).findFirst()
                .orElse(null);
        if (provider == null) {
            return;
        }
        selected.add(new H2(provider.name()));
        UnorderedList history = new UnorderedList();
        for (Suspension s : suspensions.history(providerId)) {
            String text = getTranslation("market.providers.suspension", Formats.date(s.from(), getLocale()),
                    s.expectedUntil() == null ? getTranslation("common.open-ended") : Formats.date(s.expectedUntil(), getLocale()), s.reason());
            if (s.pending() && s.reinstatedOn() == null) {
                text += " " + getTranslation("market.providers.suspension-planned");
            }
            if (s.reinstatedOn() != null) {
                text += " " + getTranslation("market.providers.reinstated-on", Formats.date(s.reinstatedOn(), getLocale()), s.reinstatementReason());
            }
            history.add(new ListItem(text));
        }
        selected.add(history.getChildren().findAny().isPresent() ? history : new Paragraph(getTranslation("market.providers.no-suspensions")));
        if (!maySuspend || provider.type() == ProviderType.MUNICIPAL) {
            return;
        }
        TextField reason = new TextField(getTranslation("market.providers.reason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setId("suspension-reason");
        if (provider.suspended() || provider.currentSuspension().isPresent()) {
            Button reinstate = new Button(getTranslation("market.providers.reinstate", provider.name()), e -> {
                try {
                    suspensions.reinstate(providerId, reason.getValue());
                    MarketTexts.success(feedback, getTranslation("market.providers.reinstated", provider.name()));
                    grid.getDataProvider().refreshAll();
                    select(providerId);
                } catch (BusinessException ex) {
                    reason.setErrorMessage(MarketTexts.error(this, feedback, ex));
                    reason.setInvalid(true);
                }
            });
            reinstate.setId("reinstate");
            selected.add(reason, reinstate);
        } else {
            DatePicker from = new DatePicker(getTranslation("market.providers.from"));
            from.setMin(LocalDate.now(TimeConfiguration.DANISH_TIME));
            from.setValue(LocalDate.now(TimeConfiguration.DANISH_TIME));
            from.setHelperText(getTranslation("market.providers.from.help"));
            from.setId("suspension-from");
            MarketTexts.danishDates(from);
            DatePicker until = new DatePicker(getTranslation("market.providers.expected-until"));
            until.setMin(LocalDate.now(TimeConfiguration.DANISH_TIME));
            until.setHelperText(getTranslation("market.providers.expected-until.help"));
            until.setId("suspension-until");
            MarketTexts.danishDates(until);
            // Shown when the suspension would break ÆL § 18: the consequence, and a reason to go ahead anyway.
            Div warning = new Div();
            warning.setId("aels18-warning");
            TextField override = new TextField(getTranslation("market.aels18.override"));
            override.setMaxLength(1000);
            override.setWidthFull();
            override.setId("aels18-override");
            override.setVisible(false);
            Button suspend = new Button(getTranslation("market.providers.suspend", provider.name()), e -> {
                try {
                    LocalDate start = from.getValue() == null ? LocalDate.now(TimeConfiguration.DANISH_TIME) : from.getValue();
                    int told = suspensions.suspend(providerId, start, until.getValue(), reason.getValue(),
                            override.isVisible() ? override.getValue() : null);
                    MarketTexts.success(feedback, start.isAfter(LocalDate.now(TimeConfiguration.DANISH_TIME))
                            ? getTranslation("market.providers.suspension-planned-done", provider.name(), Formats.date(start, getLocale()))
                            : getTranslation("market.providers.suspended-told", provider.name(), told));
                    grid.getDataProvider().refreshAll();
                    select(providerId);
                } catch (BusinessException ex) {
                    String message = MarketTexts.error(this, feedback, ex);
                    if (ex.messageKey().equals("market.aels18.breach")) {
                        warning.removeAll();
                        warning.add(dk.fritvalg.ui.Notices.error(message));
                        if (override.isVisible()) {
                            override.setErrorMessage(getTranslation("market.aels18.override-required"));
                            override.setInvalid(true);
                        }
                        override.setVisible(true);
                    } else {
                        reason.setErrorMessage(message);
                        reason.setInvalid(true);
                    }
                }
            });
            suspend.addThemeVariants(ButtonVariant.LUMO_ERROR);
            suspend.setId("suspend");
            selected.add(new Paragraph(getTranslation("market.providers.suspend-consequence")), from, until, reason, warning, override, suspend);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("market.providers.title") + " – " + getTranslation("app.name");
    }
}
