package dev.pilothouse.plugin.api;

/** {@code @export}: served over REST (and WebSocket/SSE) when {@code rest}, over MQTT when {@code mqtt}, at /path/. */
public record ExportView(String path, boolean rest, boolean mqtt) {}
