package dk.fritvalg.notification;

import java.net.URI;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where Digital Post goes: the gateway that takes MeMo messages (for example the municipality's integration to
 * Serviceplatformen's SF1601), its credentials and the sender authority. Off (no Digital Post channel) until the
 * gateway's address is set.
 */
@Component
class DigitalPostSettings {

    private final URI gatewayUrl;
    private final String username;
    private final String password;
    private final String senderCvr;
    private final String senderName;
    private final Duration timeout;

    DigitalPostSettings(@Value("${fritvalg.digital-post.gateway-url:}") String gatewayUrl,
                        @Value("${fritvalg.digital-post.username:}") String username,
                        @Value("${fritvalg.digital-post.password:}") String password,
                        @Value("${fritvalg.digital-post.sender-cvr:}") String senderCvr,
                        @Value("${fritvalg.digital-post.sender-name:Frit Valg}") String senderName,
                        @Value("${fritvalg.digital-post.timeout:PT20S}") Duration timeout) {
        this.gatewayUrl = gatewayUrl == null || gatewayUrl.isBlank() ? null : URI.create(gatewayUrl.strip());
        this.username = username;
        this.password = password;
        this.senderCvr = senderCvr;
        this.senderName = senderName;
        this.timeout = timeout;
    }

    boolean enabled() {
        return gatewayUrl != null;
    }

    URI gatewayUrl() {
        return gatewayUrl;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    String senderCvr() {
        return senderCvr;
    }

    String senderName() {
        return senderName;
    }

    Duration timeout() {
        return timeout;
    }
}
