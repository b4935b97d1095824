// graphql-js resolvers for the execution differential schema (Corpus/execution/README.md is the
// contract; Cpd.GraphQL's side implements the same table).
import { buildSchema, graphql } from 'graphql';

function fail(message) {
  return () => {
    throw new Error(message);
  };
}

function createResolvers(data) {
  const characters = new Map(data.characters.map((c) => [c.id, c]));
  const starships = new Map(data.starships.map((s) => [s.id, s]));
  const byType = (typename) => (_, { id }) => {
    const found = characters.get(id);
    return found?.__typename === typename ? found : null;
  };
  const friends = (parent) => parent.friends.map((id) => characters.get(id) ?? null);
  const character = {
    friends,
    secretBackstory: fail('secretBackstory is secret.'),
  };
  const echo = (_, { value }) => value;
  const nested = {
    failing: fail('nested failure'),
    failingNonNull: fail('nested non-null failure'),
    nested: ({ depth }) => ({ depth: depth + 1 }),
    list: ({ depth }) => [{ depth: depth + 1 }, { depth: depth + 2 }],
  };
  return {
    Query: {
      hero: (_, { episode }) => characters.get(episode === 'EMPIRE' ? '1000' : '2001'),
      human: byType('Human'),
      droid: byType('Droid'),
      character: (_, { id }) => characters.get(id) ?? null,
      characters: (_, { ids }) => ids.map((id) => characters.get(id) ?? null),
      search: (_, { text }) => {
        const needle = text.toLowerCase();
        return [...data.characters, ...data.starships].filter((x) => x.name.toLowerCase().includes(needle));
      },
      node: (_, { id }) => characters.get(id) ?? starships.get(id) ?? null,
      starships: () => data.starships,
      echoInt: echo,
      echoFloat: echo,
      echoString: echo,
      echoBoolean: echo,
      echoId: echo,
      echoEnum: echo,
      echoList: (_, { values }) => values,
      echoReview: (_, { review }) => review,
      characterBy: (_, { by }) =>
        data.characters.find((c) => (by.id !== undefined ? c.id === by.id : c.name === by.name)) ?? null,
      failing: fail('failing resolver'),
      failingNonNull: fail('failing non-null resolver'),
      nullNonNull: () => null,
      nested: () => ({ depth: 1 }),
      listWithNull: () => ['a', null, 'c'],
      nonNullItemsWithNull: () => ['a', null],
      nonNullListNonNullItemsWithNull: () => ['a', null],
      coercion: () => ({}),
      asyncHero: async () => {
        await null;
        return characters.get('2001');
      },
      asyncFailing: async () => {
        await null;
        throw new Error('async failure');
      },
      asyncNested: async () => {
        await null;
        return { depth: 1 };
      },
    },
    Coercion: {
      intFromFloat: () => 1.5,
      intTooBig: () => 2147483648,
      floatNaN: () => NaN,
      idFromInt: () => 7,
      enumInvalid: () => 'PHANTOM',
      listFromScalar: () => 5,
      nonNullIntFromFloat: () => 1.5,
    },
    Human: {
      ...character,
      height: ({ heightMeters }, { unit }) => (unit === 'FOOT' ? heightMeters * 3.28084 : heightMeters),
      starships: (parent) => parent.starships.map((id) => starships.get(id)),
    },
    Droid: character,
    Nested: nested,
    Mutation: {
      increment: (state, { by }) => {
        state.counter += by;
        return state.counter;
      },
      appendLog: (state, { text }) => {
        state.log.push(text);
        return [...state.log];
      },
      failMutation: fail('mutation failed'),
      failNonNullMutation: fail('non-null mutation failed'),
      incrementAsync: async (state, { by }) => {
        await null;
        const seen = state.counter;
        await null;
        state.counter = seen + by;
        return state.counter;
      },
    },
  };
}

function attach(schema, resolvers) {
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    for (const [fieldName, resolve] of Object.entries(fields)) {
      type.getFields()[fieldName].resolve = resolve;
    }
  }
  return schema;
}

function plain(result) {
  // Drop the prototype-less objects and undefined members so the JSON is the wire shape.
  return JSON.parse(JSON.stringify(result));
}

/** Runs every case (parse, validate, execute) from a fresh state, like one HTTP request each. */
export async function executeCases({ sdl, data, cases }) {
  const schema = attach(buildSchema(sdl), createResolvers(data));
  const results = [];
  for (const { name, text, variables, operationName } of cases) {
    const rootValue = { counter: 0, log: [] };
    const result = await graphql({
      schema,
      source: text,
      rootValue,
      variableValues: variables ?? undefined,
      operationName: operationName ?? undefined,
    });
    results.push({ name, result: plain(result) });
  }
  return results;
}
