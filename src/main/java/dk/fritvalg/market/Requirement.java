package dk.fritvalg.market;

/** A requirement for approval as pages show it. */
public record Requirement(long id, long serviceAreaId, RequirementKind kind, String text, boolean evidenceRequired, boolean active) {
}
