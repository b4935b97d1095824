// progressionCheck overhead: the same members checked against the reference scheme through /graphql and through the
// benchmark host's plain GET /bench/progression (same access check, plan cache, career loading and evaluation, JSON by
// System.Text.Json), side by side in alternating rounds. Run through ./run.sh, which builds the host first.
// Environment: DURATION (seconds per round, default 10), ROUNDS (default 3), CONNECTIONS (default 16), WARMUP (seconds, default 3).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const duration = Number(process.env.DURATION ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 16);
const warmup = Number(process.env.WARMUP ?? 3);
const rounds = Number(process.env.ROUNDS ?? 3);
const port = Number(process.env.PORT ?? 5311);
const asOf = '2026-11-22';
const base = `http://127.0.0.1:${port}`;

// The GraphQL document selects what the plain endpoint writes: the report and its requirement tree (three levels deep).
const node = 'requirementId kind description status measured target shortfall unit projectedMetOn evidenceIds explanation';
const query = `query Check($member: ID!, $scheme: ID!, $asOf: Date) { progressionCheck(memberId: $member, schemeId: $scheme, asOf: $asOf) {
  asOf eligible eligibleFrom eligibleUntil horizonEnd summary requirement { ${node} children { ${node} children { ${node} } } } } }`;

const directory = mkdtempSync(join(tmpdir(), 'cpd-progression-bench-'));
const server = spawn('dotnet', [process.argv[2], '--urls', base], {
  stdio: 'ignore',
  env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Production', DOTNET_gcServer: '1', ConnectionStrings__Cpd: `Data Source=${join(directory, 'bench.db')}` },
});

async function waitForSetup() {
  for (let i = 0; i < 600; i++) {
    try {
      const res = await fetch(`${base}/bench/setup`);
      if (res.ok) return await res.json();
    } catch { /* not listening yet */ }
    await new Promise(r => setTimeout(r, 200));
  }
  throw new Error('the benchmark host did not come up');
}

try {
  const setup = await waitForSetup();
  const headers = { authorization: `Bearer ${setup.key}`, accept: 'application/json' };
  const plainPath = member => `/bench/progression?memberId=${encodeURIComponent(member)}&schemeId=${encodeURIComponent(setup.schemeId)}&asOf=${asOf}`;
  const graphqlBody = member => JSON.stringify({ query, variables: { member, scheme: setup.schemeId, asOf } });

  // Both endpoints must agree on every member before anything is timed.
  let eligible = 0;
  for (const member of setup.memberIds) {
    const plain = await (await fetch(base + plainPath(member), { headers })).json();
    const graphql = await (await fetch(`${base}/graphql`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: graphqlBody(member) })).json();
    const report = graphql.data?.progressionCheck;
    if (!report || report.eligible !== plain.eligible || report.summary !== plain.summary || report.eligibleFrom !== plain.eligibleFrom
      || report.requirement.explanation !== plain.requirement.explanation) {
      throw new Error(`the endpoints disagree for ${member}:\n${JSON.stringify(plain).slice(0, 400)}\n${JSON.stringify(graphql).slice(0, 400)}`);
    }
    if (plain.eligible) eligible++;
  }

  // Each request checks the next member in the same order on both sides.
  const targets = [
    { name: 'GraphQL progressionCheck', request: member => ({ method: 'POST', path: '/graphql', headers: { ...headers, 'content-type': 'application/json' }, body: graphqlBody(member) }) },
    { name: 'plain GET /bench/progression', request: member => ({ method: 'GET', path: plainPath(member), headers }) },
  ];
  const run = (target, seconds) => {
    let next = 0;
    return autocannon({
      url: base, connections, pipelining: 1, duration: seconds,
      requests: [{ setupRequest: req => ({ ...req, ...target.request(setup.memberIds[next++ % setup.memberIds.length]) }) }],
    });
  };

  for (const target of targets) await run(target, warmup);
  const results = targets.map(() => []);
  // Rounds alternate so that a busy machine slows both alike; the median round is reported.
  for (let round = 0; round < rounds; round++) {
    for (let t = 0; t < targets.length; t++) {
      const r = await run(targets[t], duration);
      if (r.non2xx > 0 || r.errors > 0) throw new Error(`${targets[t].name}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
      results[t].push({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total });
    }
  }

  const median = (values, key) => [...values].sort((a, b) => a[key] - b[key])[Math.floor(values.length / 2)][key];
  const rows = targets.map((target, t) => ({ name: target.name, rps: median(results[t], 'rps'), p50: median(results[t], 'p50'), p99: median(results[t], 'p99'), requests: results[t].reduce((s, r) => s + r.requests, 0) }));
  console.log(`${setup.memberIds.length} members (${eligible} eligible), reference scheme v1, asOf ${asOf}; autocannon ${connections} connections, pipelining 1, ${rounds} alternating rounds of ${duration} s after ${warmup} s warm-up, loopback; medians`);
  console.log('endpoint                        req/s    p50 ms   p99 ms   requests');
  for (const r of rows) {
    console.log(`${r.name.padEnd(30)} ${r.rps.toFixed(0).padStart(6)} ${String(r.p50).padStart(9)} ${String(r.p99).padStart(8)} ${String(r.requests).padStart(10)}`);
  }
  const [graphql, plain] = rows;
  console.log(`overhead (plain / GraphQL req/s): ${(plain.rps / graphql.rps).toFixed(2)}x; p99 ${graphql.p99} ms vs ${plain.p99} ms (target <= 1.3x)`);
} finally {
  server.kill('SIGTERM');
  await new Promise(r => setTimeout(r, 500));
  rmSync(directory, { recursive: true, force: true });
}
