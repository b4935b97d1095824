using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Validation;

/// <summary>
/// Tracks where a walk over an executable document is in the schema, as graphql-js's <c>TypeInfo</c>:
/// call <see cref="Enter"/> before a node's visitors and <see cref="Leave"/> after them.
/// </summary>
public sealed class TypeInfo
{
    private readonly ISchema _schema;
    private readonly NodeStack<IOutputType> _typeStack = new();
    private readonly NodeStack<INamedType> _parentTypeStack = new();
    private readonly NodeStack<IInputType> _inputTypeStack = new();
    private readonly NodeStack<OutputField> _fieldDefStack = new();
    private readonly NodeStack<ValueNode> _defaultValueStack = new();

    /// <summary>Creates a type info for a schema.</summary>
    /// <param name="schema">The schema.</param>
    public TypeInfo(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
    }

    /// <summary>The output type of the current field, operation or fragment, or <see langword="null"/> when unknown.</summary>
    public IOutputType? Type => _typeStack.Peek();

    /// <summary>The composite type (object, interface or union) whose selection set the walk is in, or <see langword="null"/>.</summary>
    public INamedType? ParentType => _parentTypeStack.Peek();

    /// <summary>The input type expected for the current argument or value, or <see langword="null"/>.</summary>
    public IInputType? InputType => _inputTypeStack.Peek();

    /// <summary>The input type one level up from <see cref="InputType"/> (the list or input object around it), or <see langword="null"/>.</summary>
    public IInputType? ParentInputType => _inputTypeStack.PeekParent();

    /// <summary>The definition of the current field, or <see langword="null"/>.</summary>
    public OutputField? FieldDef => _fieldDefStack.Peek();

    /// <summary>The default value of the current argument or input field, or <see langword="null"/>.</summary>
    public ValueNode? DefaultValue => _defaultValueStack.Peek();

    /// <summary>The directive being visited, or <see langword="null"/>.</summary>
    public DirectiveType? Directive { get; private set; }

    /// <summary>The definition of the current argument, or <see langword="null"/>.</summary>
    public Argument? Argument { get; private set; }

    /// <summary>The enum value being visited, or <see langword="null"/>.</summary>
    public EnumValue? EnumValue { get; private set; }

    /// <summary>The field a selection of <paramref name="fieldName"/> on <paramref name="parentType"/> selects, including the meta-fields.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="parentType">A composite type.</param>
    /// <param name="fieldName">The field's name.</param>
    /// <returns>The field, or <see langword="null"/> when the type has none of that name.</returns>
    public static OutputField? GetFieldDef(ISchema schema, INamedType parentType, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(parentType);
        ArgumentNullException.ThrowIfNull(fieldName);
        if (fieldName.Length > 2 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            switch (fieldName)
            {
                case "__schema":
                    return ReferenceEquals(schema.QueryType, parentType) ? Introspection.SchemaField : null;
                case "__type":
                    return ReferenceEquals(schema.QueryType, parentType) ? Introspection.TypeField : null;
                case "__typename":
                    return Introspection.TypeNameField;
            }
        }

        return parentType is IComplexOutputType complex ? complex.Fields.Find(fieldName) : null;
    }

