using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Common;

/// <summary>
/// Loads one node of a type by its database id for the caller of <paramref name="context"/>: <see langword="null"/> when
/// there is none, an <see cref="ApiError.Forbidden"/> exception when the caller may not see it — exactly what the type's
/// own query answers, so that <c>node(id:)</c> never bypasses an access rule.
/// </summary>
/// <param name="context">The resolver's context (services, cancellation, DataLoaders).</param>
/// <param name="id">The database id decoded from the global id.</param>
/// <returns>The node, or <see langword="null"/>.</returns>
public delegate ValueTask<INode?> NodeLoader(IResolverContext context, long id);
