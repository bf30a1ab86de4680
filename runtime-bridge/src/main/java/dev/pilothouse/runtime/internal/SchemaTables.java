package dev.pilothouse.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exported tables of a schema.graphql and their declared fields, found with a light scan (enough to check that
 * a deployed version serves; the real parser lives in schema-editor).
 */
public final class SchemaTables {

    public record Table(String exportName, List<String> fields) {}

    private static final Pattern TYPE = Pattern.compile("type\\s+(\\w+)([^{]*)\\{([^}]*)}", Pattern.DOTALL);
    private static final Pattern EXPORT_NAME = Pattern.compile("@export\\s*\\([^)]*name\\s*:\\s*\"(\\w+)\"");
    private static final Pattern FIELD = Pattern.compile("^\\s*(\\w+)\\s*(\\([^)]*\\))?\\s*:", Pattern.MULTILINE);

    private SchemaTables() {}

    public static List<Table> exported(String schema) {
        String text = schema.replaceAll("#[^\\n]*", "");
        List<Table> tables = new ArrayList<>();
        Matcher type = TYPE.matcher(text);
        while (type.find()) {
            String directives = type.group(2);
            if (!directives.contains("@table") || !directives.contains("@export")) {
                continue;
            }
            Matcher named = EXPORT_NAME.matcher(directives);
            String name = named.find() ? named.group(1) : type.group(1);
            List<String> fields = new ArrayList<>();
            Matcher field = FIELD.matcher(type.group(3));
            while (field.find()) {
                fields.add(field.group(1));
            }
            tables.add(new Table(name, fields));
        }
        return tables;
    }
}
