/**
 * MCP server through which agents read the system and propose changes (headless kit).
 */
package dev.pilothouse.agent;
