using Cpd.GraphQL.Language;

namespace Cpd.GraphQL.Validation;

/// <summary>
/// A validation rule, as graphql-js models one: given the context of one validation it returns the
/// visitor that checks the document (a fresh one per validation, so a rule's state never leaks).
/// The visitor reports problems through <see cref="AstValidationContext.ReportError"/>.
/// </summary>
/// <param name="context">The context of the validation being run.</param>
/// <returns>The visitor to run in the validation's single walk.</returns>
public delegate AstVisitor ValidationRule(ValidationContext context);
