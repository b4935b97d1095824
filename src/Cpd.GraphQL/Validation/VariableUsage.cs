using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Validation;

/// <summary>Where a variable is used: the variable node and the input type expected at that position.</summary>
/// <param name="Node">The variable as written.</param>
/// <param name="Type">The input type expected where it is used, or <see langword="null"/> when unknown.</param>
/// <param name="ParentType">The input type around that position (e.g. the input object or list), or <see langword="null"/>.</param>
/// <param name="DefaultValue">The default of the argument or input field it is passed to, if any.</param>
public readonly record struct VariableUsage(VariableNode Node, IInputType? Type, IInputType? ParentType, ValueNode? DefaultValue);
