/** The plugins shipped with Pilothouse, found on the class path through ServiceLoader like any other. */
package dev.pilothouse.plugin.bundled;
