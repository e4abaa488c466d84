package dk.fritvalg.survey;

/** A campaign is prepared (questions can change), open for answers once invitations are sent, then published. */
public enum CampaignStatus {
    DRAFT, OPEN, PUBLISHED
}
