package dk.fritvalg.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** E-mail through the configured SMTP server; the notice's UUID is the Message-ID, so a repeat can be recognised. */
@Component
class EmailSender implements NoticeSender {

    private final JavaMailSender mailSender;
    private final String from;

    EmailSender(JavaMailSender mailSender, @Value("${fritvalg.mail.from:Frit Valg <no-reply@fritvalg.dk>}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Outcome deliver(Notice notice) {
        MimeMessage message = new FixedIdMessage(mailSender.createMimeMessage(), "<" + notice.getMessageUuid() + "@fritvalg.dk>");
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(InternetAddress.parse(from)[0]);
            helper.setTo(notice.getEmail());
            helper.setSubject(notice.getSubject());
            helper.setText(notice.getBody());
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        mailSender.send(message);
        return Outcome.SENT;
    }

    /** A MIME message that keeps the Message-ID it was given instead of making a new one when saved. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(MimeMessage base, String messageId) {
            super(base.getSession());
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
