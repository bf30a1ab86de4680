/** The audit timeline: lanes per actor, steps of each change, zoom by time range. */
package dev.pilothouse.visualizer.timeline;
