// Reference subscriber for the live-delivery benchmark: the npm `mqtt` client (not written here) subscribed to the
// same topic on the same Harper as the bridge. Records carry {run, phase, seq, sentAt}; sentAt is epoch ms (float)
// taken by the writer just before the PUT. Prints READY after the SUBACK, then one JSON result line at the end.
// Usage: node reference-subscriber.mjs URL USER PASSWORD TOPIC RUN EXPECTED_PER_PHASE(comma list) TIMEOUT_S
import mqtt from 'mqtt';
import { performance } from 'node:perf_hooks';

const [url, username, password, topic, run, expectedList, timeoutS] = process.argv.slice(2);
const expected = expectedList.split(',').map(Number);
const phases = expected.map((n) => ({ expected: n, count: 0, first: 0, last: 0, lat: new Float64Array(n) }));
const now = () => performance.timeOrigin + performance.now();
let other = 0;

const client = mqtt.connect(url, { username, password, protocolVersion: 4, clean: true, reconnectPeriod: 0 });
const timer = setTimeout(() => finish('timeout'), Number(timeoutS) * 1000);

client.on('connect', () => {
  client.subscribe(topic, { qos: 1 }, (err, granted) => {
    if (err || !granted || granted[0].qos === 128) {
      console.error('subscribe failed', err, granted);
      process.exit(2);
    }
    console.log('READY');
  });
});
client.on('error', (e) => { console.error('mqtt error', e.message); process.exit(2); });
client.on('message', (_topic, payload) => {
  const t = now();
  let rec;
  try { rec = JSON.parse(payload.toString()); } catch { other++; return; }
  if (!rec || rec.run !== run) { other++; return; }
  const p = phases[rec.phase];
  if (!p || p.count >= p.expected) { other++; return; }
  if (p.count === 0) p.first = t;
  p.last = t;
  p.lat[p.count++] = t - rec.sentAt;
  if (phases.every((q) => q.count >= q.expected)) finish('complete');
});

function pct(sorted, q) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

function finish(reason) {
  clearTimeout(timer);
  const out = { reason, other, phases: phases.map((p) => {
    const s = Float64Array.from(p.lat.subarray(0, p.count)).sort();
    return { count: p.count, firstAt: p.first, lastAt: p.last, p50: pct(s, 0.5), p99: pct(s, 0.99), max: pct(s, 1) };
  }) };
  console.log('RESULT ' + JSON.stringify(out));
  client.end(true, () => process.exit(0));
  setTimeout(() => process.exit(0), 1000).unref();
}
