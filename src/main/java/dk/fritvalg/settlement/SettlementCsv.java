package dk.fritvalg.settlement;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A statement as CSV the way Danish Excel opens it: UTF-8 with a byte order mark, semicolons, decimal commas, one
 * header line, the lines, then a total per provider, per service area and in all.
 */
final class SettlementCsv {

    static final String HEADER = "Måned;Leverandør;Ydelsesområde;Linjetype;Antal;Enhed;Pris (kr.);Beløb (kr.);Begrundelse;Retter måned";

    private SettlementCsv() {
    }

    static byte[] write(SettlementStatement statement) {
        StringBuilder out = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        String month = statement.run().month().toString();
        for (SettlementLine l : statement.lines()) {
            row(out, month, l.providerName(), l.serviceAreaName(), kind(l.kind()), Danish.plain(l.quantity()), Danish.unit(l.unit()),
                    Danish.kronerPlain(l.priceOre()), Danish.kronerPlain(l.amountOre()), l.reason(),
                    l.correctsMonth() == null ? "" : l.correctsMonth().toString());
        }
        for (SettlementStatement.Total t : statement.providerTotals()) {
            row(out, month, t.name(), "", "I alt for leverandøren", "", "", "", Danish.kronerPlain(t.amountOre()), "", "");
        }
        for (SettlementStatement.Total t : statement.areaTotals()) {
            row(out, month, "", t.name(), "I alt for ydelsesområdet", "", "", "", Danish.kronerPlain(t.amountOre()), "", "");
        }
        row(out, month, "", "", "I alt", "", "", "", Danish.kronerPlain(statement.totalOre()), "", "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    static String kind(LineKind kind) {
        return switch (kind) {
            case VISITS_PAID -> "Besøg";
            case VISITS_NOT_PAID -> "Besøg ikke betalt";
            case NO_PRICE -> "Mangler takst";
            case COURSES_PAID -> "Forløb med målet nået";
            case COURSES_NOT_PAID -> "Forløb uden målet nået";
            case COURSES_RUNNING -> "Forløb i gang";
            case COURSE_BASE -> "Grundbetaling";
            case COURSE_BONUS -> "Bonus";
        };
    }

    private static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(quote(cells[i]));
        }
        out.append("\r\n");
    }

    private static String quote(String cell) {
        String text = cell == null ? "" : cell;
        // a cell starting like a formula is made text, so a spreadsheet never runs it
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9]+(,[0-9]+)?")) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
