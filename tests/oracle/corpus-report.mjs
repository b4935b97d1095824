// Developer aid: what graphql-js says about every document of the differential corpus.
//   node corpus-report.mjs [filter]   prints each document's errors, then how often each rule fired.
// The C# suite reads the corpus itself (CorpusLoader.cs); the file format is in Corpus/README.md.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';

const corpus = join(import.meta.dirname, '..', 'Cpd.GraphQL.Tests', 'Differential', 'Corpus');
const filter = process.argv[2] ?? '';

function* documents(schema) {
  const dir = join(corpus, schema);
  for (const file of readdirSync(dir).sort()) {
    const stem = file.replace(/\.(graphql|json)$/, '');
    if (file === 'schema.graphql' || !/\.(graphql|json)$/.test(file) || file === 'data.json') {
      continue;
    }
    if (file.endsWith('.json')) {
      for (const { name, text } of JSON.parse(readFileSync(join(dir, file), 'utf8'))) {
        yield { name: `${schema}/${stem}/${name}`, text };
      }
      continue;
    }
    let current;
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const header = /^### (\S+)/.exec(line);
      if (header) {
        if (current) yield current;
        current = { name: `${schema}/${stem}/${header[1]}`, lines: [] };
      } else if (current) {
        current.lines.push(line);
      }
    }
    if (current) yield current;
  }
}

const fired = new Map(specifiedRules.map((rule) => [rule.name, { docs: 0, valid: 0 }]));
let total = 0;
for (const schemaName of readdirSync(corpus).filter((d) => !d.includes('.') && d !== 'execution' && d !== 'sdl').sort()) {
  const schema = buildSchema(readFileSync(join(corpus, schemaName, 'schema.graphql'), 'utf8'));
  for (const doc of documents(schemaName)) {
    total++;
    const text = doc.text ?? doc.lines.join('\n').trim();
    let errors;
    let ast;
    try {
      ast = parse(text);
      errors = validate(schema, ast);
    } catch (error) {
      errors = [error];
    }
    if (ast) {
      for (const rule of specifiedRules) {
        const stats = fired.get(rule.name);
        if (validate(schema, ast, [rule]).length > 0) stats.docs++;
      }
    }
    if (doc.name.includes(filter) && filter !== '') {
      console.log(`${doc.name}: ${errors.length === 0 ? 'valid' : ''}`);
      for (const e of errors) console.log(`   ${e.message} ${JSON.stringify(e.locations)}`);
    }
  }
}
console.log(`${total} documents`);
for (const [name, { docs }] of fired) console.log(`${String(docs).padStart(4)}  ${name}`);
