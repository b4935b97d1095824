// Load test: Cpd.GraphQL.AspNetCore against graphql-http's reference server (Node), same schema, resolvers and query,
// same autocannon settings, both on loopback. Run through ./run.sh, which builds the .NET server first.
// Environment: DURATION (seconds per round, default 10), ROUNDS (default 3), CONNECTIONS (default 32), WARMUP (seconds, default 3).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const duration = Number(process.env.DURATION ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 32);
const warmup = Number(process.env.WARMUP ?? 3);
const rounds = Number(process.env.ROUNDS ?? 3);
const ourDll = process.argv[2];
const query = readFileSync(new URL('./query.graphql', import.meta.url), 'utf8');
const body = JSON.stringify({ query, operationName: 'Organisations' });

const servers = [
  { name: 'Cpd.GraphQL.AspNetCore', port: 5301, start: port => spawn('dotnet', [ourDll, '--urls', `http://127.0.0.1:${port}`], { stdio: 'ignore', env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Production', DOTNET_gcServer: '1' } }) },
  { name: 'graphql-http (Node)', port: 5302, start: port => spawn('node', [new URL('./reference-server.mjs', import.meta.url).pathname, String(port)], { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } }) },
];

const post = url => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body });

async function waitUntilUp(url) {
  for (let i = 0; i < 300; i++) {
    try {
      const res = await post(url);
      if (res.ok) return await res.text();
    } catch { /* not listening yet */ }
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

const run = (url, seconds) => autocannon({
  url, method: 'POST', body, connections, pipelining: 1, duration: seconds,
  headers: { 'content-type': 'application/json', accept: 'application/json' },
});

const children = servers.map(server => server.start(server.port));
const urls = servers.map(server => `http://127.0.0.1:${server.port}/graphql`);
const runs = servers.map(() => []);
const answers = [];
try {
  for (const url of urls) {
    answers.push(JSON.parse(await waitUntilUp(url)));
  }

  if (JSON.stringify(answers[0]) !== JSON.stringify(answers[1])) {
    throw new Error('The two servers answer the query differently:\n' + JSON.stringify(answers, null, 1));
  }

  for (const url of urls) {
    await run(url, warmup);
  }

  // Rounds alternate between the servers so that a busy machine slows both alike; the median round is reported.
  for (let round = 0; round < rounds; round++) {
    for (let s = 0; s < servers.length; s++) {
      const r = await run(urls[s], duration);
      if (r.non2xx > 0 || r.errors > 0) throw new Error(`${servers[s].name}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
      runs[s].push({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total });
    }
  }
} finally {
  children.forEach(child => child.kill('SIGTERM'));
}

const median = (values, key) => [...values].sort((a, b) => a[key] - b[key])[Math.floor(values.length / 2)][key];
const results = servers.map((server, s) => ({
  name: server.name,
  rps: median(runs[s], 'rps'),
  p50: median(runs[s], 'p50'),
  p99: median(runs[s], 'p99'),
  requests: runs[s].reduce((sum, r) => sum + r.requests, 0),
}));

console.log(`autocannon: ${connections} connections, pipelining 1, ${rounds} alternating rounds of ${duration} s after ${warmup} s warm-up, POST application/json, loopback; medians`);
console.log('server                       req/s     p50 ms   p99 ms   requests');
for (const r of results) {
  console.log(`${r.name.padEnd(26)} ${r.rps.toFixed(0).padStart(8)} ${String(r.p50).padStart(9)} ${String(r.p99).padStart(8)} ${String(r.requests).padStart(10)}`);
}
const [ours, node] = results;
console.log(`ratio (ours / Node): ${(ours.rps / node.rps).toFixed(2)}x requests per second; p99 ${ours.p99} ms vs ${node.p99} ms`);
