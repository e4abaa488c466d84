package dk.fritvalg.market;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An application in full: the answers with their assessment, the evidence, the questions and answers, the decision. */
public record ApplicationDetails(ApplicationSummary summary, int capacity, Set<String> postcodes, String contactEmail,
                                 List<AnswerRow> answers, List<EvidenceRow> evidence, List<MessageRow> messages,
                                 String decidedBy, Instant decidedAt, String decisionReason, LocalDate startDate) {

    /** The answer to one requirement. {@code kind} OWN means {@code text} is the municipality's own wording. */
    public record AnswerRow(long requirementId, String serviceArea, RequirementKind kind, String text, boolean evidenceRequired,
                            String answer, Assessment assessment, String comment) {
    }

    public record EvidenceRow(long id, Long requirementId, String fileName, String contentType, int sizeBytes) {
    }

    public record MessageRow(boolean fromMunicipality, String text, Instant writtenAt, String writtenBy) {
    }

    /** Whether every requirement has been assessed as met: the condition for approval. */
    public boolean allMet() {
        return !answers.isEmpty() && answers.stream().allMatch(a -> a.assessment() == Assessment.MET);
    }
}
