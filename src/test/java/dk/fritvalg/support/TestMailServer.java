package dk.fritvalg.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) for the whole test JVM, on the port the portal sends to
 * ({@code FRITVALG_TEST_MAIL_PORT}, default 3025, as in application-test.yml).
 */
public final class TestMailServer {

    private static GreenMail server;

    private TestMailServer() {
    }

    public static synchronized GreenMail get() {
        if (server == null) {
            String port = System.getenv().getOrDefault("FRITVALG_TEST_MAIL_PORT", "3025");
            server = new GreenMail(new ServerSetup(Integer.parseInt(port), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** Forgets every mail received so far. */
    public static void clear() {
        try {
            get().purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until mail has arrived for the address (at most 10 s) and returns what it got. */
    public static List<MimeMessage> awaitMailTo(String address, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> mails = mailTo(address);
            if (mails.size() >= count) {
                return mails;
            }
            sleep();
        }
        throw new AssertionError("Expected " + count + " mail(s) to " + address + ", got " + mailTo(address).size());
    }

    public static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(get().getReceivedMessages()).filter(m -> isTo(m, address)).toList();
    }

    public static String body(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof String s ? s.replace("\r\n", "\n") : String.valueOf(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return message.getRecipients(Message.RecipientType.TO) != null && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
