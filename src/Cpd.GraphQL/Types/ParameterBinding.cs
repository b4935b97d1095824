using System.Reflection;

namespace Cpd.GraphQL.Types;

/// <summary>Where a resolver method parameter's value comes from.</summary>
internal enum ParameterSource
{
    Argument,
    CancellationToken,
    Context,
    Service,
    Parent,
}

/// <summary>A resolver method parameter and the source of its value (for arguments, the GraphQL argument name).</summary>
internal sealed record ParameterBinding(ParameterInfo Parameter, ParameterSource Source, string? ArgumentName = null);
