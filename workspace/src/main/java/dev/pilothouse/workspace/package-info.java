/**
 * Git-versioned app files, proposals, validation, approval, deploy and audit (headless kit).
 */
package dev.pilothouse.workspace;
