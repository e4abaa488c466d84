package dk.fritvalg.notification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays out letters for printing with Apache PDFBox: A4, one page per letter, the recipient's address where the window
 * of a standard Danish C5/C65 window envelope (window on the left, 20 mm from the left and 45 mm from the top) shows it,
 * then the date, the subject, the text and, where one is needed, the answer code in a box.
 */
final class LetterPdf {

    /** One letter as printed. */
    record Letter(String senderLine, String name, PostalAddress address, LocalDate date, String subject, String body, String answerCode,
                  String answerCodeLabel, String reference) {
    }

    private static final float MM = 72f / 25.4f;
    private static final float LEFT = 25 * MM;
    private static final float RIGHT = 190 * MM;
    private static final float BOTTOM = 20 * MM;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.of("da", "DK"));

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    byte[] render(List<Letter> letters) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Letter letter : letters) {
                page(document, letter);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the print batch", e);
        }
    }

    private void page(PDDocument document, Letter letter) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        float height = page.getMediaBox().getHeight();
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            // the window: the sender's return line in small type, then the recipient
            float y = height - 50 * MM;
            write(content, regular, 8, LEFT, y, letter.senderLine());
            y -= 7 * MM;
            write(content, regular, 11, LEFT, y, letter.name());
            y -= 5 * MM;
            write(content, regular, 11, LEFT, y, letter.address().street());
            y -= 5 * MM;
            write(content, regular, 11, LEFT, y, letter.address().postcode() + " " + letter.address().city());

            String date = DATE.format(letter.date());
            write(content, regular, 11, RIGHT - regular.getStringWidth(safe(date)) / 1000 * 11, height - 50 * MM, date);

            y = height - 105 * MM;
            for (String line : wrap(bold, 14, letter.subject(), RIGHT - LEFT)) {
                write(content, bold, 14, LEFT, y, line);
                y -= 7 * MM;
            }
            y -= 3 * MM;
            if (letter.answerCode() != null) {
                float boxHeight = 12 * MM;
                content.addRect(LEFT, y - boxHeight + 4 * MM, RIGHT - LEFT, boxHeight);
                content.stroke();
                write(content, bold, 13, LEFT + 4 * MM, y - 3.5f * MM, letter.answerCodeLabel() + " " + letter.answerCode());
                y -= boxHeight + 4 * MM;
            }
            for (String paragraph : letter.body().split("\n", -1)) {
                List<String> lines = paragraph.isBlank() ? List.of("") : wrap(regular, 12, paragraph, RIGHT - LEFT);
                for (String line : lines) {
                    if (y < BOTTOM + 10 * MM) {
                        break;
                    }
                    write(content, regular, 12, LEFT, y, line);
                    y -= 6 * MM;
                }
            }
            write(content, regular, 7, LEFT, BOTTOM, letter.reference());
        }
    }

    private void write(PDPageContentStream content, PDFont font, float size, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(safe(text));
        content.endText();
    }

    /** Lines of at most the width, broken between words. */
    private List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : safe(text).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The standard fonts write Danish (WinAnsi); anything else they cannot show becomes a plain stand-in. */
    private String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String ch = new String(Character.toChars(c));
            if (c == '\t') {
                out.append(' ');
            } else if (c < 32) {
                return;
            } else if (encodable(ch)) {
                out.append(ch);
            } else {
                out.append(c == '\u2192' ? "->" : "?");
            }
        });
        return out.toString();
    }

    private boolean encodable(String ch) {
        try {
            regular.encode(ch);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
