package dev.pilothouse.schema.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/** Answers whether a {@code files} glob of config.yaml matches anything in the app folder. */
final class FileReferences {

    /** Folders Harper never loads app files from; walking node_modules would also be slow. */
    private static final Set<String> SKIPPED = Set.of("node_modules", ".git");

    private static final int MAX_DEPTH = 12;

    private final Path appDir;

    FileReferences(Path appDir) {
        this.appDir = appDir.toAbsolutePath().normalize();
    }

    boolean matchesAnything(String glob) {
        String pattern = normalize(glob);
        if (pattern.isEmpty() || pattern.equals(".")) {
            return true;
        }
        if (!hasWildcard(pattern)) {
            return Files.exists(appDir.resolve(pattern).normalize());
        }
        // `dir/` or `dir/**` also match the folder's contents in Harper's loader
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        PathMatcher under = FileSystems.getDefault().getPathMatcher("glob:" + pattern + "/**");
        // in npm-style globs a leading **/ also matches at the top level; in java.nio it needs one folder
        PathMatcher top = pattern.startsWith("**/")
                ? FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3))
                : matcher;
        try (Stream<Path> walk = Files.walk(
                appDir, MAX_DEPTH, EnumSet.noneOf(FileVisitOption.class).toArray(new FileVisitOption[0]))) {
            return walk.filter(p -> !p.equals(appDir))
                    .map(appDir::relativize)
                    .filter(rel -> !SKIPPED.contains(rel.getName(0).toString()))
                    .anyMatch(rel -> matcher.matches(rel) || under.matches(rel) || top.matches(rel));
        } catch (IOException | UncheckedIOException e) {
            return true;
        }
    }

    static String normalize(String glob) {
        String g = glob.strip().replace('\\', '/');
        // `./x` and `/x` both mean x inside the component folder
        while (g.startsWith("./") || g.startsWith("/")) {
            g = g.substring(g.startsWith("/") ? 1 : 2);
        }
        while (g.endsWith("/")) {
            g = g.substring(0, g.length() - 1);
        }
        return g;
    }

    private static boolean hasWildcard(String glob) {
        return glob.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }
}
