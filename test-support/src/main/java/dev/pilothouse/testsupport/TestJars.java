package dev.pilothouse.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds a jar during a test run: compiles Java sources with the JDK's compiler and packs the classes with extra
 * resources (a {@code META-INF/services} entry, say). Plugin tests use it so the jar under test is real bytecode.
 */
public final class TestJars {

    private TestJars() {}

    /**
     * Compiles {@code sources} (file name, e.g. {@code acme/Rule.java}, to text) against the class path of the
     * {@code against} classes and writes {@code jar} with the classes, {@code resources} and manifest attributes.
     */
    public static Path build(
            Path jar,
            Map<String, String> sources,
            Map<String, String> resources,
            Map<String, String> manifest,
            Class<?>... against)
            throws IOException {
        Path work = Files.createTempDirectory(jar.getParent(), "jar-src");
        Path src = work.resolve("src");
        Path classes = work.resolve("classes");
        Files.createDirectories(classes);
        List<String> args = new ArrayList<>(List.of(
                "-d",
                classes.toString(),
                "-proc:none",
                "-classpath",
                String.join(
                        java.io.File.pathSeparator,
                        Stream.of(against).map(TestJars::location).toList())));
        for (var source : sources.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        int rc = sources.isEmpty()
                ? 0
                : compiler.run(
                        null,
                        null,
                        new OutputStream() {
                            @Override
                            public void write(int b) {
                                errors.write(b);
                            }
                        },
                        args.toArray(String[]::new));
        if (rc != 0) {
            throw new IllegalStateException("javac failed (" + rc + "): " + errors);
        }
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.forEach((k, v) -> mf.getMainAttributes().putValue(k, v));
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), mf);
                Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
            for (var resource : resources.entrySet()) {
                out.putNextEntry(new JarEntry(resource.getKey()));
                out.write(resource.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no class path location for " + type, e);
        }
    }
}
