/**
 * Service-provider interfaces for Pilothouse plugins.
 */
package dev.pilothouse.plugin.api;
