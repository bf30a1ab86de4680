package dev.pilothouse.cli.schema;

import dev.pilothouse.schema.format.FormatResult;
import dev.pilothouse.schema.format.SchemaFormatter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code schema fmt [--check] FILE...}: rewrites schema files in canonical layout (atomically: temp file, then
 * move). {@code --check} only lists files that are not formatted and exits 1 if there are any. Exit 2 when a file
 * cannot be read or has a syntax error; no file is written in that case.
 */
@Command(
        name = "fmt",
        mixinStandardHelpOptions = true,
        description = "Format schema.graphql files in place (--check: list unformatted files, write nothing).")
final class FmtCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--check", description = "List files that are not formatted; exit 1 if any. Never writes.")
    boolean check;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Schema files (*.graphql).")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<Path, FormatResult> results = new LinkedHashMap<>();
        boolean failed = false;
        for (Path file : files) {
            try {
                FormatResult result = SchemaFormatter.formatResult(SourceFiles.read(file));
                if (result.refused()) {
                    String where = result.blocker() == null
                            ? file.toString()
                            : file + ":" + result.blocker().range().startLine() + ":"
                                    + result.blocker().range().startColumn();
                    err.println("pilothouse schema fmt: " + where + ": " + result.reason());
                    failed = true;
                } else {
                    results.put(file, result);
                }
            } catch (SourceFiles.Unreadable e) {
                err.println("pilothouse schema fmt: " + e.getMessage());
                failed = true;
            }
        }
        if (failed) {
            err.flush();
            return 2;
        }
        List<Path> unformatted = new ArrayList<>();
        for (Map.Entry<Path, FormatResult> e : results.entrySet()) {
            if (e.getValue().changed()) {
                unformatted.add(e.getKey());
            }
        }
        if (check) {
            unformatted.forEach(out::println);
            out.flush();
            return unformatted.isEmpty() ? 0 : 1;
        }
        for (Path file : unformatted) {
            try {
                writeAtomically(file, results.get(file).text());
                out.println("formatted " + file);
            } catch (IOException e) {
                err.println("pilothouse schema fmt: " + file + ": cannot write (" + e.getMessage() + ")");
                err.flush();
                return 2;
            }
        }
        out.flush();
        return 0;
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".fmt");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
