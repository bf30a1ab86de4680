/**
 * Proposal review over the workspace kit's {@code Governance}: the open workspace, the role-checked actions every
 * view goes through, and the workspace audit log as the console's audit sink.
 */
package dev.pilothouse.web.review;
