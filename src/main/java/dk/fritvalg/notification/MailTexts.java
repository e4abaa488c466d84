package dk.fritvalg.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The Danish texts of mails, kept with the portal's other texts. */
final class MailTexts {

    private MailTexts() {
    }

    static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = MailTexts.class.getClassLoader().getResourceAsStream("vaadin-i18n/translations_da.properties")) {
            if (in == null) {
                throw new IllegalStateException("Missing Danish translations");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
