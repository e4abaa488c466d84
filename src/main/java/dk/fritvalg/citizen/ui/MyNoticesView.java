package dk.fritvalg.citizen.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.fritvalg.citizen.CitizenContext;
import dk.fritvalg.citizen.CitizenService;
import dk.fritvalg.notification.Channel;
import dk.fritvalg.notification.MyNotices;
import dk.fritvalg.notification.MyNotices.ChannelState;
import dk.fritvalg.notification.MyNotices.Row;
import dk.fritvalg.security.CurrentUser;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Role;
import dk.fritvalg.security.ViewPermission;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.ui.Notices;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * "Mine beskeder": every notice the citizen has received, by e-mail, Digital Post or letter, to read again; and how she
 * wants them. A relative sees her own notices and, with {@code ?borger=<id>}, those of a citizen she holds a power for.
 */
@Route("beskeder")
@Menu(title = "menu.notices", order = 30)
@ViewPermission(Permission.VIEW_NOTICES)
public class MyNoticesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE = 20;

    private final MyNotices notices;
    private final CitizenService citizens;
    private final OrderedList list = new OrderedList();
    private final Button more = new Button();
    private Source source;
    private int shown;

    /** Whose notices: a page of them, and how many there are. */
    private record Source(PageLoader loader, long total) {
    }

    @FunctionalInterface
    private interface PageLoader {
        List<Row> load(int offset, int limit);
    }

    public MyNoticesView(MyNotices notices, CitizenService citizens) {
        this.notices = notices;
        this.citizens = citizens;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Role role = CurrentUser.require().role();
        Optional<Long> citizenId = CitizenContext.resolve(event, citizens);
        if (role == Role.CITIZEN) {
            citizenId.ifPresent(this::ownAsCitizen);
        } else if (event.getLocation().getQueryParameters().getSingleParameter(CitizenContext.PARAMETER).isPresent()) {
            citizenId.ifPresentOrElse(this::forCitizen, () -> event.rerouteToError(com.vaadin.flow.router.NotFoundException.class));
        } else {
            ownAsRelative();
        }
    }

    private void ownAsCitizen(long citizenId) {
        add(new H1(getTranslation("notices.title")), new Paragraph(getTranslation("notices.intro")));
        channel(notices.channelOfCitizen(citizenId), channel -> notices.chooseForCitizen(citizenId, channel),
                () -> notices.channelOfCitizen(citizenId));
        add(new H2(getTranslation("notices.own")));
        list(new Source((offset, limit) -> notices.ofCitizen(citizenId, offset, limit),
                notices.countOfCitizen(citizenId)));
    }

    private void forCitizen(long citizenId) {
        String name = citizens.overview(citizenId).citizen().fullName();
        add(new H1(getTranslation("notices.for", name)), new Paragraph(getTranslation("notices.intro")));
        list(new Source((offset, limit) -> notices.ofCitizen(citizenId, offset, limit), notices.countOfCitizen(citizenId)));
    }

    private void ownAsRelative() {
        add(new H1(getTranslation("notices.title")), new Paragraph(getTranslation("notices.intro")));
        List<CitizenService.Represented> represented = citizens.representedByCurrentRelative();
        if (!represented.isEmpty()) {
            add(new H2(getTranslation("notices.others")));
            UnorderedList links = new UnorderedList();
            links.addClassName("link-list");
            represented.forEach(r -> links.add(new ListItem(new Anchor("beskeder?" + CitizenContext.PARAMETER + "=" + r.citizenId(),
                    getTranslation("notices.for", r.name())))));
            add(links);
        }
        channel(notices.ownChannelAsRelative(), notices::chooseOwnAsRelative, notices::ownChannelAsRelative);
        add(new H2(getTranslation("notices.own")));
        list(new Source(notices::ownAsRelative, notices.countOwnAsRelative()));
    }

    /** How she gets notices now, and her choice among the channels that can reach her. */
    private void channel(ChannelState state, Consumer<Channel> choose, java.util.function.Supplier<ChannelState> reload) {
        add(new H2(getTranslation("notices.how")));
        Paragraph now = new Paragraph(now(state));
        now.setId("notice-channel-now");
        add(now);
        if (state.reachable().isEmpty()) {
            return;
        }
        RadioButtonGroup<Channel> choice = new RadioButtonGroup<>(getTranslation("notices.choose"));
        choice.setId("notice-channel");
        choice.setItems(state.reachable());
        choice.setItemLabelGenerator(c -> getTranslation("notices.channel." + c));
        choice.addThemeName("vertical");
        state.current().filter(state.reachable()::contains).ifPresent(choice::setValue);
        Div feedback = new Div();
        feedback.getElement().setAttribute("role", "status");
        Button save = new Button(getTranslation("notices.choose-save"), e -> {
            feedback.removeAll();
            choice.setInvalid(false);
            try {
                choose.accept(choice.getValue());
                ChannelState after = reload.get();
                now.setText(now(after));
                feedback.add(Notices.success(getTranslation("notices.chosen", getTranslation("notices.channel." + choice.getValue()))));
            } catch (BusinessException ex) {
                choice.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
                choice.setInvalid(true);
            }
        });
        save.setId("save-notice-channel");
        add(choice, save, feedback);
    }

    private String now(ChannelState state) {
        return state.current().map(c -> getTranslation("notices.how-now", getTranslation("notices.channel." + c)))
                .orElseGet(() -> getTranslation("notices.how-none"));
    }

    private void list(Source source) {
        this.source = source;
        if (source.total() == 0) {
            add(new Paragraph(getTranslation("notices.none")));
            return;
        }
        list.removeAll();
        list.setId("notices");
        list.addClassName("notice-list");
        more.setText(getTranslation("notices.more"));
        more.setId("notices-more");
        more.addClickListener(e -> showMore());
        add(list, more);
        shown = 0;
        showMore();
    }

    private void showMore() {
        List<Row> rows = source.loader().load(shown, PAGE);
        for (Row row : rows) {
            Paragraph status = new Paragraph(getTranslation("notices.status." + row.status(), row.sentAt() == null ? "" : when(row.sentAt())));
            status.addClassName("notice-status");
            Paragraph body = new Paragraph(row.body());
            body.getStyle().set("white-space", "pre-line");
            Div content = new Div(status);
            if (row.answerCode() != null) {
                content.add(new Paragraph(getTranslation("notices.answer-code", row.answerCode())));
            }
            content.add(body);
            Details details = new Details(getTranslation("notices.received", when(row.createdAt()), row.subject()), content);
            details.setId("notice-" + row.id());
            ListItem item = new ListItem(details);
            item.addClassName("notice-entry");
            list.add(item);
        }
        shown += rows.size();
        more.setVisible(shown < source.total());
    }

    private String when(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Copenhagen")).format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notices.title") + " – " + getTranslation("app.name");
    }
}
