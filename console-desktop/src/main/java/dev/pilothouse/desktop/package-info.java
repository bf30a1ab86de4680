/**
 * The JavaFX desktop console. {@code viewmodel} holds state and commands (no {@code javafx.scene}), {@code view}
 * builds controls in code and binds them, {@code service} adapts the kits, {@code fx.FxThread} is the only way onto
 * the FX thread, and {@link dev.pilothouse.desktop.Desktop} is the one place that wires everything together.
 */
package dev.pilothouse.desktop;
