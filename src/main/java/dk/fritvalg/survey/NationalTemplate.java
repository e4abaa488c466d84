package dk.fritvalg.survey;

import dk.fritvalg.provider.QualityDimension;
import java.util.List;

/**
 * The national questionnaire every campaign starts from: the 1–5 scale with "Ved ikke", the overall question first, one
 * question per dimension, then a yes/no and a free-text question. Municipalities add up to {@link #MAX_LOCAL} questions
 * of their own; a questionnaire never has more than {@link #MAX_QUESTIONS}.
 */
public final class NationalTemplate {

    public static final int MAX_QUESTIONS = 25;
    public static final int MAX_LOCAL = 5;

    /** A question as the template defines it. */
    public record Question(String code, QuestionKind kind, QualityDimension dimension, String text) {
    }

    public static final List<Question> QUESTIONS = List.of(
            new Question("overall", QuestionKind.SCALE, QualityDimension.OVERALL,
                    "Alt i alt, hvor tilfreds er du med den hjælp, du får?"),
            new Question("safety", QuestionKind.SCALE, QualityDimension.SAFETY,
                    "Hvor tryg er du ved den hjælp, du får?"),
            new Question("information", QuestionKind.SCALE, QualityDimension.INFORMATION,
                    "Hvor tilfreds er du med den information, du får om din hjælp, fx hvis hjælperen bliver forsinket?"),
            new Question("coherence", QuestionKind.SCALE, QualityDimension.COHERENCE,
                    "Hvor tilfreds er du med, hvordan din hjælp hænger sammen, når flere hjælper dig?"),
            new Question("practical-help", QuestionKind.SCALE, QualityDimension.PRACTICAL_HELP,
                    "Hvor tilfreds er du med den praktiske hjælp, fx rengøring, tøjvask og indkøb?"),
            new Question("personal-care", QuestionKind.SCALE, QualityDimension.PERSONAL_CARE,
                    "Hvor tilfreds er du med den personlige pleje, fx bad og påklædning?"),
            new Question("staff-behaviour", QuestionKind.SCALE, QualityDimension.STAFF_BEHAVIOUR,
                    "Hvor tilfreds er du med den måde, hjælperne taler til dig og behandler dig på?"),
            new Question("punctuality", QuestionKind.SCALE, QualityDimension.PUNCTUALITY,
                    "Hvor tilfreds er du med, at hjælperne kommer til den aftalte tid?"),
            new Question("same-helpers", QuestionKind.SCALE, QualityDimension.SAME_HELPERS,
                    "Hvor tilfreds er du med, hvor ofte det er de samme hjælpere, der kommer?"),
            new Question("knows-free-choice", QuestionKind.YES_NO, null,
                    "Ved du, at du altid kan vælge en anden leverandør?"),
            new Question("comment", QuestionKind.TEXT, null,
                    "Er der andet, du vil fortælle kommunen om din hjælp?"));

    private NationalTemplate() {
    }
}
