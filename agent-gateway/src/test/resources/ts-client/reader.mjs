// An agent written against the official TypeScript MCP SDK that reads the tables named in READ_TABLES (a JSON
// array) with query_table and prints as its last line one JSON object: per table, whether the tool refused, its
// text and the rows it returned, for the Java test to search.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const [url, token] = process.argv.slice(2);
const transport = new StreamableHTTPClientTransport(new URL(url), {
  requestInit: { headers: { Authorization: `Bearer ${token}` } },
});
const client = new Client({ name: "pilothouse-reading-agent", version: "1.0.0" });
await client.connect(transport);

const out = {};
for (const table of JSON.parse(process.env.READ_TABLES)) {
  const result = await client.callTool({ name: "query_table", arguments: { table, limit: 10 } });
  out[table] = {
    isError: result.isError ?? false,
    text: result.content?.map((c) => c.text ?? "").join("\n") ?? "",
    rows: result.structuredContent?.rows ?? null,
  };
}
await client.close();
console.log(JSON.stringify(out));
