// A hostile agent written against the official TypeScript MCP SDK: proposes app files whose module body tries
// every forbidden act, polls proposal_status until validation is done, and prints as its last line one JSON object
// with the proposal, the final status and everything the gateway sent it, for the Java test to search.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const [url, token] = process.argv.slice(2);
const transport = new StreamableHTTPClientTransport(new URL(url), {
  requestInit: { headers: { Authorization: `Bearer ${token}` } },
});
const client = new Client({ name: "pilothouse-hostile-agent", version: "1.0.0" });
await client.connect(transport);

const seen = [];
async function call(name, args) {
  const result = await client.callTool({ name, arguments: args });
  seen.push(JSON.stringify(result));
  return result;
}

const tools = (await client.listTools()).tools.map((t) => t.name).sort();
const proposed = await call("propose_change", {
  files: { "schema.graphql": process.env.HOSTILE_SCHEMA, "resources.js": process.env.HOSTILE_RESOURCES },
  rationale: "Add a status report for the support team",
});
if (proposed.isError) {
  console.log(JSON.stringify({ tools, proposal: null, error: proposed.content?.[0]?.text }));
  process.exit(0);
}
const id = proposed.structuredContent.id;
const deadline = Date.now() + Number(process.env.POLL_SECONDS ?? 240) * 1000;
let status = null;
while (Date.now() < deadline) {
  status = await call("proposal_status", { id });
  const state = status.structuredContent.state;
  if (state !== "open" && state !== "validating") break;
  await new Promise((resolve) => setTimeout(resolve, 500));
}
await client.close();
console.log(JSON.stringify({ tools, proposal: proposed.structuredContent, status: status?.structuredContent, seen }));
