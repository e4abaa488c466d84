package dk.fritvalg.catalogue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the database from {@code catalogue/} when the portal starts (on by default, off with
 * fritvalg.catalogue.import-on-start=false): only files never imported before, so nothing changed in the portal is
 * overwritten.
 */
@Component
@Order(10)
class CatalogueStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogueStartup.class);

    private final CatalogueImporter importer;
    private final Path root;
    private final boolean enabled;

    CatalogueStartup(CatalogueImporter importer,
                     @Value("${fritvalg.catalogue.path:catalogue}") Path root,
                     @Value("${fritvalg.catalogue.import-on-start:true}") boolean enabled) {
        this.importer = importer;
        this.root = root;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        if (!Files.isDirectory(root)) {
            log.warn("No catalogue folder at {}; nothing imported", root.toAbsolutePath());
            return;
        }
        try {
            importer.seed(root);
        } catch (RuntimeException e) {
            // The portal starts with the catalogue it had; the files are fixed and imported at the next start.
            log.error("Catalogue import at {} failed; the portal starts with the catalogue already in the database",
                    root.toAbsolutePath(), e);
        }
    }
}
