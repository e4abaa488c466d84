package dk.fritvalg.market;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The applicant's answer to one requirement, and staff's assessment of it. */
@Entity
@Table(name = "approval_answer")
class ApprovalAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private Long applicationId;

    @Column(nullable = false)
    private Long requirementId;

    @Column(nullable = false, length = 2000)
    private String answer;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Assessment assessment;

    @Column(length = 1000)
    private String assessmentComment;

    private Long assessedByUserId;
    private Instant assessedAt;

    protected ApprovalAnswer() {
    }

    ApprovalAnswer(long applicationId, long requirementId, String answer) {
        this.applicationId = applicationId;
        this.requirementId = requirementId;
        this.answer = answer;
    }

    void assess(Assessment assessment, String comment, long userId, Instant now) {
        this.assessment = assessment;
        this.assessmentComment = comment;
        this.assessedByUserId = userId;
        this.assessedAt = now;
    }

    Long getId() {
        return id;
    }

    Long getApplicationId() {
        return applicationId;
    }

    Long getRequirementId() {
        return requirementId;
    }

    String getAnswer() {
        return answer;
    }

    Assessment getAssessment() {
        return assessment;
    }

    String getAssessmentComment() {
        return assessmentComment;
    }
}
