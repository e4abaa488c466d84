package dk.fritvalg.survey;

/** How a question is answered: on the 1–5 scale (with "Ved ikke"), yes or no, or in her own words (never published). */
public enum QuestionKind {
    SCALE, YES_NO, TEXT
}
