package dk.fritvalg.market;

/** An award criterion as pages show it: its kind, name and weight in per cent. */
public record Criterion(long id, CriterionKind kind, String name, int weight) {
}
