package dk.fritvalg.ordering.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import dk.fritvalg.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;

/** What the add-on shop's screen tests do on a page: go, look, fill in, answer a dialog. */
final class ShopScreens {

    private ShopScreens() {
    }

    static void go(String location) {
        UIs.navigate(UI.getCurrent(), location);
    }

    /** Sets a field's value as a user would (Karibu's _setValue does not match Vaadin 25's field internals). */
    static <V> void set(HasValue<?, V> field, V value) {
        assertThat(((Component) field).isVisible()).isTrue();
        field.setValue(value);
    }

    /** An order on the page: a section on the citizen's pages, a line that opens in the provider's inbox. */
    static Component order(long orderId) {
        return _get(Component.class, spec -> spec.withId("order-" + orderId));
    }

    /** The open confirmation dialog, with its heading. */
    static Confirmation dialog() {
        Confirmation dialog = _get(Confirmation.class);
        assertThat(dialog.isOpened()).isTrue();
        return dialog;
    }

    /** Presses one of the open dialog's answers; the dialog is gone afterwards. */
    static void answer(String buttonText) {
        _click(_get(dialog(), Button.class, spec -> spec.withText(buttonText)));
        MockVaadin.clientRoundtrip(false);
        assertThat(_find(Confirmation.class)).as("the dialog closes").isEmpty();
    }

    /** Messages are part of the page: never a pop-up notification over it. */
    static void assertNoPopUps() {
        assertThat(_find(Notification.class)).isEmpty();
    }

    static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    static String pageText() {
        return text((Component) UI.getCurrent().getCurrentView());
    }

    /** The first mail to an address whose subject starts so (mails are sent after commit, in no fixed order). */
    static MimeMessage mail(String to, String subjectStart) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            var found = TestMailServer.mailTo(to).stream().filter(m -> TestMailServer.subject(m).startsWith(subjectStart)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("No mail to " + to + " starting with " + subjectStart);
    }
}
