// <schema-code-editor>: CodeMirror 6 fed by Pilothouse's server-side language service.
// Every text change bumps `version`; the server tags each result with the version it analysed and results
// for an older version are dropped here (and on the server), so a slow analysis never paints stale marks.
import { EditorState, StateEffect, StateField, RangeSetBuilder, Compartment } from '@codemirror/state';
import { EditorView, Decoration, DecorationSet, keymap, lineNumbers, hoverTooltip,
         highlightActiveLine, highlightActiveLineGutter, drawSelection } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { setDiagnostics, lintGutter, Diagnostic } from '@codemirror/lint';
import { autocompletion, CompletionContext, CompletionResult, completionKeymap, snippet } from '@codemirror/autocomplete';
import { bracketMatching, indentOnInput } from '@codemirror/language';

type Token = [number, number, string];
type ServerDiagnostic = { from: number; to: number; severity: 'error' | 'warning' | 'info' | 'hint'; code: string; message: string };

const setTokens = StateEffect.define<DecorationSet>();
const tokenField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setTokens)) return e.value;
    return value.map(tr.changes); // keep old colours in place until the next result arrives
  },
  provide: (f) => EditorView.decorations.from(f),
});

const marks = new Map<string, Decoration>();
function mark(cls: string): Decoration {
  let m = marks.get(cls);
  if (!m) { m = Decoration.mark({ class: 'ph-tok-' + cls }); marks.set(cls, m); }
  return m;
}

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '13px', backgroundColor: 'var(--lumo-base-color, #fff)' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', lineHeight: '1.5' },
  '.cm-gutters': { backgroundColor: 'var(--lumo-contrast-5pct, #f5f5f5)', border: 'none' },
  '.ph-tok-keyword': { color: '#8a3ab9', fontWeight: '600' },
  '.ph-tok-type-name': { color: '#0b6e99' },
  '.ph-tok-builtin-type': { color: '#1a7f37' },
  '.ph-tok-field-name': { color: '#24292f' },
  '.ph-tok-directive': { color: '#b35900' },
  '.ph-tok-argument-name, .ph-tok-property': { color: '#6f42c1' },
  '.ph-tok-string, .ph-tok-block-string, .ph-tok-template': { color: '#0a7b3e' },
  '.ph-tok-number, .ph-tok-boolean, .ph-tok-null, .ph-tok-enum-value': { color: '#005cc5' },
  '.ph-tok-comment': { color: '#6a737d', fontStyle: 'italic' },
  '.ph-tok-punctuation, .ph-tok-operator': { color: '#57606a' },
  '.ph-tok-regex': { color: '#c2185b' },
  '.ph-tok-error': { textDecoration: 'underline wavy #d73a49' },
  '.cm-tooltip-hover': { maxWidth: '480px', padding: '4px 8px', whiteSpace: 'pre-wrap' },
});

interface Server {
  changed(version: number, text: string): void;
  complete(version: number, text: string, offset: number): Promise<string>;
  hover(version: number, text: string, offset: number): Promise<string>;
}

class SchemaCodeEditor extends HTMLElement {
  $server?: Server;
  version = 0;
  appliedVersion = -1;
  private view?: EditorView;
  private timer?: number;
  private readOnly = new Compartment();

  connectedCallback() {
    if (this.view) return;
    this.style.display = 'block';
    // CodeMirror mounts its styles as adopted style sheets of its root; Vaadin rewrites the document's list,
    // which silently strips them. A shadow root of our own keeps them (and keeps Lumo out of the editor).
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    this.view = new EditorView({
      parent: root,
      root,
      state: this.createState('', false),
    });
  }

  private createState(text: string, readOnly: boolean): EditorState {
    return EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(), highlightActiveLineGutter(), highlightActiveLine(), drawSelection(), history(),
        indentOnInput(), bracketMatching(), lintGutter(), tokenField, theme,
        this.readOnly.of([EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)]),
        autocompletion({ override: [(ctx) => this.complete(ctx)], activateOnTyping: true }),
        hoverTooltip((view, pos) => this.hover(view, pos)),
        keymap.of([...completionKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
        EditorView.updateListener.of((u) => { if (u.docChanged) this.onChange(); }),
      ],
    });
  }

  /** Server: a new document (file switch). Resets the version counter the server also resets. */
  setDocument(version: number, text: string, readOnly: boolean) {
    this.connectedCallback();
    this.version = version;
    this.appliedVersion = -1;
    this.view!.setState(this.createState(text, readOnly));
  }

  /** Server: replace the whole text as one undoable edit (format). */
  replaceText(text: string) {
    const v = this.view!;
    v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: text } });
  }

  /** Server: tokens and diagnostics computed for `version`; ignored when the text has moved on. */
  applyAnalysis(version: number, tokensJson: string, diagnosticsJson: string) {
    if (version !== this.version || !this.view) return;
    const v = this.view;
    const len = v.state.doc.length;
    const b = new RangeSetBuilder<Decoration>();
    for (const [from, to, cls] of JSON.parse(tokensJson) as Token[]) {
      if (from < to && to <= len) b.add(from, to, mark(cls));
    }
    const diags: Diagnostic[] = (JSON.parse(diagnosticsJson) as ServerDiagnostic[])
      .filter((d) => d.to <= len)
      .map((d) => ({ from: d.from, to: d.to, severity: d.severity, source: d.code, message: d.message }));
    v.dispatch(setDiagnostics(v.state, diags), { effects: setTokens.of(b.finish()) });
    this.appliedVersion = version;
    this.setAttribute('analysed-version', String(version));
  }

  text(): string {
    return this.view ? this.view.state.doc.toString() : '';
  }

  private onChange() {
    this.version++;
    window.clearTimeout(this.timer);
    // 120 ms succession window: one analysis per typing burst
    this.timer = window.setTimeout(() => this.$server?.changed(this.version, this.text()), 120);
  }

  private async complete(ctx: CompletionContext): Promise<CompletionResult | null> {
    const word = ctx.matchBefore(/[@\w]*/);
    if (!ctx.explicit && (!word || word.from === word.to)) return null;
    if (!this.$server) return null;
    const reply = JSON.parse(await this.$server.complete(this.version, ctx.state.doc.toString(), ctx.pos));
    if (!reply.items || reply.items.length === 0) return null;
    return {
      from: reply.from,
      to: reply.to,
      options: reply.items.map((i: any) => ({
        label: i.label, type: i.type, detail: i.detail || undefined, info: i.info || undefined,
        // the language service writes LSP-style snippets ("relationship($1)"); CodeMirror's syntax is ${}
        apply: /\$\d/.test(i.apply) ? snippet(i.apply.replace(/\$\d+/g, '${}')) : i.apply,
      })),
      validFor: /^[@\w]*$/,
    };
  }

  private async hover(view: EditorView, pos: number) {
    if (!this.$server) return null;
    const reply = JSON.parse(await this.$server.hover(this.version, view.state.doc.toString(), pos));
    if (!reply.text) return null;
    return {
      pos: reply.from, end: reply.to, above: true,
      create: () => { const dom = document.createElement('div'); dom.className = 'ph-hover'; dom.textContent = reply.text; return { dom }; },
    };
  }
}

customElements.define('schema-code-editor', SchemaCodeEditor);
