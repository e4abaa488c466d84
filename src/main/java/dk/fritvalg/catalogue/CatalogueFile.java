package dk.fritvalg.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A catalogue file as last imported, so an unchanged file is not imported again. */
@Entity
@Table(name = "catalogue_file")
class CatalogueFile {

    @Id
    @Column(length = 300)
    private String path;

    @Column(nullable = false, length = 64, columnDefinition = "char(64)")
    private String sha256;

    @Column(nullable = false)
    private Instant importedAt;

    protected CatalogueFile() {
    }

    CatalogueFile(String path, String sha256, Instant importedAt) {
        this.path = path;
        this.sha256 = sha256;
        this.importedAt = importedAt;
    }

    String getSha256() {
        return sha256;
    }
}
