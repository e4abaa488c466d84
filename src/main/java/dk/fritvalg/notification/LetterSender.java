package dk.fritvalg.notification;

import org.springframework.stereotype.Component;

/** A letter is "sent" by joining the municipality's next print batch; staff print and post it (see {@link PrintBatches}). */
@Component
class LetterSender implements NoticeSender {

    @Override
    public Channel channel() {
        return Channel.LETTER;
    }

    @Override
    public Outcome deliver(Notice notice) {
        if (!notice.postalAddress().isComplete() || notice.getMunicipalityId() == null) {
            throw new IllegalStateException("Letter " + notice.getId() + " has no complete address or municipality");
        }
        return Outcome.AWAITING_PRINT;
    }
}
