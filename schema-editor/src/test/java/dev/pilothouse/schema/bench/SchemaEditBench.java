package dev.pilothouse.schema.bench;

import dev.pilothouse.schema.Analysis;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.SchemaAnalyzer;
import dev.pilothouse.schema.edit.SchemaEdit;
import dev.pilothouse.schema.edit.SchemaEditResult;
import dev.pilothouse.schema.edit.SchemaEditor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One designer operation (parse, locate, edit, re-parse to verify) against the editor's own analysis of the same
 * text, the reference it runs beside. The designer applies operations on the UI thread, so this is the click cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SchemaEditBench {

    @Param({"50", "1000"})
    public int tables;

    private String text;
    private DocumentSnapshot snapshot;

    @Setup
    public void setUp() {
        text = SchemaGenerator.tables(tables);
        snapshot = new DocumentSnapshot("bench.graphql", 1, text);
    }

    @Benchmark
    public Analysis analyzeReference() {
        return SchemaAnalyzer.analyze(snapshot);
    }

    @Benchmark
    public SchemaEditResult addAttribute() {
        return SchemaEditor.apply(text, new SchemaEdit.AddAttribute("Table" + tables / 2, "rating", "Int"));
    }

    @Benchmark
    public SchemaEditResult renameTable() {
        return SchemaEditor.apply(text, new SchemaEdit.RenameTable("Table" + tables / 2, "Renamed"));
    }
}
