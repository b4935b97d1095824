// Cpd.GraphQL against graphql-js 17 on the same machine in the same run (cases: bench/shared/README.md).
//
//   bash bench/compare-graphql.sh [--cpu <n> | --no-pin] [--filter <text>] [--time <s>] [--samples <n>]
//
// For each case it runs our BenchmarkDotNet benchmark (bench/Cpd.Benchmarks, Release, JSON exporter) and then the same case of
// bench/graphql-js/bench.mjs, both pinned to the same core with taskset, so that the two figures of a ratio are measured under the
// same conditions and close together in time. It prints a table (case, ops/s of each engine, ratio, target, met?, bytes allocated
// per operation of ours) and writes it, with the raw figures, to bench/compare/results/. Missed targets are reported, not failed:
// the exit code is non-zero only when a step cannot run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const jsBench = join(root, 'bench', 'graphql-js');
const project = join(root, 'bench', 'Cpd.Benchmarks');
const results = join(import.meta.dirname, 'results');

/** The cases of bench/shared/README.md: graphql-js name, our benchmark method, and the issue's throughput target (× graphql-js). */
const cases = [
  { name: 'parse-introspection-query', method: 'ParseIntrospectionQuery', target: 3 },
  { name: 'validate-introspection-query', method: 'ValidateIntrospectionQuery', target: 10 },
  { name: 'execute-introspection-query', method: 'ExecuteIntrospectionQuery', target: null },
  { name: 'execute-list-1000x5', method: 'ExecuteList1000x5', target: 5 },
  { name: 'end-to-end-small-query', method: 'EndToEndSmallQuery', target: 10 },
];

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback;
}

const filter = option('filter', '');
const jsOptions = ['time', 'samples'].flatMap((name) => (option(name, null) === null ? [] : [`--${name}`, option(name, null)]));
const cpu = option('cpu', '0');
// BenchmarkDotNet's short job warms up for 3 iterations; the validation rules' code needs a few seconds to reach its optimised tier
// (tiered compilation with dynamic PGO), so each case gets 15 warm-up iterations of 0.5 s (`--warmup <n>` to change it).
const warmups = option('warmup', '15');

function fail(message) {
  process.stderr.write(`compare-graphql: ${message}\n`);
  process.exit(1);
}

function run(command, args, { cwd = root, log = null } = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) {
    fail(`${command} could not start: ${result.error.message}`);
  }
  if (log) {
    writeFileSync(log, `$ ${command} ${args.join(' ')}\n${result.stdout}${result.stderr}`, { flag: 'a' });
  }
  if (result.status !== 0) {
    const output = `${result.stdout}${result.stderr}`.trimEnd().split('\n').slice(-40).join('\n');
    fail(`${command} ${args.join(' ')} exited with ${result.status}:\n${output}`);
  }
  return result.stdout;
}

function runPinned(pin, command, args, log) {
  const [head, ...tail] = [...pin.prefix, command, ...args];
  return run(head, tail, { log });
}

/**
 * `taskset -c <cpu>` when the machine allows it, so that both engines run on the same single core. With `--boost <nice>` (root only,
 * Linux autogroups) each benchmark runs in a session of its own whose autogroup has that nice value, so that on a machine busy with
 * other sessions it gets most of its core and wall-clock figures approach processor time; it is off unless asked for, as it slows
 * everybody else's work on that core for the few minutes of the run.
 */
function pinning() {
  const boost = option('boost', null);
  const boosted = boost === null ? [] : ['setsid', 'sh', '-c', `echo ${Number(boost)} > /proc/self/autogroup && exec "$0" "$@"`];
  const boostNote = boost === null ? '' : `, each in its own session with autogroup nice ${Number(boost)} (--boost)`;
  if (process.argv.includes('--no-pin')) {
    return { prefix: boosted, note: `not pinned (--no-pin)${boostNote}` };
  }
  const probe = spawnSync('taskset', ['-c', cpu, 'true']);
  return probe.status === 0
    ? { prefix: [...boosted, 'taskset', '-c', cpu], note: `both engines pinned to CPU ${cpu} (taskset -c ${cpu}), one core each${boostNote}` }
    : { prefix: boosted, note: `not pinned: taskset is unavailable here${boostNote}` };
}

function load() {
  return loadavg().map((value) => value.toFixed(2)).join(', ');
}

/** npm ci when node_modules does not hold the graphql version package-lock.json pins. */
function ensureGraphqlJs() {
  const pinned = JSON.parse(readFileSync(join(jsBench, 'package-lock.json'), 'utf8')).packages['node_modules/graphql'].version;
  const installedPath = join(jsBench, 'node_modules', 'graphql', 'package.json');
  const installed = existsSync(installedPath) ? JSON.parse(readFileSync(installedPath, 'utf8')).version : null;
  if (installed !== pinned) {
    console.log(`npm ci in bench/graphql-js (graphql ${pinned}; installed: ${installed ?? 'none'})`);
    run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: jsBench });
  }
  return pinned;
}

