package dk.fritvalg.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One browser tab's view of a Vaadin Flow UI, as the Flow client keeps it: the UI id, the CSRF token
 * ({@code Vaadin-Security-Key}), the server's {@code syncId} and the client's {@code clientId}, and the state tree
 * (node ids with their tag, attributes, properties, text and children) built from the {@code changes} of every
 * response. Lookups find the node a user would act on (a button by its text, a checkbox by its label); messages are
 * the JSON the Flow client sends ({@code event}, {@code mSync}).
 */
public final class VaadinUi {

    private static final ObjectMapper JSON = new ObjectMapper();
    // Flow's node features (com.vaadin.flow.internal.nodefeature.NodeFeatureRegistry).
    private static final int ELEMENT_DATA = 0;
    private static final int ELEMENT_PROPERTIES = 1;
    private static final int ELEMENT_CHILDREN = 2;
    private static final int ELEMENT_ATTRIBUTES = 3;
    private static final int TEXT_NODE = 7;

    /** A node of the state tree. */
    public static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, String> attributes = new HashMap<>();
        final Map<String, JsonNode> properties = new HashMap<>();
        final List<Integer> children = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        public String attribute(String name) {
            return attributes.get(name);
        }

        public String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? null : value.asText();
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private int uiId;
    private String csrfToken;
    private int syncId;
    private int clientId;
    private String problem;

    /** Reads the answer to {@code ?v-r=init}. */
    public static VaadinUi init(String body) {
        try {
            JsonNode config = JSON.readTree(body).path("appConfig");
            VaadinUi ui = new VaadinUi();
            ui.uiId = config.path("v-uiId").asInt();
            JsonNode uidl = config.path("uidl");
            ui.csrfToken = uidl.path("Vaadin-Security-Key").asText(null);
            if (ui.csrfToken == null) {
                throw new IllegalStateException("no Vaadin-Security-Key in the init response");
            }
            ui.syncId = uidl.path("syncId").asInt();
            ui.clientId = uidl.path("clientId").asInt();
            ui.apply(uidl.path("changes"));
            return ui;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("init response is not JSON", e);
        }
    }

    public int uiId() {
        return uiId;
    }

    public int syncId() {
        return syncId;
    }

    public int clientId() {
        return clientId;
    }

    public int size() {
        return nodes.size();
    }

    /**
     * Reads a UIDL response: the new syncId and clientId, the changes to the tree. Returns null when the server took
     * the message, else what went wrong (an application error, an expired session, a resynchronisation).
     */
    public String read(String body) {
        String json = body.startsWith("for(;;);") ? body.substring(8) : body;
        JsonNode message;
        try {
            JsonNode parsed = JSON.readTree(json);
            message = parsed.isArray() ? parsed.get(0) : parsed;
        } catch (java.io.IOException e) {
            return "not JSON: " + json.substring(0, Math.min(120, json.length()));
        }
        JsonNode meta = message.path("meta");
        if (meta.has("appError")) {
            return "application error: " + meta.path("appError").toString();
        }
        if (meta.path("sessionExpired").asBoolean(false)) {
            return "session expired";
        }
        if (message.has("resynchronize") || meta.path("async").asBoolean(false) && !message.has("syncId")) {
            return "resynchronised";
        }
        if (message.has("syncId")) {
            syncId = message.path("syncId").asInt();
        }
        clientId = message.has("clientId") ? message.path("clientId").asInt() : clientId + 1;
        apply(message.path("changes"));
        String found = problem;
        problem = null;
        return found;
    }

