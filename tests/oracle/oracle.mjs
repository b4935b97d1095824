// graphql-js as an oracle for Cpd.GraphQL's differential tests.
//
// One process serves a whole test run: it reads one JSON request per line on stdin and writes one
// JSON response per line on stdout, in order. A request is { "op": ..., ...arguments }; a response
// is { "ok": true, "result": ... } or { "ok": false, "error": "..." }.
//
// Ops:
//   version                                  -> { graphql, node }
//   introspectionQueries                     -> { standard, full } (query texts)
//   describeSchema { sdl }                   -> { printed, introspection } (graphql-js's own view)
//   validate { schemas: {name: sdl}, documents: [{ name, schema, text }] }
//                                            -> [{ name, parseError?, errors, rules, printed? }]
//   execute { sdl, data, cases: [{ name, text, variables?, operationName? }] }
//                                            -> [{ name, result }]
//   roundTrip { introspection }              -> { printed } (buildClientSchema + printSchema)
//   buildSchemas { documents: [{ name, text }] }
//                                            -> [{ name, parseError? | sdlErrors? | buildError? | schemaErrors? | printed? }]
import { createInterface } from 'node:readline';
import {
  buildASTSchema,
  buildClientSchema,
  buildSchema,
  executeSync,
  getIntrospectionQuery,
  parse,
  print,
  printSchema,
  specifiedRules,
  validate,
  validateSchema,
  version,
} from 'graphql';
import { validateSDL } from 'graphql/validation/validate.js';
import { executeCases } from './execution.mjs';
import { fullIntrospectionOptions } from './introspection-options.mjs';

/** The standard query: getIntrospectionQuery() with its default options (the benchmark's query). */
const standardIntrospectionQuery = getIntrospectionQuery();

/** Every option on: what the introspection round trip and comparison use. */
const fullIntrospectionQuery = getIntrospectionQuery(fullIntrospectionOptions);

function errorJson(error) {
  return {
    message: error.message,
    locations: (error.locations ?? []).map(({ line, column }) => ({ line, column })),
  };
}

function describeSchema({ sdl }) {
  const schema = buildSchema(sdl);
  const introspection = executeSync({ schema, document: parse(fullIntrospectionQuery) });
  return { printed: printSchema(schema), introspection: introspection.data };
}

function validateDocuments({ schemas, documents }) {
  const built = new Map(Object.entries(schemas).map(([name, sdl]) => [name, buildSchema(sdl)]));
  return documents.map(({ name, schema, text }) => {
    const target = built.get(schema);
    if (target === undefined) {
      throw new Error(`Document ${name} names unknown schema ${schema}.`);
    }
    let document;
    try {
      document = parse(text);
    } catch (error) {
      return { name, parseError: errorJson(error), errors: [], rules: {} };
    }
    const printed = print(document);
    const errors = validate(target, document).map(errorJson);
    // Which rules fired (run one at a time): lets the suite prove every rule is exercised.
    const rules = {};
    for (const rule of specifiedRules) {
      const count = validate(target, document, [rule]).length;
      if (count > 0) {
        rules[rule.name] = count;
      }
    }
    return { name, errors, rules, printed };
  });
}

/** Like buildSchema, but keeping every error with its locations: SDL rules first, then schema validation. */
function buildSchemas({ documents }) {
  return documents.map(({ name, text }) => {
    let document;
    try {
      document = parse(text);
    } catch (error) {
      return { name, parseError: errorJson(error) };
    }
    const sdlErrors = validateSDL(document);
    if (sdlErrors.length > 0) {
      return { name, sdlErrors: sdlErrors.map(errorJson) };
    }
    let schema;
    try {
      schema = buildASTSchema(document, { assumeValidSDL: true });
    } catch (error) {
      // e.g. a directive argument the SDL rules let through but the builder cannot coerce
      return { name, buildError: errorJson(error) };
    }
    const schemaErrors = validateSchema(schema);
    if (schemaErrors.length > 0) {
      return { name, schemaErrors: schemaErrors.map(errorJson) };
    }
    return { name, printed: printSchema(schema) };
  });
}

function roundTrip({ introspection }) {
  return { printed: printSchema(buildClientSchema(introspection)) };
}

const handlers = {
  version: () => ({ graphql: version, node: process.versions.node }),
  introspectionQueries: () => ({ standard: standardIntrospectionQuery, full: fullIntrospectionQuery }),
  describeSchema,
  validate: validateDocuments,
  execute: executeCases,
  roundTrip,
  buildSchemas,
};

async function handle(line) {
  try {
    const request = JSON.parse(line);
    const handler = handlers[request.op];
    if (handler === undefined) {
      throw new Error(`Unknown op ${request.op}.`);
    }
    return { ok: true, result: await handler(request) };
  } catch (error) {
    return { ok: false, error: String(error?.stack ?? error) };
  }
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() !== '') {
    process.stdout.write(`${JSON.stringify(await handle(line))}\n`);
  }
}
