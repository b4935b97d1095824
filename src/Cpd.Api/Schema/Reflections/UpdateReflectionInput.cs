using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Reflections;

/// <summary>Changes to the text of one of the caller's reflections: a field left null keeps its text, an empty one clears it (but whatDidNotWork, which is required).</summary>
/// <param name="Id">The reflection's global id.</param>
/// <param name="ExpectedVersion">The version read; a newer stored version refuses the change with <c>CONFLICT</c>.</param>
/// <param name="WhatDidNotWork">New text for what did not work.</param>
/// <param name="WhatWorked">New text for what worked.</param>
/// <param name="WhatIdDoDifferently">New text for what the member would do differently.</param>
public sealed record UpdateReflectionInput(
    [property: GraphQLType("ID!")] string Id,
    long ExpectedVersion,
    string? WhatDidNotWork = null,
    string? WhatWorked = null,
    string? WhatIdDoDifferently = null) : MutationInput;
