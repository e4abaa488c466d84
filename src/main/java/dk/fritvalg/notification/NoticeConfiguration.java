package dk.fritvalg.notification;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Notices are delivered on their own threads: a channel that hangs holds up notices, nothing else. A plain executor,
 * not a Spring TaskExecutor, so that Vaadin and Spring Boot keep using their own shared one for everything else.
 */
@Configuration(proxyBeanMethods = false)
class NoticeConfiguration {

    static final String NOTICE_EXECUTOR = "noticeExecutor";

    @Bean(name = NOTICE_EXECUTOR, destroyMethod = "close")
    ExecutorService noticeExecutor() {
        return Executors.newFixedThreadPool(4, Thread.ofPlatform().name("notice-", 1).factory());
    }
}
