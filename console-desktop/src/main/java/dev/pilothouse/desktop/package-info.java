/**
 * JavaFX workbench: presentation over the headless kits.
 */
package dev.pilothouse.desktop;
