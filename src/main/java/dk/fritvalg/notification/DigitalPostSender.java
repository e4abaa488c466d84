package dk.fritvalg.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Sends a notice as a MeMo message to the configured Digital Post gateway over HTTPS (POST, XML, basic
 * authentication). The recipient's CPR number is fetched at the moment of sending and lives only in the request. The
 * gateway recognises a repeated messageUUID; a 409 answer (already received) counts as delivered, so a retry after a
 * lost answer sends nothing twice.
 */
@Component
class DigitalPostSender implements NoticeSender {

    private static final Logger log = LoggerFactory.getLogger(DigitalPostSender.class);

    private final DigitalPostSettings settings;
    private final NoticeRecipients recipients;
    private final Clock clock;
    private final HttpClient http;

    DigitalPostSender(DigitalPostSettings settings, @Lazy NoticeRecipients recipients, Clock clock) {
        this.settings = settings;
        this.recipients = recipients;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public Channel channel() {
        return Channel.DIGITAL_POST;
    }

    @Override
    public Outcome deliver(Notice notice) {
        if (!settings.enabled()) {
            throw new IllegalStateException("Digital Post is not configured (fritvalg.digital-post.gateway-url)");
        }
        String cpr = recipients.cprForSending(notice.getPersonKind(), notice.getPersonId())
                .orElseThrow(() -> new IllegalStateException("No CPR number held for notice " + notice.getId()));
        MemoMessage memo = new MemoMessage(UUID.fromString(notice.getMessageUuid()), notice.getSubject(), settings.senderCvr(),
                settings.senderName(), cpr, notice.getRecipientName(), notice.getBody(), List.of(), clock.instant());
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.gatewayUrl())
                .timeout(settings.timeout())
                .header("Content-Type", "application/xml; charset=UTF-8")
                .header("X-Message-UUID", notice.getMessageUuid())
                .POST(HttpRequest.BodyPublishers.ofString(memo.toXml(), StandardCharsets.UTF_8));
        if (settings.username() != null && !settings.username().isBlank()) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((settings.username() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Digital Post gateway unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending Digital Post", e);
        }
        if (response.statusCode() == 409) {
            log.info("Digital Post gateway already had message {}", notice.getMessageUuid());
            return Outcome.SENT;
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Digital Post gateway answered " + response.statusCode());
        }
        return Outcome.SENT;
    }
}
