package dk.fritvalg.rehabilitation;

import dk.fritvalg.municipality.RehabilitationModel;
import dk.fritvalg.shared.BusinessException;
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
import java.time.LocalDate;

/**
 * A § 83 a rehabilitation course: time-limited, goal-oriented training before (or instead of) home help.
 * The goals are kept in the citizen's own words. The course finishes when its final status, with the result,
 * is sent to needs assessment; needs assessment then confirms receipt.
 */
@Entity
@Table(name = "rehabilitation_course")
public class RehabilitationCourse {

    /** The longest text kept for goals, notes and the final status. */
    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private long municipalityId;
    @Column(nullable = false)
    private long citizenId;
    @Column(nullable = false, length = 200)
    private String citizenName;
    @Column(nullable = false)
    private long providerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RehabilitationModel model;

    private Long therapistUserId;
    @Column(length = 200)
    private String therapistName;

    @Column(nullable = false, length = MAX_TEXT)
    private String goals;

    @Column(nullable = false)
    private LocalDate startDate;
    @Column(nullable = false)
    private LocalDate midwayDate;
    @Column(nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CourseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private CourseResult result;

    @Column(length = MAX_TEXT)
    private String finalStatus;
    private LocalDate finishedOn;
    private Instant finalStatusSentAt;
    private Long finalStatusSentByUserId;
    @Column(length = 200)
    private String finalStatusSentByName;

    private Instant receivedAt;
    private Long receivedByUserId;
    @Column(length = 200)
    private String receivedByName;

    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private long createdByUserId;

    protected RehabilitationCourse() {
    }

    RehabilitationCourse(long municipalityId, long citizenId, String citizenName, long providerId, RehabilitationModel model,
                         Long therapistUserId, String therapistName, String goals, LocalDate startDate, LocalDate midwayDate,
                         LocalDate endDate, long createdByUserId, Instant now) {
        this.municipalityId = municipalityId;
        this.citizenId = citizenId;
        this.citizenName = citizenName;
        this.providerId = providerId;
        this.model = model;
        this.therapistUserId = therapistUserId;
        this.therapistName = therapistName;
        this.goals = goals;
        this.startDate = startDate;
        this.midwayDate = midwayDate;
        this.endDate = endDate;
        this.status = CourseStatus.ACTIVE;
        this.createdByUserId = createdByUserId;
        this.createdAt = now;
    }

    /** Sends the final status with the result to needs assessment; the course is then finished. */
    void finish(CourseResult result, String text, LocalDate today, long userId, String userName, Instant now) {
        if (status != CourseStatus.ACTIVE) {
            throw new BusinessException("rehab.error.already-finished");
        }
        this.status = CourseStatus.FINISHED;
        this.result = result;
        this.finalStatus = text;
        this.finishedOn = today;
        this.finalStatusSentAt = now;
        this.finalStatusSentByUserId = userId;
        this.finalStatusSentByName = userName;
    }

    /** Needs assessment confirms it has received the final status. */
    void acknowledge(long userId, String userName, Instant now) {
        if (status != CourseStatus.FINISHED) {
            throw new BusinessException("rehab.error.not-finished");
        }
        if (receivedAt != null) {
            throw new BusinessException("rehab.error.already-received");
        }
        this.receivedAt = now;
        this.receivedByUserId = userId;
        this.receivedByName = userName;
    }

    /** The planned date of a follow-up point. */
    public LocalDate plannedDate(StatusPoint point) {
        return switch (point) {
            case START -> startDate;
            case MIDWAY -> midwayDate;
            case END -> endDate;
        };
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getMunicipalityId() {
        return municipalityId;
    }

    public long getCitizenId() {
        return citizenId;
    }

    public String getCitizenName() {
        return citizenName;
    }

    public long getProviderId() {
        return providerId;
    }

    public RehabilitationModel getModel() {
        return model;
    }

    public Long getTherapistUserId() {
        return therapistUserId;
    }

    public String getTherapistName() {
        return therapistName;
    }

    public String getGoals() {
        return goals;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getMidwayDate() {
        return midwayDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public CourseResult getResult() {
        return result;
    }

    public String getFinalStatus() {
        return finalStatus;
    }

    public LocalDate getFinishedOn() {
        return finishedOn;
    }

    public Instant getFinalStatusSentAt() {
        return finalStatusSentAt;
    }

    public String getFinalStatusSentByName() {
        return finalStatusSentByName;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getReceivedByName() {
        return receivedByName;
    }
}
