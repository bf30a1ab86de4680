package dev.pilothouse.testsupport;

import java.util.Map;

/**
 * Java sources of small plugins for tests that build plugin jars with {@link TestJars}: one lint rule whose body is
 * given, so the same template makes a working, a throwing and a hanging plugin.
 */
public final class PluginSources {

    /** Flags every table whose name starts with {@code Tmp}, at the table's name. */
    public static final String FLAG_TMP_TABLES = """
            List<Finding> out = new ArrayList<>();
            for (TableView t : in.schema().tables()) {
                if (t.name().startsWith("Tmp")) {
                    out.add(new Finding(CODE, Severity.WARNING, t.position(),
                            "table " + t.name() + " looks temporary (" + in.settings().getOrDefault("why", "") + ")"));
                }
            }
            return out;
            """;

    public static final String THROWS = "throw new IllegalStateException(\"rule exploded\");";

    /** Sleeps forever and swallows interrupts: the worst a plugin can do to its thread. */
    public static final String HANGS = """
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    // a badly behaved plugin ignores the interrupt
                }
            }
            """;

    private PluginSources() {}

    /** The plugin class's fully qualified name for {@code name} (letters and digits only). */
    public static String className(String name) {
        return name + ".Plugin" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Sources of plugin {@code name} with one rule {@code code} whose {@code check(LintInput in)} body is given. */
    public static Map<String, String> lintPlugin(String name, String apiVersion, String code, String body) {
        return plugin(name, "1.2.0", "\"" + apiVersion + "\"", "test plugin", """
                    static final String CODE = "%1$s";

                    @Override
                    public List<SchemaLintRule> lintRules() {
                        return List.of(new SchemaLintRule() {
                            public String code() {
                                return CODE;
                            }

                            public String description() {
                                return "a test rule";
                            }

                            public List<Finding> check(LintInput in) {
                                %2$s
                            }
                        });
                    }
                """.formatted(code, body));
    }

    /**
     * Sources of plugin {@code name} with a runtime connector for {@code scheme}: it resolves every target to the
     * given URLs, adds header {@code X-Connector: <host of the target>} and any settings as {@code X-<key>} headers.
     */
    public static Map<String, String> connectorPlugin(
            String name, String scheme, String operationsUrl, String restUrl) {
        return plugin(
                name, "1.0.0", "PluginApi.VERSION", "test connector", """
                    @Override
                    public List<RuntimeConnector> runtimeConnectors() {
                        return List.of(new RuntimeConnector() {
                            public String scheme() {
                                return "%1$s";
                            }

                            public Connection resolve(URI target, Map<String, String> settings) {
                                Map<String, String> headers = new TreeMap<>();
                                headers.put("X-Connector", target.getHost());
                                settings.forEach((k, v) -> headers.put("X-" + k, v));
                                return new Connection(URI.create("%2$s"), URI.create("%3$s"), headers);
                            }
                        });
                    }
                """.formatted(scheme, operationsUrl, restUrl));
    }

    /**
     * Sources of plugin {@code name} with one panel for both consoles whose {@code render(PanelInput in)} body is
     * given (it must return a {@code PanelContent}), so the same template makes a working and a throwing panel.
     */
    public static Map<String, String> panelPlugin(String name, String title, String body) {
        return plugin(name, "0.3.0", "PluginApi.VERSION", "test panel", """
                    @Override
                    public List<Panel> panels() {
                        return List.of(new Panel() {
                            public String id() {
                                return "main";
                            }

                            public String title() {
                                return "%1$s";
                            }

                            public Set<Console> consoles() {
                                return EnumSet.allOf(Console.class);
                            }

                            public PanelContent render(PanelInput in) {
                                %2$s
                            }
                        });
                    }
                """.formatted(title, body));
    }

    /**
     * One plugin class: its descriptor ({@code apiVersion} is a Java expression) and the given members. The
     * templates above differ only in what the plugin contributes.
     */
    private static Map<String, String> plugin(
            String name, String version, String apiVersion, String about, String members) {
        String simple = className(name).substring(name.length() + 1);
        String source = """
                package %1$s;

                import dev.pilothouse.plugin.api.*;
                import java.net.URI;
                import java.util.*;

                public final class %2$s implements Plugin {
                    @Override
                    public PluginDescriptor descriptor() {
                        return new PluginDescriptor("%1$s", "%3$s", %4$s, "%5$s %1$s");
                    }

                %6$s}
                """.formatted(name, simple, version, apiVersion, about, members);
        return Map.of(name + "/" + simple + ".java", source);
    }

    /** The service entry that registers plugin {@code name}. */
    public static Map<String, String> serviceEntry(String className) {
        return Map.of("META-INF/services/dev.pilothouse.plugin.api.Plugin", className + "\n");
    }
}
