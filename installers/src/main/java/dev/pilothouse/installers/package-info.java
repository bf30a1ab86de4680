/**
 * Desktop app images, packages and the runnable web server. The packaging itself is Maven configuration (the
 * {@code installers} profile of this module's pom, see docs/installers.md); the only code is the web jar's
 * {@link dev.pilothouse.installers.WebServer} main class.
 */
package dev.pilothouse.installers;
