// Writes the introspection query texts that the C# side must share with graphql-js:
//   bench/graphql-js/introspection-query.graphql        getIntrospectionQuery() (default options)
//   tests/Cpd.GraphQL.Tests/Differential/Corpus/introspection-full.graphql   every option on
// Run after upgrading graphql: `node tests/oracle/generate.mjs`. The differential suite fails if
// the committed files and graphql-js disagree.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { fullIntrospectionOptions } from './introspection-options.mjs';

const root = join(import.meta.dirname, '..', '..');
writeFileSync(join(root, 'bench', 'graphql-js', 'introspection-query.graphql'), getIntrospectionQuery());
writeFileSync(
  join(root, 'tests', 'Cpd.GraphQL.Tests', 'Differential', 'Corpus', 'introspection-full.graphql'),
  getIntrospectionQuery(fullIntrospectionOptions),
);
