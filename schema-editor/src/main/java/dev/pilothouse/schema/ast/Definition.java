package dev.pilothouse.schema.ast;

import dev.pilothouse.schema.text.TextRange;

/** A top-level definition of a document. */
public sealed interface Definition permits TypeDefinition, DirectiveDefinition, SchemaDefinition, ExecutableDefinition {

    TextRange range();
}
