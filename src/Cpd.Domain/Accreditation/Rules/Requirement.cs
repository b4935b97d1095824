namespace Cpd.Domain.Accreditation.Rules;

/// <summary>
/// A node of a requirement tree: a composite (<see cref="AllOf"/>, <see cref="AnyOf"/>, <see cref="AtLeast"/>) or a leaf.
/// Trees are plain data built with object initialisers; <see cref="RequirementValidator"/> checks an authored tree and returns
/// field-level errors, and the evaluator compiles a valid tree once into an evaluation plan.
/// </summary>
public abstract record Requirement
{
    private protected Requirement()
    {
    }

    /// <summary>Gets the stable identifier of the node (required on leaves, unique in a tree; optional on composites).</summary>
    public string? Id { get; init; }

    /// <summary>Gets the human description; when absent, reports describe the node from its parameters.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the camelCase name of the node kind as used in paths and the API, e.g. <c>allOf</c> or <c>crossBoundaryTime</c>.</summary>
    public abstract string NodeName { get; }
}
