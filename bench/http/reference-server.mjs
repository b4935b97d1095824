// graphql-http's reference server (graphql-js underneath) serving the load test's schema with the same resolvers
// as bench/http/Cpd.GraphQL.HttpBench. Usage: node reference-server.mjs PORT
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';

const sectors = ['health', 'local-government', 'social-care', 'education', 'policing'];
const schema = buildSchema(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

const organisation = i => ({
  id: `org-${i}`,
  name: `Organisation ${i}`,
  sector: sectors[i % sectors.length],
  members: ({ first }) => Array.from({ length: first }, (_, j) => ({
    id: `org-${i}-m${j}`,
    displayName: `Member ${j} of ${i}`,
    fte: (j + 1) / 10,
  })),
});

const rootValue = {
  organisations: ({ first }) => Array.from({ length: first }, (_, i) => organisation(i)),
};

const handler = createHandler({ schema, rootValue });
const port = Number(process.argv[2] ?? 5302);
createServer((req, res) => {
  if (req.url.startsWith('/graphql')) {
    handler(req, res);
  } else {
    res.writeHead(404).end();
  }
}).listen(port, '127.0.0.1', () => console.log(`reference server on http://127.0.0.1:${port}/graphql`));
