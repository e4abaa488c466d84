package dk.fritvalg.payment;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Refunds go to Stripe on their own threads, whatever else (mail) is slow. A plain executor, not a Spring
 * TaskExecutor, so that Vaadin and Spring Boot keep using their own shared one for everything else.
 */
@Configuration(proxyBeanMethods = false)
class PaymentConfiguration {

    @Bean(name = RefundSender.REFUND_EXECUTOR, destroyMethod = "close")
    ExecutorService refundExecutor() {
        return Executors.newFixedThreadPool(2, Thread.ofPlatform().name("refund-", 1).factory());
    }
}
