package dk.fritvalg.rehabilitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The status of a course recorded at one follow-up point, by whom and as which party. Never changed afterwards. */
@Entity
@Table(name = "rehabilitation_status_point")
public class CourseStatusEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long courseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private StatusPoint point;

    @Column(nullable = false, length = RehabilitationCourse.MAX_TEXT)
    private String note;

    @Column(nullable = false)
    private Instant recordedAt;
    @Column(nullable = false)
    private long recordedByUserId;
    @Column(nullable = false, length = 200)
    private String recordedByName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CourseParty recordedByParty;

    protected CourseStatusEntry() {
    }

    CourseStatusEntry(long courseId, StatusPoint point, String note, long userId, String userName, CourseParty party, Instant now) {
        this.courseId = courseId;
        this.point = point;
        this.note = note;
        this.recordedByUserId = userId;
        this.recordedByName = userName;
        this.recordedByParty = party;
        this.recordedAt = now;
    }

    public long getCourseId() {
        return courseId;
    }

    public StatusPoint getPoint() {
        return point;
    }

    public String getNote() {
        return note;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedByName() {
        return recordedByName;
    }

    public CourseParty getRecordedByParty() {
        return recordedByParty;
    }
}
