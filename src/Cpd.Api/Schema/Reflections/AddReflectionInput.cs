using Cpd.Api.Schema.Common;
using Cpd.Domain.Reflections;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Reflections;

/// <summary>A new reflection of the caller's, on one of their experiences or general.</summary>
/// <param name="ExperienceId">The experience it is about (one reflection per experience), or null for a general reflection.</param>
/// <param name="WhatDidNotWork">What did not work (required: it is the point; at most 10,000 characters).</param>
/// <param name="WhatWorked">What worked (at most 10,000 characters).</param>
/// <param name="WhatIdDoDifferently">What the member would do differently (at most 10,000 characters).</param>
/// <param name="Visibility">Who may read it; PRIVATE when omitted.</param>
public sealed record AddReflectionInput(
    [property: GraphQLType("ID")] string? ExperienceId,
    string WhatDidNotWork,
    string? WhatWorked = null,
    string? WhatIdDoDifferently = null,
    [property: GraphQLDescription("Who may read it; PRIVATE when omitted.")] ReflectionVisibility? Visibility = null) : MutationInput;
