package dev.pilothouse.cli.visualize;

import dev.pilothouse.visualizer.schema.DiffDiagram;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code visualize diff OLD NEW --svg OUT}: the new schema with its changes coloured safe, review or breaking. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = "Draw the changes between two schema.graphql versions as SVG.")
final class DiffDiagramCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The schema before the change.")
    Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "The schema after the change.")
    Path newFile;

    @Option(names = "--svg", required = true, paramLabel = "OUT", description = "Where to write the SVG.")
    Path svg;

    @Override
    public Integer call() {
        try {
            var diagram = new DiffDiagram(Drawing.assembler()).draw(Drawing.schema(oldFile), Drawing.schema(newFile));
            Drawing.write(diagram.scene(), svg);
            spec.commandLine()
                    .getOut()
                    .println("wrote " + svg + " (" + diagram.scene().title() + ")");
            spec.commandLine().getOut().flush();
            return 0;
        } catch (Drawing.Failure e) {
            spec.commandLine().getErr().println("pilothouse visualize diff: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
    }
}