    /// <summary>Updates the state on entering a node.</summary>
    /// <param name="node">The node.</param>
    public void Enter(AstNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node.Kind)
        {
            case NodeKind.SelectionSet:
                {
                    var namedType = Type?.NamedType();
                    _parentTypeStack.Push(namedType is not null && namedType.IsCompositeType() ? namedType : null);
                    break;
                }

            case NodeKind.Field:
                {
                    var parentType = ParentType;
                    OutputField? fieldDef = null;
                    if (parentType is not null)
                    {
                        fieldDef = GetFieldDef(_schema, parentType, ((FieldNode)node).Name.Value);
                    }

                    _fieldDefStack.Push(fieldDef);
                    _typeStack.Push(fieldDef?.Type);
                    break;
                }

            case NodeKind.Directive:
                Directive = _schema.GetDirective(((DirectiveNode)node).Name.Value);
                break;

            case NodeKind.OperationDefinition:
                _typeStack.Push(_schema.GetRootType(((OperationDefinitionNode)node).Operation));
                break;

            case NodeKind.InlineFragment:
                {
                    var condition = ((InlineFragmentNode)node).TypeCondition;
                    var type = condition is not null ? TypeFromAst.GetType(_schema, condition) : Type?.NamedType();
                    _typeStack.Push(type is IOutputType output && type.IsOutputType() ? output : null);
                    break;
                }

            case NodeKind.FragmentDefinition:
                {
                    var type = TypeFromAst.GetType(_schema, ((FragmentDefinitionNode)node).TypeCondition);
                    _typeStack.Push(type is IOutputType output && type.IsOutputType() ? output : null);
                    break;
                }

            case NodeKind.VariableDefinition:
                {
                    var type = TypeFromAst.GetType(_schema, ((VariableDefinitionNode)node).Type);
                    _inputTypeStack.Push(type is IInputType input && type.IsInputType() ? input : null);
                    break;
                }

            case NodeKind.Argument:
                {
                    Argument? argDef = null;
                    var name = ((ArgumentNode)node).Name.Value;
                    if (Directive is { } directive)
                    {
                        argDef = directive.Arguments.Find(name);
                    }
                    else if (FieldDef is { } fieldDef)
                    {
                        argDef = fieldDef.Arguments.Find(name);
                    }

                    Argument = argDef;
                    _defaultValueStack.Push(argDef?.DefaultValue);
                    _inputTypeStack.Push(argDef?.Type);
                    break;
                }

            case NodeKind.ListValue:
                {
                    var listType = InputType?.NullableType() as ListType;
                    _defaultValueStack.Push(null);
                    _inputTypeStack.Push(listType?.OfType as IInputType);
                    break;
                }

            case NodeKind.ObjectField:
                {
                    InputField? inputField = null;
                    if (InputType?.NamedType() is InputObjectType objectType)
                    {
                        inputField = objectType.Fields.Find(((ObjectFieldNode)node).Name.Value);
                    }

                    _defaultValueStack.Push(inputField?.DefaultValue);
                    _inputTypeStack.Push(inputField?.Type);
                    break;
                }

            case NodeKind.EnumValue:
                EnumValue = InputType?.NamedType() is EnumType enumType ? enumType.GetValue(((EnumValueNode)node).Value) : null;
                break;
        }
    }

    /// <summary>Restores the state on leaving a node.</summary>
    /// <param name="node">The node.</param>
    public void Leave(AstNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node.Kind)
        {
            case NodeKind.SelectionSet:
                _parentTypeStack.Pop();
                break;
            case NodeKind.Field:
                _fieldDefStack.Pop();
                _typeStack.Pop();
                break;
            case NodeKind.Directive:
                Directive = null;
                break;
            case NodeKind.OperationDefinition:
            case NodeKind.InlineFragment:
            case NodeKind.FragmentDefinition:
                _typeStack.Pop();
                break;
            case NodeKind.VariableDefinition:
                _inputTypeStack.Pop();
                break;
            case NodeKind.Argument:
                Argument = null;
                _defaultValueStack.Pop();
                _inputTypeStack.Pop();
                break;
            case NodeKind.ListValue:
            case NodeKind.ObjectField:
                _defaultValueStack.Pop();
                _inputTypeStack.Pop();
                break;
            case NodeKind.EnumValue:
                EnumValue = null;
                break;
        }
    }

    /// <summary>A stack of possibly-null entries that never shrinks its buffer.</summary>
    private sealed class NodeStack<T>
        where T : class
    {
        private T?[] _items = new T?[16];
        private int _count;

        public void Push(T? item)
        {
            if (_count == _items.Length)
            {
                Array.Resize(ref _items, _count * 2);
            }

            _items[_count++] = item;
        }

        public void Pop()
        {
            if (_count > 0)
            {
                _items[--_count] = null;
            }
        }

        public T? Peek() => _count > 0 ? _items[_count - 1] : null;

        public T? PeekParent() => _count > 1 ? _items[_count - 2] : null;
    }
}
