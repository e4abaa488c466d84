package dk.fritvalg.market;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A line of a municipality's standing contingency checklist; retired, never deleted. */
@Entity
@Table(name = "contingency_checklist_line")
class ContingencyChecklistLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private Long municipalityId;
    private int position;
    @Column(nullable = false, length = 500)
    private String text;
    private boolean active = true;

    protected ContingencyChecklistLine() {
    }

    ContingencyChecklistLine(long municipalityId, int position, String text) {
        this.municipalityId = municipalityId;
        this.position = position;
        this.text = text;
    }

    void retire() {
        this.active = false;
    }

    Long getId() {
        return id;
    }

    Long getMunicipalityId() {
        return municipalityId;
    }

    int getPosition() {
        return position;
    }

    String getText() {
        return text;
    }
}
