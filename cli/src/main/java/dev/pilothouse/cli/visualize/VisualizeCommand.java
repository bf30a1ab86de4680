package dev.pilothouse.cli.visualize;

import picocli.CommandLine.Command;

/** {@code visualize}: draw the schema, a schema diff or the replication topology as SVG. */
@Command(
        name = "visualize",
        mixinStandardHelpOptions = true,
        description = "Draw the schema, a schema diff or the cluster as SVG.",
        subcommands = {
            SchemaDiagramCommand.class,
            DiffDiagramCommand.class,
            ClusterDiagramCommand.class,
            TimelineDiagramCommand.class
        })
public final class VisualizeCommand {}