/** Runs our benchmark method alone and returns BenchmarkDotNet's figures for it. */
function runOurs(method, pin, log) {
  const artifacts = join(results, 'BenchmarkDotNet.Artifacts');
  rmSync(join(artifacts, 'results'), { recursive: true, force: true });
  runPinned(
    pin,
    'dotnet',
    ['run', '-c', 'Release', '--no-build', '--project', project, '--', '--filter', `*.GraphQLBenchmarks.${method}`, '--warmupCount', warmups, '--exporters', 'json', '--artifacts', artifacts],
    log,
  );
  const reports = readdirSync(join(artifacts, 'results')).filter((file) => file.endsWith('.json'));
  const benchmark = reports
    .flatMap((file) => JSON.parse(readFileSync(join(artifacts, 'results', file), 'utf8')).Benchmarks)
    .find((entry) => entry.Method === method);
  if (!benchmark?.Statistics) {
    fail(`BenchmarkDotNet wrote no figures for ${method}; see ${relative(root, log)}`);
  }
  const { Median, Min, Max } = benchmark.Statistics;
  return {
    opsPerSec: 1e9 / Median,
    minOpsPerSec: 1e9 / Max,
    maxOpsPerSec: 1e9 / Min,
    bytesPerOp: benchmark.Memory?.BytesAllocatedPerOperation ?? null,
  };
}

/** Runs the graphql-js case alone and returns bench.mjs's line for it. */
function runGraphqlJs(name, pin, log) {
  const args = [join(jsBench, 'bench.mjs'), '--filter', name, ...jsOptions];
  const output = runPinned(pin, process.execPath, args, log);
  const line = output
    .split('\n')
    .filter((text) => text.startsWith('{'))
    .map((text) => JSON.parse(text))
    .find((entry) => entry.name === name);
  return line ?? fail(`bench.mjs printed no figure for ${name}; see ${relative(root, log)}`);
}

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ratioFormat = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function table(rows) {
  const header = ['case', 'Cpd.GraphQL ops/s', 'graphql-js ops/s', 'ratio', 'ratio range', 'target', 'met?', 'ours bytes/op'];
  const body = rows.map((row) => [
    row.name,
    integer.format(row.ours.opsPerSec),
    integer.format(row.js.opsPerSec),
    `${ratioFormat.format(row.ratio)}×`,
    `${ratioFormat.format(row.ours.minOpsPerSec / row.js.maxOpsPerSec)}–${ratioFormat.format(row.ours.maxOpsPerSec / row.js.minOpsPerSec)}×`,
    row.target === null ? '—' : `≥ ${row.target}×`,
    row.target === null ? '—' : row.ratio >= row.target ? 'yes' : 'NO',
    row.ours.bytesPerOp === null ? '?' : integer.format(row.ours.bytesPerOp),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column].length)));
  const numeric = (column) => column > 0 && column !== 6;
  const line = (cells) =>
    `| ${cells.map((cell, column) => (numeric(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (numeric(column) ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

const selected = cases.filter((entry) => entry.name.includes(filter));
if (selected.length === 0) {
  fail(`no case matches --filter ${filter}`);
}
const nodeMajor = Number(process.versions.node.split('.')[0]);
mkdirSync(results, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const log = join(results, `graphql-${stamp}.log`);
const pin = pinning();
const started = { at: new Date().toISOString(), load: load() };

console.log(`Cpd.GraphQL vs graphql-js: ${selected.length} case(s); ${pin.note}.`);
console.log(`Machine: ${cpus().length} logical CPU(s), ${cpus()[0]?.model ?? 'unknown CPU'}; load average ${started.load}.`);
if (nodeMajor < 22) {
  console.log(`Warning: Node ${process.versions.node}; graphql 17 declares Node 22+, use it for published figures.`);
}
const graphqlVersion = ensureGraphqlJs();
console.log('Building bench/Cpd.Benchmarks (Release)...');
run('dotnet', ['build', project, '-c', 'Release', '--nologo', '-v', 'q', '--disable-build-servers'], { log });

const rows = [];
for (const [index, entry] of selected.entries()) {
  const ours = runOurs(entry.method, pin, log);
  const js = runGraphqlJs(entry.name, pin, log);
  const row = { ...entry, ours, js, ratio: ours.opsPerSec / js.opsPerSec };
  rows.push(row);
  console.log(
    `[${index + 1}/${selected.length}] ${entry.name}: Cpd.GraphQL ${integer.format(ours.opsPerSec)} ops/s, ` +
      `graphql-js ${integer.format(js.opsPerSec)} ops/s, ${ratioFormat.format(row.ratio)}× (load ${load()})`,
  );
}

const report = table(rows);
const missed = rows.filter((row) => row.target !== null && row.ratio < row.target);
const summary = [
  '',
  report,
  '',
  `Ratio = Cpd.GraphQL ops/s ÷ graphql-js ops/s, both medians (BenchmarkDotNet's median; bench.mjs's median of its samples).`,
  `Ratio range = slowest of ours ÷ fastest of graphql-js … fastest of ours ÷ slowest of graphql-js.`,
  `graphql-js ${graphqlVersion} on Node ${process.versions.node}; ${run('dotnet', ['--version']).trim()} SDK; ${pin.note}.`,
  `Load average at start ${started.load}, at end ${load()} (${cpus().length} logical CPUs): on a loaded machine absolute ` +
    'figures drop, the ratios (same core, measured back to back) are the meaningful part.',
  missed.length === 0
    ? 'All targets met.'
    : `TARGETS MISSED: ${missed.map((row) => `${row.name} (${ratioFormat.format(row.ratio)}× < ${row.target}×)`).join(', ')}.`,
];
console.log(summary.join('\n'));
writeFileSync(join(results, `graphql-${stamp}.md`), `${summary.join('\n')}\n`);
writeFileSync(
  join(results, `graphql-${stamp}.json`),
  `${JSON.stringify({ started, ended: { at: new Date().toISOString(), load: load() }, pinning: pin.note, node: process.versions.node, graphql: graphqlVersion, rows }, null, 2)}\n`,
);
console.log(`Raw figures and logs: ${relative(root, results)}/graphql-${stamp}.{md,json,log}`);
