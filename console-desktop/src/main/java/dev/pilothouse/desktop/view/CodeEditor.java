package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.fx.FxThread;
import dev.pilothouse.desktop.viewmodel.EditorViewModel;
import dev.pilothouse.desktop.viewmodel.Snippets;
import dev.pilothouse.schema.complete.Completion;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.diagnostic.QuickFix;
import dev.pilothouse.schema.diagnostic.Severity;
import dev.pilothouse.schema.diagnostic.TextEdit;
import dev.pilothouse.schema.format.FormatResult;
import dev.pilothouse.schema.highlight.TokenSpans;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The RichTextFX adapter of one {@link EditorViewModel}: reports edits, paints highlighting and diagnostic
 * underlines when a result for the current version arrives, and offers completion, hover, definition, format and
 * quick fixes from the keyboard. Holds no language logic of its own.
 */
public final class CodeEditor {

    static final KeyCombination COMPLETE = new KeyCodeCombination(KeyCode.SPACE, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FORMAT =
            new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination NEW_LINE = new KeyCodeCombination(KeyCode.ENTER);
    static final KeyCombination QUICK_FIX = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.ALT_DOWN);

    private final EditorViewModel vm;
    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> node = new VirtualizedScrollPane<>(area);
    private final CompletionPopup completion;
    private final Popup hover = new Popup();
    private final Consumer<String> notify;

    public CodeEditor(EditorViewModel vm, Consumer<String> notify) {
        this.vm = vm;
        this.notify = notify;
        this.completion = new CompletionPopup(area, this::accept);
        area.getStyleClass().add("code-editor");
        area.setId(idOf("editor-", vm.title()));
        area.replaceText(vm.text());
        area.getUndoManager().forgetHistory();
        area.textProperty().addListener((obs, old, now) -> vm.textChanged(now));
        vm.highlightProperty().addListener((obs, old, now) -> repaint());
        vm.diagnostics().addListener((ListChangeListener<Diagnostic>) c -> {
            repaint();
            area.setParagraphGraphicFactory(gutter());
        });
        area.setParagraphGraphicFactory(gutter());
        vm.setEditSink(this::applyEdits);
        bindKeys();
        bindHover();
        repaint();
    }

