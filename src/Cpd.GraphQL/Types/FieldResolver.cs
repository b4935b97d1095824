namespace Cpd.GraphQL.Types;

/// <summary>Produces the value of a field. Returns synchronously through <see cref="ValueTask{TResult}"/> when it can.</summary>
/// <param name="context">The field's context: parent value, arguments, services, cancellation.</param>
/// <returns>The field's runtime value.</returns>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);
