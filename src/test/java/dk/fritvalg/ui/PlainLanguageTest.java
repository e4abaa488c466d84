package dk.fritvalg.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Texts citizens read are plain Danish: LIX at most 35 ("let" on the Danish readability scale) for each group of
 * citizen-facing translation keys. LIX = words per sentence + 100 × share of long words (more than 6 letters).
 * Every text counts as at least one sentence (a label or a button ends where the text ends); placeholders such as
 * {0} are not words. A group with fewer than 30 words (a handful of labels) says nothing about readability and is
 * not scored.
 */
class PlainLanguageTest {

    static final double MAX_LIX = 35.0;
    static final int MIN_WORDS = 30;

    /** The key prefixes of every page and mail a citizen or her relative reads. */
    static final List<String> CITIZEN_GROUPS = List.of("landing", "start", "compare", "providers", "my-help", "switch",
            "addons", "addon", "cart", "orders", "ordering", "statement", "notices", "give", "history", "login", "error",
            "mail", "was", "privacy", "contact");

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:]+(?:\\s|$)");

    record Readability(int words, int sentences, int longWords) {
        double lix() {
            return (double) words / sentences + 100.0 * longWords / words;
        }
    }

    static Readability readability(List<String> texts) {
        int words = 0, sentences = 0, longWords = 0;
        for (String raw : texts) {
            String text = raw.replaceAll("\\{[^}]*}", "").replace("''", "'").strip();
            Matcher word = WORD.matcher(text);
            int wordsHere = 0;
            while (word.find()) {
                wordsHere++;
                if (word.group().replace("-", "").length() > 6) {
                    longWords++;
                }
            }
            if (wordsHere == 0) {
                continue;
            }
            words += wordsHere;
            sentences += (int) SENTENCE_END.matcher(text).results().count();
            if (!text.matches("(?s).*[.!?:]$")) {
                sentences++;
            }
        }
        return new Readability(words, sentences, longWords);
    }

    @Test
    void lixIsComputedAsTheDanishFormulaSays() {
        // 7 words, 2 sentences, 2 long words (skriftlig, kommunen): 7/2 + 100·2/7 = 3.5 + 28.57 = 32.07
        Readability r = readability(List.of("Du får svar skriftlig. Ring til kommunen."));
        assertThat(r).isEqualTo(new Readability(7, 2, 2));
        assertThat(r.lix()).isCloseTo(32.07, org.assertj.core.data.Offset.offset(0.01));
        // a label without a full stop is one sentence; {0} is no word
        assertThat(readability(List.of("Vælg {0}"))).isEqualTo(new Readability(1, 1, 0));
    }

    @Test
    void citizenFacingTextsAreEasyToRead() {
        Properties danish = TranslationProvider.load(TranslationProvider.BUNDLE + "_da.properties");
        Map<String, Readability> scores = new LinkedHashMap<>();
        for (String group : CITIZEN_GROUPS) {
            List<String> texts = danish.stringPropertyNames().stream()
                    .filter(key -> key.startsWith(group + ".")).sorted().map(danish::getProperty).toList();
            assertThat(texts).as("translation keys of the group " + group).isNotEmpty();
            Readability r = readability(texts);
            if (r.words() >= MIN_WORDS) {
                scores.put(group, r);
            }
        }
        assertThat(scores).as("groups scored").hasSizeGreaterThan(15);
        scores.forEach((group, r) -> System.out.printf("LIX %-10s %5.1f (%d words)%n", group, r.lix(), r.words()));
        assertThat(scores.entrySet().stream().filter(e -> e.getValue().lix() > MAX_LIX)
                .map(e -> e.getKey() + " LIX " + Math.round(e.getValue().lix() * 10) / 10.0).toList())
                .as("citizen-facing groups above LIX " + MAX_LIX).isEmpty();
    }
}
