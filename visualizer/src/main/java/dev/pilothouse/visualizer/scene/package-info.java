/**
 * The toolkit-neutral scene model: positioned nodes with rows, ports and badges, edge routes with labels, and
 * semantic style classes. SVG, JavaFX and web renderers draw the same scene.
 */
package dev.pilothouse.visualizer.scene;
