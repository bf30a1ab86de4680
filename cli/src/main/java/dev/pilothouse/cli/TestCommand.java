package dev.pilothouse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Runs the whole test suite: {@code ./mvnw verify} with this JDK (the launcher does the same without a JVM). */
@Command(name = "test", description = "Run the whole test suite (./mvnw verify).")
final class TestCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "MAVEN_ARG", description = "Extra arguments for Maven.")
    List<String> mavenArgs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Path root = Path.of(System.getProperty("pilothouse.root", "."));
        if (!Files.isExecutable(root.resolve("mvnw"))) {
            System.err.println("pilothouse test: no mvnw in " + root.toAbsolutePath() + "; run it from a checkout");
            return 2;
        }
        List<String> command = new ArrayList<>(List.of(root.resolve("mvnw").toString(), "-B", "verify"));
        command.addAll(mavenArgs);
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile()).inheritIO();
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return pb.start().waitFor();
    }
}
