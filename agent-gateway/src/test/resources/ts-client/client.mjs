// An agent written against the official TypeScript MCP SDK: lists tools, reads the app, queries a table,
// proposes a change and polls its status. Prints one JSON object for the Java test to check.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const [url, token] = process.argv.slice(2);
const transport = new StreamableHTTPClientTransport(new URL(url), {
  requestInit: { headers: { Authorization: `Bearer ${token}` } },
});
const client = new Client({ name: "pilothouse-ts-agent", version: "1.0.0" });
await client.connect(transport);

const tools = (await client.listTools()).tools.map((t) => t.name).sort();
const describe = await client.callTool({ name: "describe_app", arguments: {} });
const query = await client.callTool({ name: "query_table", arguments: { table: "Customer", limit: 10 } });
const proposed = await client.callTool({
  name: "propose_change",
  arguments: { files: { "schema.graphql": process.env.NEW_SCHEMA }, rationale: "Add a Note table for support staff" },
});
let status = null;
for (let i = 0; i < 100; i++) {
  status = await client.callTool({ name: "proposal_status", arguments: { id: proposed.structuredContent.id } });
  if (status.structuredContent.state !== "open" && status.structuredContent.state !== "validating") break;
  await new Promise((resolve) => setTimeout(resolve, 200));
}
console.log(JSON.stringify({
  tools,
  describeError: describe.isError ?? false,
  tables: describe.structuredContent?.tables?.map((t) => t.name ?? t.type ?? t) ?? [],
  rows: query.structuredContent?.rows?.length ?? -1,
  proposal: proposed.structuredContent,
  state: status?.structuredContent?.state,
}));
await client.close();
