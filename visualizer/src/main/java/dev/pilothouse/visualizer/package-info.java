/**
 * Laid-out graphs of schema, live flow, replication topology and audit timeline (headless kit).
 */
package dev.pilothouse.visualizer;
