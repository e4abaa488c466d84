package dk.fritvalg.market;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One line of the contingency checklist as it was copied into a failure, and its ticking off. */
@Entity
@Table(name = "provider_failure_task")
class ProviderFailureTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private Long failureId;
    private int position;
    @Column(nullable = false, length = 500)
    private String text;
    private Instant doneAt;
    private Long doneByUserId;
    @Column(length = 200)
    private String doneByName;
    @Column(length = 1000)
    private String note;

    protected ProviderFailureTask() {
    }

    ProviderFailureTask(long failureId, int position, String text) {
        this.failureId = failureId;
        this.position = position;
        this.text = text;
    }

    void done(Instant at, long userId, String userName, String note) {
        this.doneAt = at;
        this.doneByUserId = userId;
        this.doneByName = userName;
        this.note = note;
    }

    void undo() {
        this.doneAt = null;
        this.doneByUserId = null;
        this.doneByName = null;
        this.note = null;
    }

    Long getFailureId() {
        return failureId;
    }

    boolean isDone() {
        return doneAt != null;
    }

    String getText() {
        return text;
    }

    ProviderFailures.Task toView() {
        return new ProviderFailures.Task(id, position, text, doneAt, doneByName, note);
    }
}
