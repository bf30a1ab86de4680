/**
 * The plugin host: finds plugin jars, loads each in its own class loader, and calls plugins on a bounded executor
 * with a time limit so a plugin that throws, hangs or fails to load is reported and never takes the caller down.
 */
package dev.pilothouse.plugin.host;
