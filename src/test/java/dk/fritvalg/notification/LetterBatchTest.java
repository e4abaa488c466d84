package dk.fritvalg.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.citizen.CitizenRegistry;
import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.shared.BusinessException;
import dk.fritvalg.support.IntegrationTest;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Letters: staff gather the waiting letters into one PDF with a page per letter, the address where a window envelope
 * shows it, the text in Danish and the answer code where one is needed; the page is rendered and its text read back;
 * confirming the batch marks its letters as printed, once.
 */
@IntegrationTest
class LetterBatchTest {

    static final String FAVRSKOV = "0710";
    static final String KOLDING = "0621";
    private static final float MM = 72f / 25.4f;

    @Autowired
    Notifications notifications;
    @Autowired
    PrintBatches printBatches;
    @Autowired
    CitizenFixture fixture;
    @Autowired
    CitizenRegistry registry;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theDayBatchIsOnePdfWithAPagePerLetterAddressedForAWindowEnvelope() throws Exception {
        long ingrid = letterCitizen();
        long poul = letterCitizen();
        String ingridName = jdbc.queryForObject("SELECT CONCAT(first_name, ' ', last_name) FROM citizen WHERE id = ?", String.class, ingrid);
        tx.executeWithoutResult(s -> {
            notifications.toCitizenWithAnswerCode(ingrid, "K7P-4Q2", "test", "letter-survey-" + ingrid, "Ingrid");
            notifications.toCitizen(poul, "test", "letter-plain-" + poul, "Poul");
        });
        awaitAwaitingPrint("letter-survey-" + ingrid);
        awaitAwaitingPrint("letter-plain-" + poul);

        CitizenFixture.actAs(CitizenFixture.staffUser(fixture.municipalityId(FAVRSKOV)));
        long batchId = printBatches.gatherNow().orElseThrow();
        int letters = jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE print_batch_id = ?", Integer.class, batchId);
        byte[] pdf = printBatches.pdf(batchId);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(letters).isGreaterThanOrEqualTo(2);
            int page = pageWith(document, "Hej Ingrid");
            String text = pageText(document, page);
            assertThat(text).contains("Favrskov Kommune · Frit Valg", ingridName, "Testvej 1", "8370 Testby", "Test af mail til Ingrid",
                    "Svarkode: K7P-4Q2", "Venlig hilsen", "Mine beskeder");
            // what the envelope's window (left, 20–110 mm across, 45–90 mm down) shows: sender line and address, nothing else
            PDFTextStripperByArea window = new PDFTextStripperByArea();
            window.addRegion("window", new Rectangle2D.Float(20 * MM, 45 * MM, 90 * MM, 45 * MM));
            window.extractRegions(document.getPage(page));
            assertThat(window.getTextForRegion("window").strip().lines().map(String::strip).toList())
                    .containsExactly("Favrskov Kommune · Frit Valg", ingridName, "Testvej 1", "8370 Testby");
            assertThat(pageText(document, pageWith(document, "Hej Poul"))).doesNotContain("Svarkode");

            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 100);
            Path png = Path.of("target", "letter-page.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(image, "png", new File(png.toString()));
            // the window area carries dark print; the margin left of it is blank paper
            assertThat(darkPixels(image, 25, 50, 100, 85)).isGreaterThan(200);
            assertThat(darkPixels(image, 0, 0, 18, 297)).isZero();
        }

        assertThat(printBatches.confirm(batchId)).isEqualTo(letters);
        assertThat(jdbc.queryForList("SELECT status FROM notice WHERE print_batch_id = ?", String.class, batchId)).containsOnly("PRINTED");
        assertThatThrownBy(() -> printBatches.confirm(batchId)).isInstanceOf(BusinessException.class)
                .extracting("messageKey").isEqualTo("letters.error.already-confirmed");
        // a printed letter never joins another batch
        printBatches.gatherNow();
        assertThat(jdbc.queryForObject("SELECT print_batch_id FROM notice WHERE reference = ?", Long.class, "letter-survey-" + ingrid))
                .isEqualTo(batchId);
    }

    @Test
    void onlyTheMunicipalitysOwnStaffPrintItsLetters() {
        long citizen = letterCitizen();
        tx.executeWithoutResult(s -> notifications.toCitizen(citizen, "test", "letter-denied-" + citizen, "Anna"));
        awaitAwaitingPrint("letter-denied-" + citizen);
        CitizenFixture.actAs(CitizenFixture.staffUser(fixture.municipalityId(FAVRSKOV)));
        long batchId = printBatches.gatherNow().orElseThrow();

        CitizenFixture.actAs(CitizenFixture.staffUser(fixture.municipalityId(KOLDING)));
        assertThatThrownBy(() -> printBatches.pdf(batchId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> printBatches.confirm(batchId)).isInstanceOf(AccessDeniedException.class);
        CitizenFixture.actAs(CitizenFixture.citizenUser(citizen, fixture.municipalityId(FAVRSKOV)));
        assertThatThrownBy(() -> printBatches.gatherNow()).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT status FROM notice WHERE reference = ?", String.class, "letter-denied-" + citizen))
                .isEqualTo("AWAITING_PRINT");
    }

    private long letterCitizen() {
        long id = fixture.citizen(FAVRSKOV, "8370", null);
        registry.registerCareSystemChannel(id, Channel.LETTER);
        return id;
    }

    private static int pageWith(PDDocument document, String text) throws Exception {
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            if (pageText(document, i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("No page with " + text);
    }

    private static String pageText(PDDocument document, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        return stripper.getText(document);
    }

    /** Dark pixels in a rectangle given in millimetres from the top left of the page (rendered at 100 dpi). */
    private static long darkPixels(BufferedImage image, int leftMm, int topMm, int rightMm, int bottomMm) {
        double px = 100 / 25.4;
        int x0 = (int) (leftMm * px);
        int x1 = Math.min(image.getWidth(), (int) (rightMm * px));
        int y0 = (int) (topMm * px);
        int y1 = Math.min(image.getHeight(), (int) (bottomMm * px));
        return IntStream.range(y0, y1).mapToLong(y -> IntStream.range(x0, x1)
                .filter(x -> (image.getRGB(x, y) & 0xFF) < 128).count()).sum();
    }

    private void awaitAwaitingPrint(String reference) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            List<String> status = jdbc.queryForList("SELECT status FROM notice WHERE reference = ?", String.class, reference);
            if (status.equals(List.of("AWAITING_PRINT"))) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError(reference + " did not reach the print queue");
    }
}