    /** A CSS-safe id ("schema.graphql" would read as id plus class in a selector). */
    static String idOf(String prefix, String title) {
        return prefix + title.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    public Node node() {
        return node;
    }

    public CodeArea area() {
        return area;
    }

    public EditorViewModel viewModel() {
        return vm;
    }

    private void bindKeys() {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (completion.isShowing() && completion.handle(e)) {
                e.consume();
            } else if (COMPLETE.match(e)) {
                showCompletion();
                e.consume();
            } else if (FORMAT.match(e)) {
                format();
                e.consume();
            } else if (QUICK_FIX.match(e)) {
                quickFix();
                e.consume();
            } else if (NEW_LINE.match(e)) {
                area.replaceSelection(vm.lineBreakAt(area.getSelection().getStart()));
                area.requestFollowCaret();
                e.consume();
            } else if (e.getCode() == KeyCode.F12) {
                goToDefinition(area.getCaretPosition());
                e.consume();
            }
        });
        area.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if ("@".equals(e.getCharacter())) {
                FxThread.later(this::showCompletion); // after the '@' is in the text
            }
        });
        area.textProperty().addListener((obs, old, now) -> {
            if (completion.isShowing()) {
                FxThread.later(this::showCompletion); // filter again as the word grows or shrinks
            }
        });
        area.setOnMouseClicked(e -> {
            completion.hide();
            if (e.getButton() == MouseButton.PRIMARY && e.isShortcutDown()) {
                goToDefinition(area.getCaretPosition());
            }
        });
    }

    private void bindHover() {
        area.setMouseOverTextDelay(Duration.ofMillis(500));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            int offset = e.getCharacterIndex();
            String text = diagnosticsAt(offset);
            String info = vm.hoverAt(offset).map(h -> h.markdown()).orElse("");
            String shown = (text + (text.isEmpty() || info.isEmpty() ? "" : "\n\n") + info).strip();
            if (!shown.isEmpty()) {
                Label label = new Label(shown.replace("`", "").replace("**", ""));
                label.getStyleClass().add("hover-card");
                label.setWrapText(true);
                label.setMaxWidth(480);
                hover.getContent().setAll(label);
                Point2D at = e.getScreenPosition();
                hover.show(area, at.getX(), at.getY() + 12);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
    }

    private String diagnosticsAt(int offset) {
        StringBuilder b = new StringBuilder();
        for (Diagnostic d : vm.diagnostics()) {
            if (d.range().start() <= offset
                    && offset <= Math.max(d.range().end(), d.range().start() + 1)) {
                b.append(b.isEmpty() ? "" : "\n")
                        .append(d.severity().label())
                        .append(' ')
                        .append(d.code())
                        .append(": ")
                        .append(d.message());
            }
        }
        return b.toString();
    }

    /** Opens (or refreshes) the completion list at the caret. */
    public void showCompletion() {
        List<Completion> items = vm.completionsAt(area.getCaretPosition());
        if (items.isEmpty()) {
            completion.hide();
            return;
        }
        area.getCaretBounds().ifPresent(b -> completion.show(items, b.getMinX(), b.getMaxY()));
    }

    private void accept(Completion c) {
        Snippets.Expanded expanded = Snippets.expand(c.insertText());
        int start = Math.min(c.replaceStart(), area.getLength());
        int end = Math.min(Math.max(c.replaceEnd(), start), area.getLength());
        area.replaceText(start, end, expanded.text());
        area.moveTo(start + expanded.caret());
        area.requestFocus();
    }

    public void format() {
        FormatResult result = vm.format();
        if (result.refused()) {
            notify.accept("Not formatted: " + result.reason());
        } else if (result.changed()) {
            applyEdits(result.edits());
            notify.accept("Formatted " + vm.title());
        } else {
            notify.accept(vm.title() + " is already formatted");
        }
    }

    /** Applies the quick fix at the caret; with several, offers a menu. */
    public void quickFix() {
        List<QuickFix> fixes = vm.quickFixesAt(area.getCaretPosition());
        if (fixes.isEmpty()) {
            notify.accept("No quick fix here");
        } else if (fixes.size() == 1) {
            applyFix(fixes.get(0));
        } else {
            ContextMenu menu = new ContextMenu();
            for (QuickFix fix : fixes) {
                MenuItem item = new MenuItem(fix.title());
                item.setOnAction(a -> applyFix(fix));
                menu.getItems().add(item);
            }
            area.getCaretBounds().ifPresent(b -> menu.show(area, b.getMinX(), b.getMaxY()));
        }
    }

    private void applyFix(QuickFix fix) {
        applyEdits(fix.edits());
        notify.accept("Applied: " + fix.title());
    }

    /** Applies edits back to front so earlier offsets stay valid; one undo step per edit. */
    private void applyEdits(List<TextEdit> edits) {
        List<TextEdit> ordered = new ArrayList<>(edits);
        ordered.sort(Comparator.comparingInt(TextEdit::start).reversed());
        int caret = area.getCaretPosition();
        for (TextEdit edit : ordered) {
            area.replaceText(edit.start(), edit.end(), edit.replacement());
        }
        area.moveTo(Math.min(caret, area.getLength()));
    }

    public void goToDefinition(int offset) {
        vm.definitionAt(offset)
                .ifPresentOrElse(
                        range -> {
                            area.selectRange(range.start(), range.end());
                            area.requestFollowCaret();
                        },
                        () -> notify.accept("No definition here"));
    }

    /** Moves the caret to {@code offset} and shows it (problems panel navigation). */
    public void reveal(int offset) {
        area.moveTo(Math.min(offset, area.getLength()));
        area.requestFollowCaret();
        area.requestFocus();
    }

    private void repaint() {
        TokenSpans spans = vm.highlightProperty().get();
        if (spans == null || spans.version() != vm.version() || area.getLength() == 0) {
            return; // nothing for this text yet: keep the old colours until the current version's spans arrive
        }
        StyleSpans<Collection<String>> tokens = tokenStyles(spans, area.getLength());
        StyleSpans<Collection<String>> problems = diagnosticStyles(vm.diagnostics(), area.getLength());
        area.setStyleSpans(0, tokens.overlay(problems, (a, b) -> {
            if (b.isEmpty()) {
                return a;
            }
            List<String> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        }));
    }

    static StyleSpans<Collection<String>> tokenStyles(TokenSpans spans, int length) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int pos = 0;
        for (TokenSpans.Span s : spans.spans()) {
            if (s.start() < pos || s.end() > length) {
                continue;
            }
            b.add(List.of(), s.start() - pos);
            b.add(List.of("tok-" + s.kind().cssClass()), s.length());
            pos = s.end();
        }
        b.add(List.of(), length - pos);
        return b.create();
    }

    static StyleSpans<Collection<String>> diagnosticStyles(List<Diagnostic> diagnostics, int length) {
        TreeMap<Integer, String> marks = new TreeMap<>(); // non-overlapping: the first (most severe) wins
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Comparator.comparing(Diagnostic::severity));
        for (Diagnostic d : sorted) {
            int start = Math.min(d.range().start(), Math.max(0, length - 1));
            int end = Math.min(Math.max(d.range().end(), start + 1), length);
            Map.Entry<Integer, String> before = marks.floorEntry(start);
            boolean overlaps = marks.subMap(start, end).size() > 0
                    || before != null && Integer.parseInt(before.getValue().split(":")[0]) > start;
            if (!overlaps && end > start) {
                marks.put(start, end + ":" + cssOf(d.severity()));
            }
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int pos = 0;
        for (Map.Entry<Integer, String> m : marks.entrySet()) {
            int end = Integer.parseInt(m.getValue().split(":")[0]);
            b.add(List.of(), m.getKey() - pos);
            b.add(List.of(m.getValue().split(":")[1]), end - m.getKey());
            pos = end;
        }
        b.add(List.of(), Math.max(0, length - pos));
        return b.create();
    }

    static String cssOf(Severity severity) {
        return switch (severity) {
            case ERROR -> "diag-error";
            case WARNING -> "diag-warning";
            default -> "diag-info";
        };
    }

    private IntFunction<Node> gutter() {
        IntFunction<Node> numbers = LineNumberFactory.get(area);
        Map<Integer, Severity> worst = new TreeMap<>(); // by paragraph index (lines are 1-based)
        for (Diagnostic d : vm.diagnostics()) {
            worst.merge(d.range().startLine() - 1, d.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        return line -> {
            Region marker = new Region();
            marker.getStyleClass().add("gutter-marker");
            Severity s = worst.get(line);
            if (s != null) {
                marker.getStyleClass().add("gutter-" + cssOf(s));
            }
            HBox box = new HBox(numbers.apply(line), marker);
            box.getStyleClass().add("gutter");
            return box;
        };
    }
}
