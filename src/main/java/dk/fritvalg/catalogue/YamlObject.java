package dk.fritvalg.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read with its line numbers, so that every problem can be reported as
 * file, line and field. Reading a field that is missing or malformed records an error and returns null.
 */
final class YamlObject {

    /** The highest price in the catalogue, in kroner: a guard against a slipped finger. */
    static final long MAX_KRONER = 100_000;
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?");

    private final String file;
    private final Node node;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();
    private final List<CatalogueError> errors;

    YamlObject(String file, Node node, List<CatalogueError> errors) {
        this.file = file;
        this.node = node;
        this.errors = errors;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    if (fields.put(key.getValue(), tuple) != null) {
                        error(tuple.getKeyNode(), key.getValue(), "appears twice");
                    }
                }
            }
        } else {
            error(node, null, "expected a mapping of field: value");
        }
    }

    int line() {
        return line(node);
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    void error(String field, String message) {
        NodeTuple tuple = fields.get(field);
        error(tuple == null ? node : tuple.getValueNode(), field, message);
    }

    private void error(Node at, String field, String message) {
        errors.add(new CatalogueError(file, line(at), field, message));
    }

    void allowOnly(String... allowed) {
        Set<String> set = Set.of(allowed);
        fields.forEach((name, tuple) -> {
            if (!set.contains(name)) {
                error(tuple.getKeyNode(), name, "unknown field; expected one of " + new TreeSet<>(set));
            }
        });
    }

    boolean has(String field) {
        NodeTuple tuple = fields.get(field);
        return tuple != null && !isNull(tuple.getValueNode());
    }

    private static boolean isNull(Node value) {
        return value instanceof ScalarNode scalar && "tag:yaml.org,2002:null".equals(scalar.getTag().getValue());
    }

    String string(String field, boolean required, int maxLength) {
        NodeTuple tuple = fields.get(field);
        if (tuple == null || isNull(tuple.getValueNode())) {
            if (required) {
                error(field, "is required");
            }
            return null;
        }
        if (!(tuple.getValueNode() instanceof ScalarNode scalar)) {
            error(field, "expected a single value");
            return null;
        }
        String value = scalar.getValue().trim();
        if (required && value.isEmpty()) {
            error(field, "must not be empty");
            return null;
        }
        if (value.length() > maxLength) {
            error(field, "is longer than " + maxLength + " characters");
            return null;
        }
        return value;
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required) {
        String value = string(field, required, 100);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            error(field, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    Integer integer(String field, boolean required, int min, int max) {
        String value = string(field, required, 20);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                error(field, value + " is outside " + min + "–" + max);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            error(field, "'" + value + "' is not a whole number");
            return null;
        }
    }

    Boolean bool(String field, boolean required) {
        String value = string(field, required, 10);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                error(field, "'" + value + "' is not true or false");
                yield null;
            }
        };
    }

    LocalDate date(String field, boolean required) {
        String value = string(field, required, 20);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            error(field, "'" + value + "' is not a date (yyyy-mm-dd)");
            return null;
        }
    }

    /**
     * An amount in kroner written plainly, with at most two decimals (295 or 295.00; not 1E+5 or -3), up to
     * {@link #MAX_KRONER}, as øre.
     */
    Long amountInOre(String field, boolean required) {
        String value = string(field, required, 20);
        if (value == null) {
            return null;
        }
        if (!AMOUNT.matcher(value).matches()) {
            error(field, "'" + value + "' is not an amount such as 295.00");
            return null;
        }
        BigDecimal kroner = new BigDecimal(value);
        if (kroner.compareTo(BigDecimal.valueOf(MAX_KRONER)) > 0) {
            error(field, "'" + value + "' is more than " + MAX_KRONER + " kr.");
            return null;
        }
        return kroner.movePointRight(2).longValueExact();
    }

    List<String> strings(String field, boolean required) {
        NodeTuple tuple = fields.get(field);
        if (tuple == null || isNull(tuple.getValueNode())) {
            if (required) {
                error(field, "is required");
            }
            return required ? null : List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            error(field, "expected a list such as [a, b]");
            return null;
        }
        List<String> values = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar) {
                values.add(scalar.getValue().trim());
            } else {
                error(item, field, "expected a single value in the list");
                return null;
            }
        }
        return values;
    }

    List<YamlObject> objects(String field, boolean required) {
        NodeTuple tuple = fields.get(field);
        if (tuple == null || isNull(tuple.getValueNode())) {
            if (required) {
                error(field, "is required");
            }
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            error(field, "expected a list of entries");
            return List.of();
        }
        return sequence.getValue().stream().map(item -> new YamlObject(file, item, errors)).toList();
    }
}
