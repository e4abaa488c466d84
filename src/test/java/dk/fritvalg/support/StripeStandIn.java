package dk.fritvalg.support;

import com.stripe.Stripe;
import com.stripe.net.Webhook;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server that answers like Stripe's API for the calls the portal makes (Checkout
 * Sessions and Refunds), records every request with its form parameters and idempotency key, and
 * honours idempotency keys as Stripe does. It can be made unreachable (503) or slow. One per JVM.
 */
public final class StripeStandIn {

    /** A request as Stripe would have received it. */
    public record Request(String method, String path, Map<String, String> params, String idempotencyKey, String authorization) {
    }

    public static final String WEBHOOK_SECRET = "whsec_frit_valg_test_secret";

    private static StripeStandIn instance;

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> idempotent = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile boolean down;
    private volatile Duration delay = Duration.ZERO;

    private StripeStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
    }

    public static synchronized StripeStandIn get() {
        if (instance == null) {
            try {
                instance = new StripeStandIn();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> instance.server.stop(0)));
        }
        return instance;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Forgets requests and failure modes. */
    public void reset() {
        requests.clear();
        down = false;
        delay = Duration.ZERO;
    }

    public void setDown(boolean down) {
        this.down = down;
    }

    public void setDelay(Duration delay) {
        this.delay = delay;
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            requests.add(new Request(exchange.getRequestMethod(), path, form(body), key,
                    exchange.getRequestHeaders().getFirst("Authorization")));
            if (!delay.isZero()) {
                Thread.sleep(delay.toMillis());
            }
            if (down) {
                respond(exchange, 503, "{\"error\":{\"type\":\"api_error\",\"message\":\"Stripe stand-in is down\"}}");
                return;
            }
            String cacheKey = path + "|" + key;
            String answer = key == null ? null : idempotent.get(cacheKey);
            if (answer == null) {
                answer = switch (path) {
                    case "/v1/checkout/sessions" -> session(form(body));
                    case "/v1/refunds" -> refund(form(body));
                    default -> null;
                };
                if (answer == null) {
                    respond(exchange, 404, "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Unknown path\"}}");
                    return;
                }
                if (key != null) {
                    String previous = idempotent.putIfAbsent(cacheKey, answer);
                    answer = previous == null ? answer : previous;
                }
            }
            respond(exchange, 200, answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String session(Map<String, String> p) {
        String id = "cs_test_" + ids.incrementAndGet();
        return """
                {"id":"%s","object":"checkout.session","mode":"payment","status":"open","payment_status":"unpaid",
                 "url":"https://checkout.stripe.test/c/pay/%s","currency":"%s","amount_total":%s,
                 "client_reference_id":"%s","metadata":{"order_id":"%s"}}""".formatted(id, id, p.get("currency"),
                p.get("line_items[0][price_data][unit_amount]"), p.get("client_reference_id"), p.get("metadata[order_id]"));
    }

    private String refund(Map<String, String> p) {
        return """
                {"id":"re_test_%d","object":"refund","amount":%s,"currency":"dkk","payment_intent":"%s","status":"succeeded",
                 "metadata":{"order_id":"%s"}}""".formatted(ids.incrementAndGet(), p.get("amount"), p.get("payment_intent"),
                p.get("metadata[order_id]"));
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Request-Id", "req_standin");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(name, value);
        }
        return params;
    }

    // --- webhooks ---

    /** A {@code checkout.session.completed} event for an order, as Stripe would send it. */
    public static String sessionCompleted(String eventId, long orderId, long amountOre) {
        return sessionCompleted(eventId, orderId, amountOre, "dkk");
    }

    /** The same, for an amount in another currency's smallest unit. */
    public static String sessionCompleted(String eventId, long orderId, long amount, String currency) {
        return event(eventId, "checkout.session.completed", """
                {"id":"cs_test_paid_%d","object":"checkout.session","mode":"payment","status":"complete","payment_status":"paid",
                 "payment_intent":"pi_test_%d","currency":"%s","amount_total":%d,"metadata":{"order_id":"%d"}}"""
                .formatted(orderId, orderId, currency, amount, orderId));
    }

    public static String sessionExpired(String eventId, long orderId) {
        return event(eventId, "checkout.session.expired", """
                {"id":"cs_test_exp_%d","object":"checkout.session","status":"expired","payment_status":"unpaid",
                 "currency":"dkk","amount_total":0,"metadata":{"order_id":"%d"}}""".formatted(orderId, orderId));
    }

    private static String event(String id, String type, String object) {
        return """
                {"id":"%s","object":"event","api_version":"%s","created":%d,"livemode":false,"type":"%s","data":{"object":%s}}"""
                .formatted(id, Stripe.API_VERSION, Instant.now().getEpochSecond(), type, object);
    }

    /** The {@code Stripe-Signature} header for a payload signed at a time with a secret. */
    public static String signature(String payload, Instant at, String secret) {
        long t = at.getEpochSecond();
        try {
            return "t=" + t + ",v1=" + Webhook.Util.computeHmacSha256(secret, t + "." + payload);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String signature(String payload) {
        return signature(payload, Instant.now(), WEBHOOK_SECRET);
    }
}
