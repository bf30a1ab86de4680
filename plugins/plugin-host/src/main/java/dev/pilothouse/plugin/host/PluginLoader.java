package dev.pilothouse.plugin.host;

import dev.pilothouse.plugin.api.Exporter;
import dev.pilothouse.plugin.api.Plugin;
import dev.pilothouse.plugin.api.PluginApi;
import dev.pilothouse.plugin.api.PluginDescriptor;
import dev.pilothouse.plugin.api.ProposalValidator;
import dev.pilothouse.plugin.api.SchemaLintRule;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.jar.JarFile;

/** Turns a class loader's {@code META-INF/services} entries into loaded plugins or failure records. */
final class PluginLoader {

    private static final int MAX_PROVIDERS = 64;

    private final Guard guard;

    PluginLoader(Guard guard) {
        this.guard = guard;
    }

    /** The plugins on the console's own class path (the bundled ones). */
    void bundled(ClassLoader classPath, Loading into) {
        try {
            guard.run(classPath, () -> providers(classPath, PluginRecord.BUNDLED, classPath, into));
        } catch (Guard.Failure e) {
            into.failed(new PluginRecord(
                    "bundled",
                    "",
                    List.of(),
                    PluginRecord.BUNDLED,
                    PluginStatus.FAILED,
                    "loading the bundled plugins " + e.getMessage()));
        }
    }

    /** One jar of a trusted folder, in its own class loader whose parent shows only the JDK and the plugin API. */
    void jar(Path jar, Loading into) {
        jar(jar, jar.toString(), into);
    }

    /**
     * One jar of a folder anyone may write (the workspace's): its bytes are read once and hashed; an allow-listed
     * hash is loaded from a private copy of those bytes, anything else is refused without opening it as a jar.
     */
    void checked(Path jar, PluginTrust trust, PrivateCopies copies, Loading into) {
        String source = jar.toString();
        String fallbackName = nameFromSource(source);
        byte[] bytes;
        try {
            bytes = PluginTrust.read(jar);
        } catch (RuntimeException e) {
            into.failed(new PluginRecord(
                    fallbackName, "", List.of(), source, PluginStatus.REFUSED, "not loaded: " + e.getMessage()));
            return;
        }
        String sha = PluginTrust.sha256(bytes);
        if (trust.find(sha).isEmpty()) {
            into.failed(new PluginRecord(
                    fallbackName,
                    "",
                    List.of(),
                    source,
                    PluginStatus.REFUSED,
                    "not allow-listed: sha256 " + sha + "; a workspace jar loads only once an admin has trusted"
                            + " its exact bytes: `pilothouse plugins trust " + source + "`"));
            return;
        }
        jar(copies.store(sha, jar.getFileName().toString(), bytes), source, into);
    }

    /** Loads {@code jar}, reporting it as {@code source} (a private copy is reported as the jar it came from). */
    private void jar(Path jar, String source, Loading into) {
        String fallbackName = nameFromSource(source);
        String refusal = manifestRefusal(jar);
        if (refusal != null) {
            into.failed(new PluginRecord(fallbackName, "", List.of(), source, PluginStatus.FAILED, refusal));
            return;
        }
        URLClassLoader loader;
        try {
            loader = new URLClassLoader(
                    "plugin:" + fallbackName,
                    new java.net.URL[] {jar.toUri().toURL()},
                    new ApiOnlyClassLoader(Plugin.class.getClassLoader()));
        } catch (IOException e) {
            into.failed(new PluginRecord(
                    fallbackName, "", List.of(), source, PluginStatus.FAILED, "cannot open: " + e.getMessage()));
            return;
        }
        into.ownLoader(loader);
        Loading mine = new Loading();
        try {
            guard.run(loader, () -> providers(loader, source, loader, mine));
        } catch (Guard.Failure e) {
            // whatever the stuck load produced is dropped: the jar counts as one failure
            into.failed(new PluginRecord(
                    fallbackName, "", List.of(), source, PluginStatus.FAILED, "loading " + e.getMessage()));
            return;
        }
        if (mine.loaded().isEmpty() && mine.failed().isEmpty()) {
            mine.failed(new PluginRecord(
                    fallbackName,
                    "",
                    List.of(),
                    source,
                    PluginStatus.FAILED,
                    "no plugin: the jar has no META-INF/services/" + Plugin.class.getName() + " entry"));
        }
        into.addAll(mine);
    }

