/** From node and edge specs to a laid-out scene; shared by every view. */
package dev.pilothouse.visualizer.diagram;
