package dk.fritvalg.survey;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What staff see of a free-text answer: CPR-like numbers (six digits, optionally a dash, four digits), phone numbers
 * (eight digits) and e-mail addresses replaced, and names replaced. Danish writes nouns in lower case, so a capitalised word
 * inside a sentence, or two capitalised words in a row anywhere, is taken as a name; short all-capital words (abbreviations
 * such as CPR) are kept. It errs on the side of hiding a word too many: "Hjælperen Karen Jensen" hides all three words.
 */
public final class FreeTextMask {

    static final String CPR = "[CPR-nummer]";
    static final String NAME = "[navn]";
    static final String NUMBER = "[nummer]";
    static final String EMAIL = "[e-mail]";

    private static final Pattern CPR_LIKE = Pattern.compile("(?<!\\d)\\d{6}[ -]?\\d{4}(?!\\d)");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:\\+45 ?)?\\d{2} ?\\d{2} ?\\d{2} ?\\d{2}(?!\\d)");
    private static final Pattern MAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]*");

    private FreeTextMask() {
    }

    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        // stand-ins that are not letters while the names are looked for
        String masked = MAIL.matcher(text.replaceAll("[\\u0001-\\u0003]", "")).replaceAll("\u0001");
        masked = CPR_LIKE.matcher(masked).replaceAll("\u0002");
        masked = PHONE.matcher(masked).replaceAll("\u0003");
        StringBuilder out = new StringBuilder();
        Matcher words = WORD.matcher(masked);
        int last = 0;
        boolean sentenceStart = true;
        boolean previousCapital = false;
        while (words.find()) {
            String between = masked.substring(last, words.start());
            if (between.matches("(?s).*[.!?:\\n].*")) {
                sentenceStart = true;
                previousCapital = false;
            }
            String word = words.group();
            boolean capital = Character.isUpperCase(word.charAt(0));
            boolean abbreviation = abbreviation(word);
            boolean nextCapital = nextWordCapital(masked, words.end());
            boolean name = capital && !abbreviation && (!sentenceStart || previousCapital || nextCapital);
            out.append(between).append(name ? NAME : word);
            previousCapital = capital && !abbreviation;
            sentenceStart = false;
            last = words.end();
        }
        out.append(masked.substring(last));
        return out.toString().replace("\u0001", EMAIL).replace("\u0002", CPR).replace("\u0003", NUMBER);
    }

    private static boolean nextWordCapital(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i == from || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        if (!Character.isUpperCase(c)) {
            return false;
        }
        Matcher next = WORD.matcher(text);
        return next.find(i) && next.start() == i && !abbreviation(next.group());
    }

    /** CPR, MitID-like capitals (also as the first part of a compound: "CPR-nummer"). */
    private static boolean abbreviation(String word) {
        String head = word.split("-", 2)[0];
        return head.length() <= 5 && head.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
