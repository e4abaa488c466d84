package dk.fritvalg.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Registered in {@code META-INF/spring.factories} for every test context: points stripe-java at the
 * local Stripe stand-in, Digital Post at its local stand-in, and gives the portal the movable {@link TestClock}.
 */
public class TestInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("stripe-stand-in",
                Map.of("fritvalg.stripe.api-base", StripeStandIn.get().baseUrl())));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("digital-post-stand-in",
                Map.of("fritvalg.digital-post.gateway-url", DigitalPostStandIn.get().url(),
                        "fritvalg.digital-post.username", DigitalPostStandIn.USERNAME,
                        "fritvalg.digital-post.password", DigitalPostStandIn.PASSWORD,
                        "fritvalg.digital-post.sender-cvr", "29189854",
                        "fritvalg.digital-post.sender-name", "Frit Valg")));
        if (!context.getBeanFactory().containsBean("clock")) {
            context.getBeanFactory().registerSingleton("clock", new TestClock());
        }
    }
}
