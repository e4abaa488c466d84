package dk.fritvalg.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import dk.fritvalg.shared.jobs.JobLocks;
import dk.fritvalg.municipality.Municipality;
import dk.fritvalg.municipality.MunicipalityService;
import dk.fritvalg.security.Access;
import dk.fritvalg.security.AccessGuard;
import dk.fritvalg.security.AuditEvent;
import dk.fritvalg.security.Permission;
import dk.fritvalg.security.Target;
import dk.fritvalg.shared.BusinessException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily print batch: a municipality's waiting letters gathered into one PDF with a page per letter. A letter joins
 * exactly one batch (a conditional update), so it is printed once; staff confirm the batch when it is printed and
 * posted, and its letters then count as sent. A job gathers the batches each morning; staff can also gather the
 * letters waiting now.
 */
@Service
public class PrintBatches {

    /** A batch as staff see it. */
    public record BatchRow(long id, Instant createdAt, int letters, Instant confirmedAt, String confirmedBy) {
    }

    private static final Logger log = LoggerFactory.getLogger(PrintBatches.class);
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final NoticeRepository notices;
    private final PrintBatchRepository batches;
    private final MunicipalityService municipalities;
    private final AccessGuard accessGuard;
    private final Clock clock;
    private final Properties danish = MailTexts.load();

    PrintBatches(NoticeRepository notices, PrintBatchRepository batches, MunicipalityService municipalities, AccessGuard accessGuard,
                 Clock clock) {
        this.notices = notices;
        this.batches = batches;
        this.municipalities = municipalities;
        this.accessGuard = accessGuard;
        this.clock = clock;
    }

    /** How many letters of the staff member's municipality wait for a batch. */
    @Transactional(readOnly = true)
    public long waitingLetters() {
        Access access = accessGuard.requireOwn(Permission.PRINT_LETTERS);
        return notices.countByMunicipalityIdAndStatusAndPrintBatchIdIsNull(access.user().municipalityId(), NoticeStatus.AWAITING_PRINT);
    }

    /** The municipality's latest batches, newest first. */
    @Transactional(readOnly = true)
    public List<BatchRow> recent() {
        Access access = accessGuard.requireOwn(Permission.PRINT_LETTERS);
        return batches.findByMunicipalityIdOrderByCreatedAtDesc(access.user().municipalityId(), PageRequest.of(0, 30)).stream()
                .map(b -> new BatchRow(b.getId(), b.getCreatedAt(), b.getLetterCount(), b.getConfirmedAt(), b.getConfirmedByName()))
                .toList();
    }

    /** Gathers the letters waiting now into a new batch; empty when none wait. */
    @Transactional
    public Optional<Long> gatherNow() {
        Access access = accessGuard.requireOwn(Permission.PRINT_LETTERS);
        return gather(access.user().municipalityId());
    }

    /** The batch as one PDF, a page per letter. */
    @Transactional(readOnly = true)
    public byte[] pdf(long batchId) {
        PrintBatch batch = batches.findById(batchId).orElseThrow(() -> new BusinessException("letters.error.not-found"));
        accessGuard.require(Permission.PRINT_LETTERS, Target.municipality(batch.getMunicipalityId()));
        String sender = senderLine(batch.getMunicipalityId());
        String codeLabel = danish.getProperty("mail.letter.answer-code");
        List<LetterPdf.Letter> letters = notices.findByPrintBatchIdOrderById(batchId).stream()
                .map(n -> new LetterPdf.Letter(sender, n.getRecipientName(), n.postalAddress(),
                        LocalDate.ofInstant(n.getCreatedAt(), DANISH_TIME), n.getSubject(), n.getBody(), n.getAnswerCode(), codeLabel,
                        "Brev " + n.getId() + " · " + n.getReference()))
                .toList();
        return new LetterPdf().render(letters);
    }

    /** Staff confirm the batch is printed and posted: its letters count as sent. Confirming twice is refused. */
    @Transactional
    public int confirm(long batchId) {
        PrintBatch batch = batches.lockById(batchId).orElseThrow(() -> new BusinessException("letters.error.not-found"));
        Access access = accessGuard.require(Permission.PRINT_LETTERS, Target.municipality(batch.getMunicipalityId()));
        if (batch.isConfirmed()) {
            throw new BusinessException("letters.error.already-confirmed");
        }
        Instant now = clock.instant();
        batch.confirm(access.user().id(), access.user().displayName(), now);
        int printed = notices.markPrinted(batchId, now);
        access.record(AuditEvent.LETTERS_PRINTED, printed);
        return printed;
    }

    /** Each morning: a batch per municipality with letters waiting. Safe on several nodes (a letter joins one batch). */
    @Scheduled(cron = "${fritvalg.letters.batch-cron:0 0 6 * * *}", zone = "Europe/Copenhagen")
    @SchedulerLock(name = "notification.print-batches", lockAtLeastFor = JobLocks.AT_LEAST)
    @Transactional
    public void dailyBatches() {
        for (Long municipalityId : notices.municipalitiesWithWaitingLetters()) {
            gather(municipalityId).ifPresent(id -> log.info("Print batch {} for municipality {}", id, municipalityId));
        }
    }

    private Optional<Long> gather(long municipalityId) {
        PrintBatch batch = batches.save(new PrintBatch(municipalityId, clock.instant()));
        int letters = notices.gather(municipalityId, batch.getId());
        if (letters == 0) {
            batches.delete(batch);
            return Optional.empty();
        }
        batch.count(letters);
        return Optional.of(batch.getId());
    }

    private String senderLine(long municipalityId) {
        String name = municipalities.byId(municipalityId).map(Municipality::getName).orElse("");
        return java.text.MessageFormat.format(danish.getProperty("mail.letter.sender"), name);
    }
}
