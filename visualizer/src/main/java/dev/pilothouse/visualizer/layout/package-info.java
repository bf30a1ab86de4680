/** Graph layout with Eclipse ELK: cached by graph, stable across small changes, synchronous or on an executor. */
package dev.pilothouse.visualizer.layout;
