/** Standalone SVG output of a scene, styled by semantic CSS classes. */
package dev.pilothouse.visualizer.svg;
