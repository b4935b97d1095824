using System.Runtime.CompilerServices;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Validation;

/// <summary>
/// Finds the variables used in one operation or fragment (not through spreads, not in variable
/// definitions) with the input type expected at each, in document order: what a walk with a fresh
/// <see cref="TypeInfo"/> reports at each variable, computed by a direct descent that looks only at
/// fields, arguments, directives and values.
/// </summary>
internal sealed class VariableUsageCollector(ISchema schema)
{
    private List<VariableUsage> _usages = [];

    public List<VariableUsage> Collect(ExecutableDefinitionNode definition)
    {
        _usages = [];
        INamedType? type = definition switch
        {
            OperationDefinitionNode operation => schema.GetRootType(operation.Operation),
            FragmentDefinitionNode fragment => TypeFromAst.GetType(schema, fragment.TypeCondition) as INamedType,
            _ => null,
        };
        Directives(definition.Directives, null);
        SelectionSet(definition.SelectionSet, type is not null && type.IsCompositeType() ? type : null);
        return _usages;
    }

    /// <summary>Whether any operation or fragment of the document uses a variable (where <see cref="Collect"/> would find one).</summary>
    public static bool AnyUsage(DocumentNode document)
    {
        var definitions = document.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i] is ExecutableDefinitionNode definition
                && (AnyUsage(definition.Directives) || AnyUsage(definition.SelectionSet)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyUsage(SelectionSetNode selectionSet)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            var selection = selections[i];
            if (AnyUsage(selection.Directives))
            {
                return true;
            }

            switch (selection)
            {
                case FieldNode field:
                    if (AnyUsage(field.Arguments) || (field.SelectionSet is { } fieldSet && AnyUsage(fieldSet)))
                    {
                        return true;
                    }

                    break;
                case InlineFragmentNode inline:
                    if (AnyUsage(inline.SelectionSet))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    private static bool AnyUsage(IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            if (AnyUsage(directives[i].Arguments))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyUsage(IReadOnlyList<ArgumentNode> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (AnyUsage(arguments[i].Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyUsage(ValueNode value)
    {
        switch (value)
        {
            case VariableNode:
                return true;
            case ListValueNode list:
                RuntimeHelpers.EnsureSufficientExecutionStack();
                for (var i = 0; i < list.Values.Count; i++)
                {
                    if (AnyUsage(list.Values[i]))
                    {
                        return true;
                    }
                }

                return false;
            case ObjectValueNode obj:
                RuntimeHelpers.EnsureSufficientExecutionStack();
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    if (AnyUsage(obj.Fields[i].Value))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private void SelectionSet(SelectionSetNode selectionSet, INamedType? parentType)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    {
                        var fieldDef = parentType is null ? null : TypeInfo.GetFieldDef(schema, parentType, field.Name.Value);
                        foreach (var argument in field.Arguments)
                        {
                            var argDef = fieldDef?.Arguments.Find(argument.Name.Value);
                            Value(argument.Value, argDef?.Type, null, argDef?.DefaultValue);
                        }

                        Directives(field.Directives, fieldDef);
                        if (field.SelectionSet is { } fieldSet)
                        {
                            var named = fieldDef?.Type.NamedType();
                            SelectionSet(fieldSet, named is not null && named.IsCompositeType() ? named : null);
                        }

                        break;
                    }

                case InlineFragmentNode inline:
                    {
                        var type = inline.TypeCondition is { } condition ? TypeFromAst.GetType(schema, condition) as INamedType : parentType;
                        Directives(inline.Directives, null);
                        SelectionSet(inline.SelectionSet, type is not null && type.IsCompositeType() ? type : null);
                        break;
                    }

                case FragmentSpreadNode spread:
                    Directives(spread.Directives, null);
                    break;
            }
        }
    }

    private void Directives(IReadOnlyList<DirectiveNode> directives, OutputField? fieldDef)
    {
        foreach (var directive in directives)
        {
            var directiveDef = schema.GetDirective(directive.Name.Value);
            foreach (var argument in directive.Arguments)
            {
                // As TypeInfo: the directive's arguments, or the enclosing field's when the directive is unknown.
                var argDef = directiveDef is not null ? directiveDef.Arguments.Find(argument.Name.Value) : fieldDef?.Arguments.Find(argument.Name.Value);
                Value(argument.Value, argDef?.Type, null, argDef?.DefaultValue);
            }
        }
    }

    private void Value(ValueNode value, IInputType? type, IInputType? parentType, ValueNode? defaultValue)
    {
        switch (value)
        {
            case VariableNode variable:
                _usages.Add(new VariableUsage(variable, type, parentType, defaultValue));
                break;
            case ListValueNode list:
                {
                    RuntimeHelpers.EnsureSufficientExecutionStack();
                    var itemType = (type?.NullableType() as ListType)?.OfType as IInputType;
                    foreach (var item in list.Values)
                    {
                        Value(item, itemType, type, null);
                    }

                    break;
                }

            case ObjectValueNode obj:
                {
                    RuntimeHelpers.EnsureSufficientExecutionStack();
                    var objectType = type?.NamedType() as InputObjectType;
                    foreach (var field in obj.Fields)
                    {
                        var inputField = objectType?.Fields.Find(field.Name.Value);
                        Value(field.Value, inputField?.Type, type, inputField?.DefaultValue);
                    }

                    break;
                }
        }
    }
}
