using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Accreditation;

/// <summary><c>RequirementInput</c> as a <c>@oneOf</c> input object: exactly one kind per node.</summary>
public sealed class RequirementInputType : InputObjectType<RequirementInput>
{
    /// <inheritdoc/>
    protected override void Configure(IInputObjectTypeDescriptor<RequirementInput> descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Name("RequirementInput").OneOf();
    }
}
