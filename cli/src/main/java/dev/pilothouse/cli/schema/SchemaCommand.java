package dev.pilothouse.cli.schema;

import picocli.CommandLine.Command;

/** {@code pilothouse schema ...}: the language service from the command line. */
@Command(
        name = "schema",
        description = "Check, compare and format the app's files.",
        mixinStandardHelpOptions = true,
        subcommands = {CheckCommand.class, DiffCommand.class, FmtCommand.class})
public final class SchemaCommand {}
