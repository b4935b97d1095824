// graphql-js side of the benchmark comparison (cases and resolvers: bench/shared/README.md).
//
//   npm ci && node bench.mjs [--time <seconds per sample>] [--samples <n>] [--filter <text>]
//
// Prints one JSON line per case: {"name", "opsPerSec", "samples", "minOpsPerSec", "maxOpsPerSec",
// "graphql"}. opsPerSec is the median of the samples, each measured after a warm-up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, execute, parse, validate, version } from 'graphql';

const here = import.meta.dirname;
const shared = join(here, '..', 'shared');

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback;
}

const sampleSeconds = Number(option('time', '1'));
const sampleCount = Number(option('samples', '5'));
const filter = option('filter', '');

function createSchema() {
  const items = Array.from({ length: 1000 }, (_, i) => ({
    id: `item-${i}`,
    name: `Item ${i}`,
    price: i * 1.5,
    quantity: i % 100,
    active: i % 2 === 0,
  }));
  const byId = new Map(items.map((item) => [item.id, item]));
  const schema = buildSchema(readFileSync(join(shared, 'bench-schema.graphql'), 'utf8'));
  const fields = schema.getQueryType().getFields();
  fields.items.resolve = (_, { first }) => (first >= items.length ? items : items.slice(0, first));
  fields.item.resolve = (_, { id }) => byId.get(id) ?? null;
  fields.hello.resolve = (_, { name }) => `Hello, ${name}!`;
  return schema;
}

function mustSucceed(result) {
  if (typeof result?.then === 'function') {
    throw new Error('The benchmark resolvers are synchronous; execute returned a promise.');
  }
  if (result.errors?.length) {
    throw new Error(`Benchmark query failed: ${JSON.stringify(result.errors)}`);
  }
  return result;
}

function mustBeValid(schema, document) {
  const errors = validate(schema, document);
  if (errors.length > 0) {
    throw new Error(`Benchmark query is invalid: ${errors.map((e) => e.message).join('; ')}`);
  }
  return document;
}

const schema = createSchema();
const introspectionText = readFileSync(join(here, 'introspection-query.graphql'), 'utf8');
const introspection = mustBeValid(schema, parse(introspectionText));
const list = mustBeValid(schema, parse(readFileSync(join(shared, 'list-query.graphql'), 'utf8')));
const smallText = readFileSync(join(shared, 'small-query.graphql'), 'utf8');
const smallVariables = { id: 'item-42' };

const cases = [
  ['parse-introspection-query', () => parse(introspectionText)],
  ['validate-introspection-query', () => validate(schema, introspection)],
  ['execute-introspection-query', () => mustSucceed(execute({ schema, document: introspection }))],
  ['execute-list-1000x5', () => mustSucceed(execute({ schema, document: list }))],
  [
    'end-to-end-small-query',
    () => {
      const document = parse(smallText);
      const errors = validate(schema, document);
      if (errors.length > 0) {
        throw new Error('small query invalid');
      }
      return JSON.stringify(execute({ schema, document, variableValues: smallVariables }));
    },
  ],
];

let sink;

/** Runs `run` in batches until `seconds` have passed; returns operations per second. */
function measure(run, seconds) {
  const budget = BigInt(Math.round(seconds * 1e9));
  let batch = 1;
  let operations = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let i = 0; i < batch; i++) {
      sink = run();
    }
    operations += batch;
    elapsed = process.hrtime.bigint() - start;
    if (elapsed < budget / 20n) {
      batch *= 2;
    }
  }
  return operations / (Number(elapsed) / 1e9);
}

for (const [name, run] of cases) {
  if (!name.includes(filter)) {
    continue;
  }
  measure(run, Math.max(0.5, sampleSeconds)); // warm-up: let the JIT settle
  const samples = Array.from({ length: sampleCount }, () => measure(run, sampleSeconds)).sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  process.stdout.write(
    `${JSON.stringify({
      name,
      opsPerSec: Math.round(median * 10) / 10,
      samples: samples.length,
      minOpsPerSec: Math.round(samples[0] * 10) / 10,
      maxOpsPerSec: Math.round(samples.at(-1) * 10) / 10,
      graphql: version,
    })}\n`,
  );
}
if (sink === undefined && cases.length > 0 && filter === '') {
  throw new Error('No case ran.');
}