    private void apply(JsonNode changes) {
        for (JsonNode change : changes) {
            int id = change.path("node").asInt();
            String type = change.path("type").asText();
            if ("detach".equals(type)) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, Node::new);
            int feature = change.path("feat").asInt(-1);
            String key = change.path("key").asText(null);
            switch (type) {
                case "put" -> {
                    JsonNode value = change.has("value") ? change.get("value") : change.path("nodeValue");
                    switch (feature) {
                        case ELEMENT_DATA -> {
                            if ("tag".equals(key)) {
                                node.tag = value.asText();
                            }
                        }
                        case ELEMENT_PROPERTIES -> node.properties.put(key, value);
                        case ELEMENT_ATTRIBUTES -> node.attributes.put(key, value.isValueNode() ? value.asText() : value.toString());
                        case TEXT_NODE -> node.text = value.asText();
                        default -> { }
                    }
                }
                case "remove" -> {
                    if (feature == ELEMENT_PROPERTIES) {
                        node.properties.remove(key);
                    } else if (feature == ELEMENT_ATTRIBUTES) {
                        node.attributes.remove(key);
                    }
                }
                case "splice" -> {
                    if (feature == ELEMENT_CHILDREN) {
                        int index = change.path("index").asInt();
                        int remove = change.path("remove").asInt(0);
                        for (int i = 0; i < remove && index < node.children.size(); i++) {
                            node.children.remove(index);
                        }
                        int at = index;
                        for (JsonNode added : change.path("addNodes")) {
                            node.children.add(Math.min(at++, node.children.size()), added.asInt());
                        }
                    }
                }
                case "clear" -> {
                    if (feature == ELEMENT_CHILDREN) {
                        node.children.clear();
                    }
                }
                default -> { }
            }
        }
    }

    /** The text of a node and everything under it, as a user reads it. */
    public String text(int id) {
        Node node = nodes.get(id);
        if (node == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(node.text == null ? "" : node.text);
        for (int child : node.children) {
            text.append(text(child));
        }
        return text.toString();
    }

    public List<Node> all(String tag, Predicate<Node> test) {
        return nodes.values().stream().filter(n -> tag == null || tag.equals(n.tag)).filter(test)
                .sorted(java.util.Comparator.comparingInt(Node::id)).toList();
    }

    public Optional<Node> first(String tag, Predicate<Node> test) {
        return all(tag, test).stream().findFirst();
    }

    /** The nodes of a tag under a node (the node itself included). */
    public List<Node> under(int id, String tag) {
        List<Node> found = new ArrayList<>();
        Node node = nodes.get(id);
        if (node != null) {
            if (tag == null || tag.equals(node.tag)) {
                found.add(node);
            }
            for (int child : node.children) {
                found.addAll(under(child, tag));
            }
        }
        return found;
    }

    private final Map<String, String> notes = new HashMap<>();

    /** Something the user saw and will use later (the providers to compare). */
    public void remember(String key, String value) {
        notes.put(key, value);
    }

    public String recall(String key) {
        return notes.getOrDefault(key, "");
    }

    public boolean hasText(String tag, String text) {
        return first(tag, n -> text(n.id).contains(text)).isPresent();
    }

    // ---- messages the Flow client sends ----

    /** The router's navigation, as a click on a router link or the back button sends it. */
    public String navigate(String route, String query) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", query == null ? "" : query);
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", clientId);
        data.put("trigger", "");
        return message(event(1, "ui-navigate", data));
    }

    /** A link the user follows, by its address. */
    public String follow(Predicate<String> href) {
        Optional<Node> link = first("a", n -> n.attribute("href") != null && href.test(n.attribute("href")));
        if (link.isEmpty()) {
            return fail("no such link");
        }
        String[] parts = link.get().attribute("href").split("\\?", 2);
        return navigate(parts[0], parts.length > 1 ? parts[1] : "");
    }

    /** A click on the element. */
    public String click(Optional<Node> target, String what) {
        if (target.isEmpty()) {
            return fail("not found: " + what);
        }
        ObjectNode data = JSON.createObjectNode();
        for (String key : List.of("event.shiftKey", "event.metaKey", "event.ctrlKey", "event.altKey")) {
            data.put(key, false);
        }
        for (String key : List.of("event.detail", "event.button", "event.clientX", "event.clientY", "event.screenX", "event.screenY")) {
            data.put(key, key.equals("event.detail") ? 1 : 0);
        }
        return message(event(target.get().id, "click", data));
    }

    /** A property the user changed in the browser (a ticked box, a chosen value), with the event that reports it. */
    public String change(Optional<Node> target, String property, JsonNode value, String eventName, String what) {
        if (target.isEmpty()) {
            return fail("not found: " + what);
        }
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", target.get().id);
        sync.put("feature", ELEMENT_PROPERTIES);
        sync.put("property", property);
        sync.set("value", value);
        return message(sync, event(target.get().id, eventName, JSON.createObjectNode()));
    }

    public static JsonNode value(boolean value) {
        return JSON.getNodeFactory().booleanNode(value);
    }

    public static JsonNode value(String value) {
        return JSON.getNodeFactory().textNode(value);
    }

    private String fail(String why) {
        problem = why;
        return message();
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.set("data", data);
        return event;
    }

    private String message(ObjectNode... rpc) {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        ArrayNode calls = message.putArray("rpc");
        for (ObjectNode call : rpc) {
            calls.add(call);
        }
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        return message.toString();
    }
}
