package dev.pilothouse.schema.bench;

/** A realistic generated schema: descriptions, comments, relationships and indexes, about 20 lines per table. */
public final class SchemaGenerator {

    private SchemaGenerator() {}

    public static String tables(int count) {
        StringBuilder sb = new StringBuilder(count * 700);
        sb.append("# Generated schema for the Pilothouse benchmarks\n\n");
        for (int i = 0; i < count; i++) {
            String parent = "Table" + Math.max(0, i - 1);
            sb.append("\"\"\"\nRecords of kind ")
                    .append(i)
                    .append(".\nKept for audit and reporting.\n\"\"\"\n")
                    .append("type Table")
                    .append(i)
                    .append(" @table(database: \"app\", expiration: 3600) @export {\n")
                    .append("  id: ID @primaryKey\n")
                    .append("  \"Display name\"\n")
                    .append("  name: String! @indexed\n")
                    .append("  code: String @indexed\n")
                    .append("  amount: Float\n")
                    .append("  quantity: Int\n")
                    .append("  # foreign key to the parent table\n")
                    .append("  parentId: ID @indexed\n")
                    .append("  parent: ")
                    .append(parent)
                    .append(" @relationship(from: \"parentId\")\n")
                    .append("  tags: [String] @indexed\n")
                    .append("  active: Boolean\n")
                    .append("  createdAt: Date @createdTime\n")
                    .append("  updatedAt: Date @updatedTime\n")
                    .append("  notes: String\n")
                    .append("}\n\n");
        }
        return sb.toString();
    }
}
