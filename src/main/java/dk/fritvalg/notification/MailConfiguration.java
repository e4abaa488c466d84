package dk.fritvalg.notification;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Mail is sent on its own threads: a mail server that hangs holds up mail, nothing else. A plain executor, not a
 * Spring TaskExecutor, so that Vaadin and Spring Boot keep using their own shared one for everything else.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    static final String MAIL_EXECUTOR = "mailExecutor";

    @Bean(name = MAIL_EXECUTOR, destroyMethod = "close")
    ExecutorService mailExecutor() {
        return Executors.newFixedThreadPool(4, Thread.ofPlatform().name("mail-", 1).factory());
    }
}
