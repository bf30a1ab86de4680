/**
 * Starts or attaches to a Harper runtime, deploys apps and streams live events (headless kit).
 */
package dev.pilothouse.runtime;
