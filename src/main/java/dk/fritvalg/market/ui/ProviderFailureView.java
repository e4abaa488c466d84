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
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.market.ProviderFailures;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.shared.TimeConfiguration;
import dk.fritvalg.ui.Formats;
import dk.fritvalg.ui.Notices;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Leverandørsvigt: procurement staff register a provider's failure (choose the provider, the date and the fallback per
 * service area, see what will move and the ÆL § 18 consequence, give the reason, confirm), then tick the contingency
 * checklist off on the failure. The municipality's standing checklist is kept here too. The administrator reads it all.
 */
@Route("marked/leverandoersvigt")
@Menu(title = "menu.market-failures", order = 78)
@ViewPermission(Permission.VIEW_MARKET)
public class ProviderFailureView extends Div implements HasDynamicTitle {

    private final ProviderFailures failures;
    private final boolean mayHandle;
    private final Div feedback = MarketTexts.feedback("failure-feedback");
    private final Div plan = new Div();
    private final Div selected = new Div();
    private final Grid<ProviderFailures.Summary> grid = new Grid<>();
    private final UnorderedList standing = new UnorderedList();

    public ProviderFailureView(ProviderFailures failures, AccessGuard accessGuard) {
        this.failures = failures;
        this.mayHandle = CurrentUser.get().map(u -> u.municipalityId() != null
                && accessGuard.allows(Permission.HANDLE_PROVIDER_FAILURE, Target.municipality(u.municipalityId()))).orElse(false);
        addClassName("page");
        add(new H1(getTranslation("market.failure.title")), new Paragraph(getTranslation("market.failure.intro")), feedback);
        if (mayHandle) {
            add(registerForm());
        }
        add(new H2(getTranslation("market.failure.list")));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ProviderFailures.Summary::providerName).setHeader(getTranslation("market.providers.name")).setFlexGrow(2);
        grid.addColumn(f -> Formats.date(f.date(), getLocale())).setHeader(getTranslation("market.failure.date"));
        grid.addColumn(ProviderFailures.Summary::citizensMoved).setHeader(getTranslation("market.failure.citizens"));
        grid.addColumn(f -> getTranslation("market.failure.progress", f.tasksDone(), f.tasks())).setHeader(getTranslation("market.failure.checklist"));
        grid.addComponentColumn(f -> {
            Button open = new Button(getTranslation("market.failure.open", f.providerName()), e -> show(f.failureId(), false));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.setId("open-failure-" + f.failureId());
            return open;
        }).setHeader(getTranslation("market.providers.details")).setKey("details");
        grid.setItems(query -> failures.failures(query.getOffset(), query.getLimit()).stream(), query -> failures.countFailures());
        grid.setAriaLabel(getTranslation("market.failure.list"));
        grid.setId("failures-grid");
        grid.setAllRowsVisible(true);
        add(grid, selected);
        add(new H2(getTranslation("market.failure.standing")), new Paragraph(getTranslation("market.failure.standing.intro")), standing);
        standing.setId("standing-checklist");
        refreshStanding();
        if (mayHandle) {
            TextField line = new TextField(getTranslation("market.failure.standing.new"));
            line.setMaxLength(500);
            line.setWidthFull();
            line.setId("standing-new");
            Button add = new Button(getTranslation("market.failure.standing.add"), e -> {
                try {
                    failures.addChecklistLine(line.getValue());
                    line.clear();
                    line.setInvalid(false);
                    refreshStanding();
                } catch (BusinessException ex) {
                    line.setErrorMessage(MarketTexts.error(this, feedback, ex));
                    line.setInvalid(true);
                }
            });
            add.setId("standing-add");
            add(line, add);
        }
    }

    private Div registerForm() {
        Div form = new Div();
        form.add(new H2(getTranslation("market.failure.register")));
        Select<ProviderFailures.Option> provider = new Select<>();
        provider.setLabel(getTranslation("market.failure.provider"));
        provider.setItems(failures.candidates());
        provider.setItemLabelGenerator(ProviderFailures.Option::name);
        provider.setId("failure-provider");
        DatePicker date = MarketTexts.danishDates(new DatePicker(getTranslation("market.failure.date")));
        date.setValue(LocalDate.now(TimeConfiguration.DANISH_TIME));
        date.setMin(LocalDate.now(TimeConfiguration.DANISH_TIME));
        date.setHelperText(getTranslation("market.failure.date.help"));
        date.setId("failure-date");
        Button show = new Button(getTranslation("market.failure.preview"), e -> {
            if (provider.getValue() == null) {
                provider.setErrorMessage(getTranslation("market.failure.error.provider-required"));
                provider.setInvalid(true);
                return;
            }
            provider.setInvalid(false);
            try {
                showPlan(failures.preview(provider.getValue().providerId(), date.getValue()));
                date.setInvalid(false);
            } catch (BusinessException ex) {
                date.setErrorMessage(MarketTexts.error(this, feedback, ex));
                date.setInvalid(true);
            }
        });
        show.setId("failure-preview");
        plan.setId("failure-plan");
        form.add(provider, date, show, plan);
        return form;
    }

    private void showPlan(ProviderFailures.Preview preview) {
        plan.removeAll();
        feedback.removeAll();
        plan.add(new H3(getTranslation("market.failure.plan", preview.providerName(), Formats.date(preview.date(), getLocale()))));
        if (preview.alreadyRegistered().isPresent()) {
            plan.add(Notices.notice(getTranslation("market.failure.already")));
        }
        Map<Long, Select<ProviderFailures.Option>> choices = new LinkedHashMap<>();
        if (preview.areas().isEmpty()) {
            plan.add(new Paragraph(getTranslation("market.failure.no-citizens")));
        }
        for (ProviderFailures.AreaPlan area : preview.areas()) {
            Select<ProviderFailures.Option> fallback = new Select<>();
            fallback.setLabel(getTranslation("market.failure.fallback", area.areaName(), area.citizens()));
            fallback.setItems(area.fallbacks());
            fallback.setItemLabelGenerator(o -> o.name() + " (" + getTranslation("provider-type." + o.type()) + ")");
            area.fallbacks().stream().filter(o -> area.defaultFallbackId() != null && o.providerId() == area.defaultFallbackId())
                    .findFirst().ifPresent(fallback::setValue);
            fallback.setId("fallback-" + area.serviceAreaId());
            fallback.setWidthFull();
            if (area.fallbacks().isEmpty()) {
                fallback.setHelperText(getTranslation("market.failure.error.fallback", area.areaName()));
            }
            choices.put(area.serviceAreaId(), fallback);
            plan.add(fallback);
        }
        if (!preview.aels18Breaches().isEmpty()) {
            Div warning = new Div(Notices.error(getTranslation("market.failure.aels18", String.join(", ", preview.aels18Breaches()))));
            warning.setId("failure-aels18");
            plan.add(warning);
        }
        plan.add(new Paragraph(getTranslation("market.failure.consequence")));
        TextArea reason = new TextArea(getTranslation("market.failure.reason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setId("failure-reason");
        Button register = new Button(getTranslation("market.failure.confirm", preview.providerName()), e -> {
            Map<Long, Long> chosen = new LinkedHashMap<>();
            choices.forEach((area, select) -> {
                if (select.getValue() != null) {
                    chosen.put(area, select.getValue().providerId());
                }
            });
            try {
                ProviderFailures.Details done = failures.register(preview.providerId(), preview.date(), chosen, reason.getValue());
                plan.removeAll();
                MarketTexts.success(feedback, done.alreadyRegistered() ? getTranslation("market.failure.already")
                        : getTranslation("market.failure.done", done.citizensMoved(), done.providerName()));
                grid.getDataProvider().refreshAll();
                show(done.failureId(), done.alreadyRegistered());
            } catch (BusinessException ex) {
                reason.setErrorMessage(MarketTexts.error(this, feedback, ex));
                reason.setInvalid(true);
            }
        });
        register.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        register.setId("failure-register");
        plan.add(reason, register);
    }

    private void show(long failureId, boolean already) {
        selected.removeAll();
        ProviderFailures.Details d = failures.details(failureId);
        selected.setId("failure-details");
        selected.add(new H2(getTranslation("market.failure.details", d.providerName(), Formats.date(d.date(), getLocale()))));
        UnorderedList facts = new UnorderedList();
        facts.setId("failure-facts");
        facts.add(new ListItem(getTranslation("market.failure.fact.reason", d.reason())));
        facts.add(new ListItem(getTranslation("market.failure.fact.registered", d.registeredBy(), MarketTexts.date(this, d.registeredAt()))));
        facts.add(new ListItem(getTranslation("market.failure.fact.moved", d.citizensMoved(), d.choicesMoved())));
        facts.add(new ListItem(getTranslation("market.failure.fact.requests", d.requestsCancelled())));
        facts.add(new ListItem(getTranslation("market.failure.fact.orders", d.ordersMoved(), d.ordersCancelled(),
                Formats.kroner(d.refundedOre(), getLocale()))));
        for (ProviderFailures.Fallback f : d.fallbacks()) {
            facts.add(new ListItem(getTranslation("market.failure.fact.fallback", f.areaName(), f.providerName(), f.citizens())));
        }
        selected.add(facts, new H3(getTranslation("market.failure.checklist")));
        Div tasks = new Div();
        tasks.setId("failure-tasks");
        for (ProviderFailures.Task task : d.tasks()) {
            Checkbox box = new Checkbox(task.text());
            box.setValue(task.done());
            box.setId("task-" + task.taskId());
            box.setReadOnly(!mayHandle);
            TextField note = new TextField(getTranslation("market.failure.task.note"));
            note.setMaxLength(1000);
            note.setId("task-note-" + task.taskId());
            note.setAriaLabel(getTranslation("market.failure.task.note-for", task.text()));
            note.setVisible(mayHandle && !task.done());
            Span who = new Span(task.done() ? getTranslation("market.failure.task.done-by", task.doneBy(), MarketTexts.date(this, task.doneAt()))
                    + (task.note() == null ? "" : " – " + task.note()) : "");
            who.setId("task-done-by-" + task.taskId());
            box.addValueChangeListener(e -> {
                if (!e.isFromClient() && e.getOldValue() == e.getValue()) {
                    return;
                }
                try {
                    if (e.getValue()) {
                        failures.tick(task.taskId(), note.getValue());
                    } else {
                        failures.untick(task.taskId());
                    }
                    show(failureId, false);
                } catch (BusinessException ex) {
                    note.setErrorMessage(MarketTexts.error(this, feedback, ex));
                    note.setInvalid(true);
                }
            });
            Div row = new Div(box, who, note);
            row.addClassName("checklist-row");
            tasks.add(row);
        }
        selected.add(tasks);
    }

    private void refreshStanding() {
        standing.removeAll();
        for (ProviderFailures.ChecklistLine line : failures.checklist()) {
            ListItem item = new ListItem(new Span(line.text()));
            if (mayHandle) {
                Button retire = new Button(getTranslation("market.failure.standing.retire"), e -> {
                    failures.retireChecklistLine(line.lineId());
                    refreshStanding();
                });
                retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                retire.setAriaLabel(getTranslation("market.failure.standing.retire-line", line.text()));
                retire.setId("standing-retire-" + line.lineId());
                item.add(retire);
            }
            standing.add(item);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("market.failure.title") + " – " + getTranslation("app.name");
    }
}
