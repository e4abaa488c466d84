package dk.fritvalg.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One municipality's letters gathered for printing as one PDF; confirmed by staff once printed and posted. */
@Entity
@Table(name = "print_batch")
class PrintBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private Long municipalityId;

    @Column(nullable = false)
    private Instant createdAt;

    private int letterCount;

    private Instant confirmedAt;
    private Long confirmedByUserId;
    @Column(length = 200)
    private String confirmedByName;

    protected PrintBatch() {
    }

    PrintBatch(long municipalityId, Instant now) {
        this.municipalityId = municipalityId;
        this.createdAt = now;
    }

    void count(int letters) {
        this.letterCount = letters;
    }

    void confirm(long userId, String name, Instant at) {
        this.confirmedAt = at;
        this.confirmedByUserId = userId;
        this.confirmedByName = name;
    }

    boolean isConfirmed() {
        return confirmedAt != null;
    }

    Long getId() {
        return id;
    }

    Long getMunicipalityId() {
        return municipalityId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    int getLetterCount() {
        return letterCount;
    }

    Instant getConfirmedAt() {
        return confirmedAt;
    }

    String getConfirmedByName() {
        return confirmedByName;
    }
}
