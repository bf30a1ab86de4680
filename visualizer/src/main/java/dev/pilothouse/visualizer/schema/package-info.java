/** Schema views: the table diagram and the diff overlay between two schema versions. */
package dev.pilothouse.visualizer.schema;
