package dev.pilothouse.schema.navigate;

import dev.pilothouse.schema.text.TextRange;

/** Markdown to show for the symbol at {@code range}. */
public record Hover(String markdown, TextRange range) {}
