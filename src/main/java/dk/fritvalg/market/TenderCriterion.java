package dk.fritvalg.market;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One award criterion of a tender round with its weight in per cent. */
@Entity
@Table(name = "tender_criterion")
class TenderCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long tenderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CriterionKind kind;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private int weight;

    @Column(nullable = false)
    private int position;

    protected TenderCriterion() {
    }

    TenderCriterion(long tenderId, CriterionKind kind, String name, int weight, int position) {
        this.tenderId = tenderId;
        this.kind = kind;
        this.name = name;
        this.weight = weight;
        this.position = position;
    }

    Criterion toView() {
        return new Criterion(id, kind, name, weight);
    }

    Long getId() {
        return id;
    }

    Long getTenderId() {
        return tenderId;
    }

    CriterionKind getKind() {
        return kind;
    }
}
