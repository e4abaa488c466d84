package dk.fritvalg.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fritvalg.citizen.CitizenFixture;
import dk.fritvalg.market.MarketFixture;
import dk.fritvalg.security.AccessDeniedException;
import dk.fritvalg.security.Role;
import dk.fritvalg.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** The care systems' visit file: a good file is imported once, a second import changes nothing, a bad file imports nothing. */
@IntegrationTest
class VisitImportTest {

    @Autowired
    SettlementFixture fixture;
    @Autowired
    VisitImports imports;
    @Autowired
    JdbcTemplate jdbc;

    SettlementFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.world();
        CitizenFixture.actAs(w.finance());
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private String line(String id, String cpr, String status, String delivered, String cancelled) {
        return id + ";" + cpr + ";" + w.providerCvr + ";Personlig pleje;2027-03-10 08:00;30;" + delivered + ";h-17;" + status + ";" + cancelled;
    }

    private int visits() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM visit WHERE municipality_id = ?", Integer.class, w.municipality.getId());
    }

    @Test
    void aGoodFileIsImportedAndTheSameFileAgainChangesNothing() {
        byte[] file = SettlementFixture.csv(
                line("A-1", w.cpr1, "LEVERET", "25", ""),
                line("A-2", w.cpr2, "AFLYST_AF_BORGER", "", "2027-03-09 13:59"),
                line("A-3", w.cpr1, "aflyst_af_leverandør", "0", ""));

        VisitImportReport first = imports.importCsv("marts.csv", "Cura", file);
        assertThat(first.accepted()).isTrue();
        assertThat(first.rowsNew()).isEqualTo(3);
        assertThat(visits()).isEqualTo(3);
        String updatedAt = jdbc.queryForObject("SELECT MAX(updated_at) FROM visit WHERE municipality_id = ?", String.class,
                w.municipality.getId());

        VisitImportReport again = imports.importCsv("marts.csv", "Cura", file);
        assertThat(again.accepted()).isTrue();
        assertThat(again.rowsNew()).isZero();
        assertThat(again.rowsChanged()).isZero();
        assertThat(again.rowsUnchanged()).isEqualTo(3);
        assertThat(visits()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT MAX(updated_at) FROM visit WHERE municipality_id = ?", String.class, w.municipality.getId()))
                .isEqualTo(updatedAt);

        // the cancellation is kept as UTC and as Danish wall-clock time (13:59 in March is 12:59 UTC)
        assertThat(jdbc.queryForObject("SELECT CONCAT(cancelled_at, '|', cancelled_at_local) FROM visit WHERE source_visit_id = 'A-2'"
                + " AND municipality_id = ?", String.class, w.municipality.getId()))
                .isEqualTo("2027-03-09 12:59:00.000000|2027-03-09 13:59:00.000000");

        VisitImportReport corrected = imports.importCsv("marts-rettet.csv", "Cura", SettlementFixture.csv(line("A-1", w.cpr1, "LEVERET", "30", "")));
        assertThat(corrected.rowsChanged()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT delivered_minutes FROM visit WHERE source_visit_id = 'A-1' AND municipality_id = ?",
                Integer.class, w.municipality.getId())).isEqualTo(30);
    }

    @Test
    void aFileWithErrorsIsRejectedAsAWholeWithFileLineAndField() {
        byte[] file = SettlementFixture.csv(
                line("B-1", w.cpr1, "LEVERET", "30", ""),
                line("B-2", "12345", "LEVERET", "30", ""),
                "B-3;" + w.cpr2 + ";11111111;Personlig pleje;2027-03-10 08:00;30;30;h-1;LEVERET;",
                line("B-4", w.cpr2, "AFLYST_AF_BORGER", "", ""),
                line("B-1", w.cpr2, "LEVERET", "30", ""),
                "B-6;" + w.cpr2 + ";" + w.providerCvr + ";Personlig pleje;10/3 kl 8;tredive;30;h-1;LEVERET;");

        VisitImportReport report = imports.importCsv("fejl.csv", "Cura", file);

        assertThat(report.accepted()).isFalse();
        assertThat(visits()).isZero();
        assertThat(report.errors()).extracting(VisitImportError::file).containsOnly("fejl.csv");
        assertThat(report.errors()).extracting(e -> e.line() + ":" + e.field() + ":" + e.messageKey()).containsExactly(
                "3:cpr:settlement.import.error.cpr",
                "4:leverandoer_cvr:settlement.import.error.unknown-provider",
                "5:aflyst_tidspunkt:settlement.import.error.cancel-time-missing",
                "6:besoeg_id:settlement.import.error.duplicate-id",
                "7:planlagt_start:settlement.import.error.time",
                "7:visiteret_min:settlement.import.error.minutes");
    }

    @Test
    void aCitizenOfAnotherMunicipalityAndAMissingColumnAreRefused() {
        SettlementFixture.World other = fixture.world();
        VisitImportReport report = imports.importCsv("anden.csv", null, SettlementFixture.csv(line("C-1", other.cpr1, "LEVERET", "30", "")));
        assertThat(report.accepted()).isFalse();
        assertThat(report.errors()).extracting(VisitImportError::messageKey).containsExactly("settlement.import.error.unknown-citizen");

        VisitImportReport noColumns = imports.importCsv("kort.csv", null, "besoeg_id;cpr\nX;0101401234\n".getBytes(StandardCharsets.UTF_8));
        assertThat(noColumns.errors()).extracting(e -> e.line() + ":" + e.messageKey()).containsExactly("1:settlement.import.error.missing-columns");
        assertThat(visits()).isZero();
    }

    @Test
    void onlyFinanceStaffAndTheAdministratorImport() {
        CitizenFixture.actAs(MarketFixture.staff(Role.MUNICIPAL_NEEDS_ASSESSMENT, w.municipality.getId()));
        assertThatThrownBy(() -> imports.importCsv("x.csv", null, SettlementFixture.csv(line("D-1", w.cpr1, "LEVERET", "30", ""))))
                .isInstanceOf(AccessDeniedException.class);
        CitizenFixture.actAs(CitizenFixture.providerUser(w.provider));
        assertThatThrownBy(() -> imports.importCsv("x.csv", null, SettlementFixture.csv(line("D-1", w.cpr1, "LEVERET", "30", ""))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(visits()).isZero();
    }

    @Autowired
    VisitFolderWatcher watcher;

    @Test
    void aWatchedFolderImportsGoodFilesAndSetsBadOnesAsideWithAReport(@org.junit.jupiter.api.io.TempDir java.nio.file.Path root)
            throws Exception {
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(root.resolve(w.municipality.getCode()));
        java.nio.file.Files.write(folder.resolve("god.csv"), SettlementFixture.csv(line("F-1", w.cpr1, "LEVERET", "30", "")));
        java.nio.file.Files.write(folder.resolve("daarlig.csv"), SettlementFixture.csv(line("F-2", "123", "LEVERET", "30", "")));
        SecurityContextHolder.clearContext();

        assertThat(watcher.scan(root)).isEqualTo(2);

        assertThat(visits()).isEqualTo(1);
        assertThat(folder.resolve("imported/god.csv")).exists();
        assertThat(folder.resolve("rejected/daarlig.csv")).exists();
        assertThat(folder.resolve("rejected/daarlig.csv.fejl.txt")).content().contains("linje 2;cpr");
        assertThat(watcher.scan(root)).as("nothing is left to import").isZero();
    }
}
