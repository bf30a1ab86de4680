/**
 * Vaadin Flow workbench: presentation over the headless kits.
 */
package dev.pilothouse.web;
