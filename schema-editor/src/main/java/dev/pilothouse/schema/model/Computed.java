package dev.pilothouse.schema.model;

/** {@code @computed}: a derived attribute, from a JS expression or a function registered in resources.js. */
public record Computed(String from, Integer version) {}
