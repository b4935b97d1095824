namespace Cpd.Api.Schema.Employments;

/// <summary>The employments feature's registration.</summary>
public static class EmploymentsSchema
{
    /// <summary>Adds <c>recordEmployment</c>, <c>updateEmployment</c> and <c>endEmployment</c>.</summary>
    /// <param name="schema">The schema builder.</param>
    /// <returns>The builder.</returns>
    public static CpdSchemaBuilder AddEmployments(this CpdSchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return schema.AddTypeExtension<EmploymentMutations>();
    }
}
