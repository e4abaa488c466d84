package dk.fritvalg.survey;

/**
 * One answer as given: a scale value 1–5 or "Ved ikke" for a scale question, yes or no, or a text. A question left out has
 * no answer at all (never a 0).
 */
public record Answer(Integer scale, boolean dontKnow, Boolean yes, String text) {

    public static final int MAX_TEXT = 2000;

    public static Answer scale(int value) {
        return new Answer(value, false, null, null);
    }

    public static Answer unknown() {
        return new Answer(null, true, null, null);
    }

    public static Answer yesNo(boolean yes) {
        return new Answer(null, false, yes, null);
    }

    public static Answer text(String text) {
        return new Answer(null, false, null, text);
    }

    /** Whether it says anything: a blank text is no answer. */
    public boolean given() {
        return scale != null || dontKnow || yes != null || (text != null && !text.isBlank());
    }

    /** The answer as one line of the saved draft. */
    String encode() {
        if (scale != null) {
            return "S" + scale;
        }
        if (dontKnow) {
            return "D";
        }
        if (yes != null) {
            return yes ? "Y" : "N";
        }
        return "T" + java.net.URLEncoder.encode(text == null ? "" : text, java.nio.charset.StandardCharsets.UTF_8);
    }

    static Answer decode(String line) {
        return switch (line.charAt(0)) {
            case 'S' -> scale(Integer.parseInt(line.substring(1)));
            case 'D' -> unknown();
            case 'Y' -> yesNo(true);
            case 'N' -> yesNo(false);
            default -> text(java.net.URLDecoder.decode(line.substring(1), java.nio.charset.StandardCharsets.UTF_8));
        };
    }
}
