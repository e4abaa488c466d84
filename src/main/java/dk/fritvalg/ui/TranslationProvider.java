package dk.fritvalg.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The portal's texts, Danish first, English as the alternative. Any locale other than English gets
 * Danish: never the JVM's default locale, which on a server is usually English or C.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale DANISH = Locale.of("da", "DK");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String BUNDLE = "vaadin-i18n/translations";

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

    private final Map<String, Properties> bundles = Map.of(
            "da", load(BUNDLE + "_da.properties"),
            "en", load(BUNDLE + "_en.properties"));

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DANISH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Properties bundle = bundles.get(supported(locale).getLanguage());
        String pattern = bundle.getProperty(key);
        if (pattern == null) {
            log.warn("Missing translation {} for {}", key, locale);
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
    }

    /** English when asked for English, Danish for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : DANISH;
    }

    static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = TranslationProvider.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
