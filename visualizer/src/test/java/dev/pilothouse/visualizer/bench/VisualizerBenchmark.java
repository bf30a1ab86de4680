package dev.pilothouse.visualizer.bench;

import dev.pilothouse.schema.graphql.SchemaSyntax;
import dev.pilothouse.schema.model.ModelBuilder;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.visualizer.diagram.Diagram;
import dev.pilothouse.visualizer.diagram.DiagramAssembler;
import dev.pilothouse.visualizer.flow.Channel;
import dev.pilothouse.visualizer.flow.FlowModel;
import dev.pilothouse.visualizer.layout.Layouter;
import dev.pilothouse.visualizer.schema.SchemaDiagram;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Layout of a generated 500-table schema (cold caches), re-layout after adding one table (warm caches, previous
 * layout given), and how many flow events per second one thread can record. See docs/benchmarks.md.
 */
public class VisualizerBenchmark {

    /** 500 tables in chains of ten (each refers to the one before), with keys, indexes and timestamps. */
    static String schema(int tables) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tables; i++) {
            b.append("type T")
                    .append(i)
                    .append(" @table @export {\n  id: ID @primaryKey\n  name: String @indexed\n")
                    .append("  amount: Int\n  createdAt: Date @createdTime\n");
            if (i % 10 != 0) {
                b.append("  prevId: ID @indexed\n  prev: T").append(i - 1).append(" @relationship(from: \"prevId\")\n");
            }
            b.append("}\n");
        }
        return b.toString();
    }

    static SchemaModel model(String text) {
        return ModelBuilder.build(SchemaSyntax.parse(text).document());
    }

    @State(Scope.Benchmark)
    public static class Schemas {
        SchemaModel base = model(schema(500));
        SchemaModel plusOne = model(schema(500)
                + "type Extra @table { id: ID @primaryKey\n  t5Id: ID\n  t5: T5 @relationship(from: \"t5Id\") }\n");
        SchemaDiagram warm;
        Diagram previous;

        @Setup(Level.Invocation)
        public void warmUp() {
            warm = new SchemaDiagram(new DiagramAssembler(new Layouter(Runnable::run, 8)));
            previous = warm.draw(base);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Diagram layout500Tables(Schemas s) {
        return new SchemaDiagram(new DiagramAssembler(new Layouter(Runnable::run, 8))).draw(s.base);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Diagram relayoutAfterAddingOneTable(Schemas s) {
        return s.warm.draw(s.plusOne, s.previous.layout());
    }

    @State(Scope.Benchmark)
    public static class Flow {
        FlowModel model = FlowModel.withDefaults();
        String[] tables = new String[200];
        int next;

        @Setup
        public void names() {
            for (int i = 0; i < tables.length; i++) {
                tables[i] = "T" + i;
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void flowEvent(Flow f) {
        f.model.outbound(Channel.WEBSOCKET, f.tables[f.next++ % 200], "console", 64);
    }
}
