package dk.fritvalg.market;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A member of staff's score (0–10) of one bid on one criterion, with a comment. */
@Entity
@Table(name = "tender_score")
class TenderScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private Long bidId;

    @Column(nullable = false)
    private Long criterionId;

    @Column(nullable = false)
    private int score;

    @Column(length = 1000)
    private String comment;

    @Column(nullable = false)
    private Instant scoredAt;

    private Long scoredByUserId;

    protected TenderScore() {
    }

    TenderScore(long bidId, long criterionId) {
        this.bidId = bidId;
        this.criterionId = criterionId;
    }

    void set(int score, String comment, Instant now, Long userId) {
        this.score = score;
        this.comment = comment;
        this.scoredAt = now;
        this.scoredByUserId = userId;
    }

    Long getBidId() {
        return bidId;
    }

    Long getCriterionId() {
        return criterionId;
    }

    int getScore() {
        return score;
    }

    String getComment() {
        return comment;
    }
}
