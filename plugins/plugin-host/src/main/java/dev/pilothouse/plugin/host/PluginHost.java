package dev.pilothouse.plugin.host;

import dev.pilothouse.plugin.api.ExportInput;
import dev.pilothouse.plugin.api.ExportResult;
import dev.pilothouse.plugin.api.ProposalValidator;
import dev.pilothouse.plugin.api.RuntimeConnector;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.schema.plugin.PluginViews;
import java.io.IOException;
import java.net.URI;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loaded plugins: the bundled ones from the class path, then every {@code *.jar} of the given folders (in
 * order; a later plugin with a name already taken is refused). Plugin code only ever runs through the guard: on the
 * injected executor, with the time limit, its failures turned into {@link PluginProblem}s.
 */
public final class PluginHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);
    private static final String SCHEMA_FILE = "schema.graphql";

    private final Guard guard;
    private final PluginSettings settings;
    private final List<LoadedPlugin> loaded;
    private final List<PluginRecord> failed;
    private final List<URLClassLoader> loaders;
    private final PrivateCopies copies;

    private PluginHost(Guard guard, PluginSettings settings, PluginLoader.Loading loading, PrivateCopies copies) {
        this.guard = guard;
        this.settings = settings;
        this.loaders = loading.loaders();
        this.copies = copies;
        List<LoadedPlugin> unique = new ArrayList<>();
        List<PluginRecord> refused = new ArrayList<>(loading.failed());
        for (LoadedPlugin p : loading.loaded()) {
            var first = unique.stream().filter(u -> u.name().equals(p.name())).findFirst();
            if (first.isPresent()) {
                refused.add(p.record()
                        .failed("a plugin named " + p.name() + " is already loaded from "
                                + first.get().source()));
            } else {
                unique.add(p);
            }
        }
        this.loaded = List.copyOf(unique);
        this.failed = List.copyOf(refused);
        failed.forEach(r -> LOG.warn("plugin {} ({}) not loaded: {}", r.name(), r.source(), r.error()));
    }

    /**
     * Loads the bundled plugins and the jars of {@code folders} (missing folders are skipped), all trusted. The
     * executor should be bounded and use daemon threads ({@link #daemonExecutor(int)}): a plugin that ignores
     * interrupts keeps one.
     */
    public static PluginHost open(
            List<Path> folders, PluginSettings settings, ExecutorService executor, Duration timeout) {
        // with no checked folders the allow-list is never read
        return open(folders, List.of(), new PluginTrust(Path.of(PluginTrust.FILE)), settings, executor, timeout);
    }

    /**
     * Loads the bundled plugins, every jar of the {@code trusted} folders, then those jars of the {@code checked}
     * folders whose SHA-256 {@code trust} lists; the other checked jars are listed as {@link PluginStatus#REFUSED}
     * and never opened. A malformed allow-list throws, naming its file.
     */
    public static PluginHost open(
            List<Path> trusted,
            List<Path> checked,
            PluginTrust trust,
            PluginSettings settings,
            ExecutorService executor,
            Duration timeout) {
        Guard guard = new Guard(executor, timeout);
        PluginLoader loader = new PluginLoader(guard);
        PluginLoader.Loading loading = new PluginLoader.Loading();
        PrivateCopies copies = new PrivateCopies();
        loader.bundled(PluginHost.class.getClassLoader(), loading);
        for (Path folder : trusted) {
            for (Path jar : jars(folder)) {
                loader.jar(jar, loading);
            }
        }
        for (Path folder : checked) {
            for (Path jar : jars(folder)) {
                loader.checked(jar, trust, copies, loading);
            }
        }
        return new PluginHost(guard, settings, loading, copies);
    }

    /** A fixed pool of daemon threads, so a hung plugin never keeps the JVM alive. */
    public static ExecutorService daemonExecutor(int threads) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "plugin-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Every plugin seen, loaded first, then the failures and refusals (each naming its jar and the reason). */
    public List<PluginRecord> plugins() {
        return Stream.concat(loaded.stream().map(LoadedPlugin::record), failed.stream())
                .toList();
    }

    public PluginSettings settings() {
        return settings;
    }

    /** Runs every plugin lint rule on one schema file. */
    public LintResult lint(String file, String text, SchemaModel model) {
        return new Linting(this).run(file, text, PluginViews.schema(file, model));
    }

    /** The plugins' panels for {@code console}, rendered for the app (consoles draw the content themselves). */
    public PanelResult panels(
            dev.pilothouse.plugin.api.Console console,
            String schemaFile,
            SchemaModel model,
            Map<String, String> files) {
        return new Panels(this).render(console, PluginViews.schema(schemaFile, model), files);
    }

    /**
     * The plugins' panels for {@code console}, drawn from the app's files as they are now (unsaved edits included,
     * if the caller passes them): {@code schema.graphql} is analysed here, so both consoles draw from the same model.
     */
    public PanelResult panels(dev.pilothouse.plugin.api.Console console, Map<String, String> files) {
        String schema = files.getOrDefault(SCHEMA_FILE, "");
        SchemaModel model = new LanguageService()
                .analyze(new DocumentSnapshot(SCHEMA_FILE, 1, schema))
                .model();
        return panels(console, SCHEMA_FILE, model, files);
    }

    /** The plugins' proposal validators, each wrapped so that a failure becomes a WARN step instead of a throw. */
    public List<ProposalValidator> proposalValidators() {
        List<ProposalValidator> all = new ArrayList<>();
        for (LoadedPlugin p : active()) {
            p.contributions()
                    .validators()
                    .forEach((name, v) -> all.add(
                            new GuardedValidator(this, p, name.equals(p.name()) ? name : p.name() + ":" + name, v)));
        }
        return all;
    }

    /** Exporter names with their descriptions' plugin, for help texts. */
    public Map<String, String> exporters() {
        var names = new java.util.TreeMap<String, String>();
        active().forEach(p -> p.contributions().exporters().keySet().forEach(n -> names.put(n, p.name())));
        return names;
    }

    /** Runs exporter {@code name} on the app; throws {@link PluginException} naming the plugin when it fails. */
    public ExportResult export(String name, String schemaFile, SchemaModel model, Map<String, String> files) {
        for (LoadedPlugin p : active()) {
            var exporter = p.contributions().exporters().get(name);
            if (exporter != null) {
                var input = new ExportInput(PluginViews.schema(schemaFile, model), files, settings.of(p.name()));
                ExportResult result = call(p, "exporter " + name, () -> exporter.export(input));
                if (result == null) {
                    throw new PluginException(p.problem("exporter " + name + " returned no result"), null);
                }
                return result;
            }
        }
        throw new IllegalArgumentException("no loaded plugin offers an exporter named '" + name + "'"
                + (exporters().isEmpty()
                        ? ""
                        : " (available: " + String.join(", ", exporters().keySet()) + ")"));
    }

    /** The URI schemes the loaded runtime connectors resolve, sorted. */
    public java.util.SortedSet<String> connectorSchemes() {
        var schemes = new java.util.TreeSet<String>();
        active().forEach(p -> p.contributions().connectors().forEach(c -> schemes.add(c.scheme())));
        return schemes;
    }

    /**
     * Resolves {@code target} (e.g. {@code acme://prod/shop}) through the first connector for its scheme; an
     * unknown scheme throws naming the schemes available, a failing connector throws {@link PluginException}.
     */
    public RuntimeConnector.Connection connect(URI target) {
        for (LoadedPlugin p : active()) {
            for (RuntimeConnector connector : p.contributions().connectors()) {
                if (connector.scheme().equalsIgnoreCase(target.getScheme())) {
                    String what = "runtime connector " + connector.scheme();
                    var result = call(p, what, () -> connector.resolve(target, settings.of(p.name())));
                    if (result == null) {
                        throw new PluginException(p.problem(what + " returned no connection"), null);
                    }
                    return result;
                }
            }
        }
        throw new IllegalArgumentException("no loaded plugin connects to '" + target.getScheme() + "://' URLs ("
                + (connectorSchemes().isEmpty()
                        ? "no runtime connector plugins are loaded"
                        : "available: " + String.join(", ", connectorSchemes()))
                + "; http and https attach directly)");
    }

    List<LoadedPlugin> active() {
        return loaded.stream().filter(p -> p.switchedOff() == null).toList();
    }

    /** One guarded call into a plugin; a plugin that hangs is switched off for the rest of this host's life. */
    <T> T call(LoadedPlugin plugin, String what, Callable<T> body) {
        if (plugin.switchedOff() != null) {
            throw new PluginException(
                    plugin.problem(what + " skipped: switched off after " + plugin.switchedOff()), null);
        }
        try {
            return guard.run(plugin.loader(), body);
        } catch (Guard.Failure e) {
            if (e.timedOut()) {
                plugin.switchOff(what + " " + e.getMessage());
            }
            PluginProblem problem = plugin.problem(what + " " + e.getMessage());
            LOG.warn("{}", problem);
            LOG.debug("{}", problem, e.getCause());
            throw new PluginException(problem, e.getCause());
        }
    }

    private static List<Path> jars(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            LOG.warn("cannot list plugin folder {}: {}", folder, e.getMessage());
            return List.of();
        }
    }

    @Override
    public void close() {
        for (URLClassLoader loader : loaders) {
            try {
                loader.close();
            } catch (IOException e) {
                LOG.warn("closing plugin class loader {}: {}", loader.getName(), e.getMessage());
            }
        }
        copies.close();
    }
}
