/** Replication topology drawn from the runtime bridge's cluster model. */
package dev.pilothouse.visualizer.topology;
