package dk.fritvalg.survey;

import dk.fritvalg.provider.QualityDimension;

/** A campaign's question; {@code dimension} is set for the national scale questions that feed the comparison pages. */
public record Question(long id, int position, String code, QuestionKind kind, QualityDimension dimension, String text, boolean local) {
}
