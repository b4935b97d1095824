// The GraphiQL IDE page script: GraphiQL talking to the endpoint that served the page (same path, POST).
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';

const endpoint = window.location.pathname;
const fetcher = async params => {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
};

createRoot(document.getElementById('graphiql')).render(createElement(GraphiQL, { fetcher }));
