package dk.fritvalg.settlement;

import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.shared.jobs.JobLocks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Picks up the care systems' visit files from a folder on a schedule: {@code <folder>/<municipality code>/*.csv}
 * (for example {@code /srv/fritvalg/besoeg/0710/marts.csv}). Each file is imported like a staff upload; then it is moved
 * to {@code imported/} or, with errors, to {@code rejected/} with a report next to it ({@code <file>.fejl.txt}: file,
 * line, field, what is wrong). Off unless {@code fritvalg.settlement.visit-folder} is set.
 */
@Component
class VisitFolderWatcher {

    private static final Logger log = LoggerFactory.getLogger(VisitFolderWatcher.class);

    private final VisitImports imports;
    private final MunicipalityService municipalities;
    private final Optional<Path> folder;

    VisitFolderWatcher(VisitImports imports, MunicipalityService municipalities,
                       @Value("${fritvalg.settlement.visit-folder:}") String folder) {
        this.imports = imports;
        this.municipalities = municipalities;
        this.folder = folder == null || folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder));
    }

    @Scheduled(fixedDelayString = "${fritvalg.settlement.visit-folder-interval:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "settlement.visit-folder", lockAtLeastFor = JobLocks.AT_LEAST)
    public void scheduled() {
        folder.ifPresent(this::scan);
    }

    /** Imports every waiting file; returns how many files were handled. */
    int scan(Path root) {
        int handled = 0;
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (DirectoryStream<Path> codes = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path codeFolder : codes) {
                Optional<Municipality> municipality = municipalities.byCode(codeFolder.getFileName().toString()).filter(Municipality::isOnPortal);
                if (municipality.isEmpty()) {
                    continue;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(codeFolder, "*.csv")) {
                    for (Path file : files) {
                        handle(municipality.get(), codeFolder, file);
                        handled++;
                    }
                }
            }
        } catch (IOException e) {
            log.warn("Visit folder {} could not be read: {}", root, e.getMessage());
        }
        return handled;
    }

    private void handle(Municipality municipality, Path codeFolder, Path file) throws IOException {
        String name = file.getFileName().toString();
        VisitImportReport report = imports.importForMunicipality(municipality.getId(), VisitImports.DEFAULT_SOURCE, name, Files.readAllBytes(file),
                "Mappe " + codeFolder);
        Path target = Files.createDirectories(codeFolder.resolve(report.accepted() ? "imported" : "rejected"));
        Files.move(file, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        if (!report.accepted()) {
            StringBuilder text = new StringBuilder("Filen ").append(name).append(" er afvist, og intet er indlæst.\n");
            for (VisitImportError e : report.errors()) {
                text.append(e.file()).append(";linje ").append(e.line()).append(";").append(e.field()).append(";").append(e.messageKey())
                        .append(";").append(e.arguments()).append('\n');
            }
            Files.writeString(target.resolve(name + ".fejl.txt"), text, StandardCharsets.UTF_8);
        }
        log.info("Visit file {} for {}: accepted={} new={} changed={} unchanged={} errors={}", name, municipality.getName(), report.accepted(),
                report.rowsNew(), report.rowsChanged(), report.rowsUnchanged(), report.errors().size());
    }
}