    private static String manifestRefusal(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            var manifest = file.getManifest();
            String required =
                    manifest == null ? null : manifest.getMainAttributes().getValue(PluginApi.MANIFEST_ATTRIBUTE);
            String why = required == null ? null : PluginApi.incompatibility(required);
            return why == null ? null : "refused before loading: manifest " + PluginApi.MANIFEST_ATTRIBUTE + " " + why;
        } catch (IOException e) {
            return "not a readable jar: " + e.getMessage();
        }
    }

    private static Void providers(ClassLoader search, String source, ClassLoader loader, Loading into) {
        Iterator<Plugin> it = ServiceLoader.load(Plugin.class, search).iterator();
        for (int i = 0; i < MAX_PROVIDERS; i++) {
            Plugin plugin;
            try {
                if (!it.hasNext()) {
                    break;
                }
                plugin = it.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                into.failed(new PluginRecord(
                        nameFromSource(source),
                        "",
                        List.of(),
                        source,
                        PluginStatus.FAILED,
                        "bad service entry: " + Guard.describe(e)));
                continue;
            }
            into.add(describe(plugin, source, loader));
        }
        return null;
    }

    /** Reads the descriptor and contributions once; a plugin that fails here is recorded, the others go on. */
    private static Object describe(Plugin plugin, String source, ClassLoader loader) {
        String className = plugin.getClass().getName();
        PluginDescriptor d;
        try {
            d = Objects.requireNonNull(plugin.descriptor(), "descriptor() returned null");
        } catch (RuntimeException | LinkageError e) {
            return new PluginRecord(
                    className, "", List.of(), source, PluginStatus.FAILED, "descriptor() failed: " + Guard.describe(e));
        }
        String incompatible = PluginApi.incompatibility(d.apiVersion());
        if (incompatible != null) {
            return new PluginRecord(
                    d.name(), d.version(), List.of(), source, PluginStatus.FAILED, "refused: " + incompatible);
        }
        try {
            var contributions = new LoadedPlugin.Contributions(
                    byName(plugin.lintRules(), SchemaLintRule::code),
                    byName(plugin.proposalValidators(), ProposalValidator::name),
                    List.copyOf(plugin.panels()),
                    byName(plugin.exporters(), Exporter::name),
                    List.copyOf(plugin.runtimeConnectors()));
            var record =
                    new PluginRecord(d.name(), d.version(), contributions.kinds(), source, PluginStatus.LOADED, null);
            return new LoadedPlugin(record, loader, contributions);
        } catch (RuntimeException | LinkageError e) {
            return new PluginRecord(
                    d.name(),
                    d.version(),
                    List.of(),
                    source,
                    PluginStatus.FAILED,
                    "listing its contributions failed: " + Guard.describe(e));
        }
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : List.copyOf(items)) {
            String key = Objects.requireNonNull(name.apply(item), "a contribution has a null name");
            if (map.putIfAbsent(key, item) != null) {
                throw new IllegalArgumentException("two contributions are named '" + key + "'");
            }
        }
        return map;
    }

    private static String nameFromSource(String source) {
        Path file = Path.of(source).getFileName();
        return file == null ? source : file.toString().replaceFirst("\\.jar$", "");
    }

    /** What one load produced; filled from the guard's thread, read after it finished. */
    static final class Loading {

        private final List<LoadedPlugin> loaded = new ArrayList<>();
        private final List<PluginRecord> failed = new ArrayList<>();
        private final List<URLClassLoader> loaders = new ArrayList<>();

        synchronized void add(Object outcome) {
            if (outcome instanceof LoadedPlugin p) {
                loaded.add(p);
            } else {
                failed.add((PluginRecord) outcome);
            }
        }

        synchronized void failed(PluginRecord record) {
            failed.add(record);
        }

        synchronized void ownLoader(URLClassLoader loader) {
            loaders.add(loader);
        }

        synchronized void addAll(Loading other) {
            loaded.addAll(other.loaded());
            failed.addAll(other.failed());
        }

        synchronized List<LoadedPlugin> loaded() {
            return List.copyOf(loaded);
        }

        synchronized List<PluginRecord> failed() {
            return List.copyOf(failed);
        }

        synchronized List<URLClassLoader> loaders() {
            return List.copyOf(loaders);
        }
    }
}
