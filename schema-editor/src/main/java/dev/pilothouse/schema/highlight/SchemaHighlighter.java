package dev.pilothouse.schema.highlight;

import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.internal.parser.LexToken;
import dev.pilothouse.schema.internal.parser.RangeLexer;
import dev.pilothouse.schema.internal.parser.RestartPoints;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Highlighting of schema.graphql as token spans. A pure function of the snapshot: the requested range is widened
 * to restart points (line starts outside block strings) and only that is lexed, so re-highlighting an edited line
 * costs a line. Token kinds come from the lexer plus the context of the same line (see {@link SpanClassifier}),
 * which is why a range's spans always equal the same slice of a whole-document highlight.
 */
public final class SchemaHighlighter {

    public static final int DEFAULT_MAX_SPANS = 200_000;
    public static final int DEFAULT_MAX_SPANS_PER_LINE = 5_000;

    private static final Logger LOG = LoggerFactory.getLogger(SchemaHighlighter.class);

    private final int maxSpans;
    private final int maxSpansPerLine;

    public SchemaHighlighter() {
        this(DEFAULT_MAX_SPANS, DEFAULT_MAX_SPANS_PER_LINE);
    }

    /** Caps keep a pathological file (a minified megabyte on one line) from freezing an editor. */
    public SchemaHighlighter(int maxSpans, int maxSpansPerLine) {
        if (maxSpans <= 0 || maxSpansPerLine <= 0) {
            throw new IllegalArgumentException("caps must be positive");
        }
        this.maxSpans = maxSpans;
        this.maxSpansPerLine = maxSpansPerLine;
    }

    /**
     * Spans covering at least {@code [start, end)}; the result's own start and end give the widened range that was
     * recomputed, and its version is the snapshot's.
     */
    public TokenSpans highlight(DocumentSnapshot snapshot, int start, int end) {
        String text = snapshot.text();
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        RestartPoints points = RestartPoints.of(text);
        int from = points.safeStart(s);
        int to = Math.max(from, points.safeEnd(Math.max(e, s + 1)));
        List<LexToken> tokens = RangeLexer.lex(text, from, to);
        TokenSpans.Builder out = new TokenSpans.Builder(from);
        SpanClassifier.Result result = SpanClassifier.classify(tokens, out, maxSpans, maxSpansPerLine);
        if (result.linesCapped() > 0) {
            LOG.warn(
                    "{}: {} line(s) have more than {} tokens; the rest of those lines is not highlighted",
                    snapshot.uri(),
                    result.linesCapped(),
                    maxSpansPerLine);
        }
        if (result.totalCapped()) {
            LOG.warn(
                    "{}: more than {} tokens in [{}, {}); highlighting stopped at offset {}",
                    snapshot.uri(),
                    maxSpans,
                    from,
                    to,
                    result.stoppedAt());
        }
        return out.build(snapshot.version(), to);
    }

    public TokenSpans highlightAll(DocumentSnapshot snapshot) {
        return highlight(snapshot, 0, snapshot.text().length());
    }
}
