package dk.fritvalg.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Registered in {@code META-INF/spring.factories} for every test context: points stripe-java at the
 * local Stripe stand-in and gives the portal the movable {@link TestClock}.
 */
public class TestInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("stripe-stand-in",
                Map.of("fritvalg.stripe.api-base", StripeStandIn.get().baseUrl())));
        if (!context.getBeanFactory().containsBean("clock")) {
            context.getBeanFactory().registerSingleton("clock", new TestClock());
        }
    }
}
