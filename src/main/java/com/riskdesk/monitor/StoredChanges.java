package com.riskdesk.monitor;

import com.riskdesk.base.i18n.Message;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A monitor definition's "what changed" lines kept in one text column ({@code monitor_revision.changes}), so they are
 * read back as codes with parameters and shown in whichever language the reader has: a JSON array of
 * {@code {"key": …, "args": […]}}, an argument being text, a whole number or a message itself. Text that is not such
 * an array was written as plain lines before the history spoke more than English; each of its lines reads back as it
 * was written ({@link Message#verbatim}).
 */
final class StoredChanges {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StoredChanges() {
    }

    static String write(List<Message> messages) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        messages.forEach(message -> array.add(node(message)));
        return JSON.writeValueAsString(array);
    }

    static List<Message> read(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        if (stored.startsWith("[")) {
            try {
                JsonNode array = JSON.readTree(stored);
                List<Message> messages = new ArrayList<>();
                array.forEach(node -> messages.add(message(node)));
                return List.copyOf(messages);
            } catch (JacksonException | IllegalArgumentException notOurs) {
                // plain lines after all
            }
        }
        return stored.lines().map(Message::verbatim).toList();
    }

    private static ObjectNode node(Message message) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("key", message.key());
        ArrayNode args = node.putArray("args");
        for (Object arg : message.args()) {
            switch (arg) {
                case Message nested -> args.add(node(nested));
                case Integer number -> args.add(number);
                case Long number -> args.add(number);
                default -> args.add(arg.toString());
            }
        }
        return node;
    }

    private static Message message(JsonNode node) {
        if (!node.isObject() || !node.path("key").isString() || !node.path("args").isArray()) {
            throw new IllegalArgumentException("Not a stored message: " + node);
        }
        List<Object> args = new ArrayList<>();
        for (JsonNode arg : node.get("args")) {
            args.add(arg.isObject() ? message(arg) : arg.isIntegralNumber() ? arg.numberValue()
                    : arg.asString());
        }
        return new Message(node.get("key").asString(), args);
    }
}
