package dev.pilothouse.cli.visualize;

import dev.pilothouse.visualizer.schema.SchemaDiagram;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code visualize schema FILE --svg OUT}: tables, attributes and relationships as a diagram. Exit 2 on bad input. */
@Command(name = "schema", mixinStandardHelpOptions = true, description = "Draw a schema.graphql as SVG.")
final class SchemaDiagramCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The schema to draw.")
    Path file;

    @Option(names = "--svg", required = true, paramLabel = "OUT", description = "Where to write the SVG.")
    Path svg;

    @Override
    public Integer call() {
        try {
            var diagram = new SchemaDiagram(Drawing.assembler()).draw(Drawing.schema(file));
            Drawing.write(diagram.scene(), svg);
            spec.commandLine()
                    .getOut()
                    .println("wrote " + svg + " (" + diagram.scene().nodes().size() + " nodes, "
                            + diagram.scene().edges().size() + " edges)");
            spec.commandLine().getOut().flush();
            return 0;
        } catch (Drawing.Failure e) {
            spec.commandLine().getErr().println("pilothouse visualize schema: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
    }
}
