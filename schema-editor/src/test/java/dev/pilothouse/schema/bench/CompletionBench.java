package dev.pilothouse.schema.bench;

import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.complete.Completion;
import dev.pilothouse.schema.complete.CompletionService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Completion latency at a few carets in the 1,000-table schema, with the version already analysed. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CompletionBench {

    @Param({"directive", "type", "relationshipFrom"})
    public String caret;

    private DocumentSnapshot snapshot;
    private CompletionService completion;
    private int offset;

    @Setup
    public void setUp() {
        String text = SchemaGenerator.tables(1_000);
        snapshot = new DocumentSnapshot("bench.graphql", 1, text);
        LanguageService service = new LanguageService();
        completion = new CompletionService(service);
        service.analyze(snapshot);
        int mid = text.indexOf("type Table500 ");
        offset = switch (caret) {
            case "directive" -> text.indexOf("@indexed", mid) + 1;
            case "type" -> text.indexOf("amount: ", mid) + "amount: ".length();
            default -> text.indexOf("from: \"", mid) + "from: \"".length();
        };
    }

    @Benchmark
    public List<Completion> complete() {
        return completion.complete(snapshot, offset);
    }
}
