package dev.pilothouse.desktop.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the data browser's filter line into Harper conditions: {@code price >= 10 and name starts_with "Wid"}.
 * Clauses are joined by all-{@code and} or all-{@code or}; values are typed from the table's attribute types.
 */
public final class FilterParser {

    /** The parsed filter: Harper's operator ("and"/"or") and its conditions. */
    public record Filter(String operator, List<DataPort.Condition> conditions) {}

    private static final Map<String, String> OPS = Map.ofEntries(
            Map.entry("=", "equals"),
            Map.entry("==", "equals"),
            Map.entry("!=", "not_equal"),
            Map.entry(">", "greater_than"),
            Map.entry(">=", "greater_than_equal"),
            Map.entry("<", "less_than"),
            Map.entry("<=", "less_than_equal"),
            Map.entry("contains", "contains"),
            Map.entry("starts_with", "starts_with"),
            Map.entry("ends_with", "ends_with"));
    private static final Pattern CLAUSE = Pattern.compile(
            "\\s*([A-Za-z_][\\w$]*)\\s*(==|!=|>=|<=|=|>|<|\\bcontains\\b|\\bstarts_with\\b|\\bends_with\\b)\\s*(\"[^\"]*\"|'[^']*'|\\S+)\\s*");

    private FilterParser() {}

    /** Parses {@code text}; blank means no filter. Throws IllegalArgumentException naming the bad part. */
    public static Filter parse(String text, Map<String, String> attributeTypes) {
        if (text == null || text.isBlank()) {
            return new Filter("and", List.of());
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean hasAnd = lower.matches("(?s).*\\sand\\s.*");
        boolean hasOr = lower.matches("(?s).*\\sor\\s.*");
        if (hasAnd && hasOr) {
            throw new IllegalArgumentException("Use either 'and' or 'or' between conditions, not both");
        }
        String operator = hasOr ? "or" : "and";
        List<DataPort.Condition> conditions = new ArrayList<>();
        for (String clause : text.split("(?i)\\s+" + operator + "\\s+")) {
            Matcher m = CLAUSE.matcher(clause);
            if (!m.matches()) {
                throw new IllegalArgumentException(
                        "Cannot read '" + clause.strip()
                                + "': write attribute operator value, e.g. price >= 10 (operators: = != > >= < <= contains starts_with ends_with)");
            }
            String attribute = m.group(1);
            if (!attributeTypes.isEmpty() && !attributeTypes.containsKey(attribute)) {
                throw new IllegalArgumentException("Unknown attribute '" + attribute + "'; the table has "
                        + String.join(", ", attributeTypes.keySet()));
            }
            conditions.add(new DataPort.Condition(
                    attribute,
                    OPS.get(m.group(2).toLowerCase(Locale.ROOT)),
                    value(m.group(3), attributeTypes.get(attribute))));
        }
        return new Filter(operator, conditions);
    }

    private static Object value(String raw, String type) {
        if (raw.length() >= 2
                && (raw.startsWith("\"") && raw.endsWith("\"") || raw.startsWith("'") && raw.endsWith("'"))) {
            return raw.substring(1, raw.length() - 1);
        }
        try {
            return CellValidator.convert(raw, type);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }
}
