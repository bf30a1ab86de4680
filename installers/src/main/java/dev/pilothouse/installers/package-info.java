/**
 * Desktop app images, packages and the runnable web server.
 */
package dev.pilothouse.installers;
