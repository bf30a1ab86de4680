/** Live data and message flow: lock-free rolling counters fed from bridge events, coalesced snapshots, the view. */
package dev.pilothouse.visualizer.flow;
