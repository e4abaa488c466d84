package dk.fritvalg.citizen;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A record that a relative's contact details were changed: by whom, in what role, which fields, when. Never updated. */
@Entity
@Table(name = "relative_contact_change")
class RelativeContactChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long relativeId;

    @Column(nullable = false)
    private Long changedByUserId;

    @Column(nullable = false, length = 30)
    private String changedByRole;

    private Long municipalityId;

    @Column(nullable = false, length = 100)
    private String fields;

    @Column(nullable = false)
    private Instant changedAt;

    protected RelativeContactChange() {
    }

    RelativeContactChange(long relativeId, long changedByUserId, String changedByRole, Long municipalityId, String fields,
                          Instant changedAt) {
        this.relativeId = relativeId;
        this.changedByUserId = changedByUserId;
        this.changedByRole = changedByRole;
        this.municipalityId = municipalityId;
        this.fields = fields;
        this.changedAt = changedAt;
    }
}
