package dk.fritvalg.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A local stand-in for a Digital Post gateway (no real one is reachable from here). It takes MeMo messages by HTTP
 * POST, checks them as the gateway would (basic authentication, well-formed XML in the MeMo namespace, a message UUID,
 * subject, sender CVR, recipient by a ten-digit CPR number, a main document with base64 content) and answers 400 when
 * something is missing, 409 for a message UUID it already has, and 503 while it is "down". One per JVM.
 */
public final class DigitalPostStandIn {

    public static final String NAMESPACE = "https://DigitalPost.dk/MeMo-1";
    public static final String USERNAME = "frit-valg";
    public static final String PASSWORD = "stand-in-secret";

    /** A message the gateway accepted, as read from its MeMo XML. */
    public record Message(String uuid, String subject, String senderCvr, String senderName, String recipientCpr, String recipientName,
                          String body, int attachments, String xml) {
    }

    private static DigitalPostStandIn instance;

    private final HttpServer server;
    private final List<Message> accepted = new CopyOnWriteArrayList<>();
    private final Map<String, Boolean> seen = new ConcurrentHashMap<>();
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    private DigitalPostStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/memo", this::handle);
        server.start();
    }

    public static synchronized DigitalPostStandIn get() {
        if (instance == null) {
            try {
                instance = new DigitalPostStandIn();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> instance.server.stop(0)));
        }
        return instance;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/memo";
    }

    public void setDown(boolean down) {
        this.down = down;
    }

    /** The accepted messages to this CPR number. */
    public List<Message> to(String cpr) {
        String digits = cpr.replace("-", "");
        return accepted.stream().filter(m -> m.recipientCpr().equals(digits)).toList();
    }

    public List<String> refusals() {
        return refusals;
    }

    /** Waits (at most 10 s) until this many messages to the CPR number were accepted. */
    public List<Message> await(String cpr, int count) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            if (to(cpr).size() >= count) {
                return to(cpr);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("Expected " + count + " Digital Post message(s) to " + cpr + ", got " + to(cpr).size() + "; refusals "
                + refusals);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (down) {
                answer(exchange, 503, "down");
                return;
            }
            String expected = "Basic " + Base64.getEncoder().encodeToString((USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            if (!"POST".equals(exchange.getRequestMethod()) || !expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                refuse(exchange, 401, "not authorised");
                return;
            }
            String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            if (!contentType.startsWith("application/xml")) {
                refuse(exchange, 400, "content type " + contentType);
                return;
            }
            String xml = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Message message;
            try {
                message = parse(xml);
            } catch (Exception e) {
                refuse(exchange, 400, e.getMessage());
                return;
            }
            if (seen.putIfAbsent(message.uuid(), true) != null) {
                answer(exchange, 409, "already received");
                return;
            }
            accepted.add(message);
            answer(exchange, 202, "accepted");
        }
    }

    private Message parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        require(NAMESPACE.equals(root.getNamespaceURI()) && "Message".equals(root.getLocalName()), "root is not a MeMo Message");
        Element header = one(root, "MessageHeader");
        require("DIGITALPOST".equals(value(header, "messageType")), "messageType");
        String uuid = value(header, "messageUUID");
        require(uuid.matches("[0-9a-f-]{36}"), "messageUUID");
        String subject = value(header, "label");
        require(!subject.isBlank(), "label");
        Element sender = one(header, "Sender");
        require("CVR".equals(value(sender, "idType")) && value(sender, "senderID").matches("\\d{8}"), "sender CVR");
        Element recipient = one(header, "Recipient");
        require("CPR".equals(value(recipient, "idType")) && value(recipient, "recipientID").matches("\\d{10}"), "recipient CPR");
        Element body = one(root, "MessageBody");
        Element file = one(one(body, "MainDocument"), "File");
        String text = new String(Base64.getDecoder().decode(value(file, "content")), StandardCharsets.UTF_8);
        require(!text.isBlank(), "main document");
        int attachments = body.getElementsByTagNameNS(NAMESPACE, "AdditionalDocument").getLength();
        return new Message(uuid, subject, value(sender, "senderID"), value(sender, "label"), value(recipient, "recipientID"),
                value(recipient, "label"), text, attachments, xml);
    }

    private static Element one(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS(NAMESPACE, name);
        require(list.getLength() >= 1, "missing " + name);
        return (Element) list.item(0);
    }

    private static String value(Element parent, String name) {
        return one(parent, name).getTextContent();
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException("invalid MeMo: " + what);
        }
    }

    private void refuse(HttpExchange exchange, int status, String why) throws IOException {
        refusals.add(status + " " + why);
        answer(exchange, status, why);
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
