package dev.pilothouse.plugin.api;

/** One classified schema change; {@code attribute} is null for table-level changes, {@code code} as in schema diff. */
public record ChangeView(String table, String attribute, ChangeClass classification, String code, String message) {}
