using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Types;

/// <summary>The common shape of an <see cref="Argument"/> and an <see cref="InputField"/>.</summary>
public abstract class InputValueDefinition : IHasName
{
    private object? _runtimeDefault;
    private bool _runtimeDefaultCoerced;
    private bool _hasClrDefault;
    private object? _clrDefault;

    /// <summary>Creates an input value.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="type">Its input type.</param>
    /// <param name="defaultValue">Its default value as a literal, if it has one.</param>
    /// <param name="description">Its description.</param>
    /// <param name="deprecationReason">Why it is deprecated (only allowed when it is optional).</param>
    /// <param name="syntaxNode">The SDL definition it was built from.</param>
    protected InputValueDefinition(string name, IInputType type, ValueNode? defaultValue, string? description, string? deprecationReason, AstNode? syntaxNode)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        DefaultValue = defaultValue;
        Description = description;
        DeprecationReason = deprecationReason;
        SyntaxNode = syntaxNode;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The description.</summary>
    public string? Description { get; }

    /// <summary>The input type.</summary>
    public IInputType Type { get; }

    /// <summary>The default value as a literal (what introspection's <c>defaultValue</c> prints), or <see langword="null"/> when there is none.</summary>
    public ValueNode? DefaultValue { get; private set; }

    /// <summary>Whether a default value is defined.</summary>
    public bool HasDefaultValue => DefaultValue is not null || _hasClrDefault;

    /// <summary>The default value coerced to its runtime value (computed once); <see langword="null"/> when there is none.</summary>
    public object? RuntimeDefaultValue
    {
        get
        {
            if (!_runtimeDefaultCoerced)
            {
                Complete();
                var literal = DefaultValue;
                _runtimeDefault = literal is not null && ValueFromAst.TryGetValue(literal, Type, null, out var value) ? value : null;
                _runtimeDefaultCoerced = true;
            }

            return _runtimeDefault;
        }
    }

    /// <summary>Why it is deprecated, or <see langword="null"/>.</summary>
    public string? DeprecationReason { get; }

    /// <summary>Whether it is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The SDL definition it was built from, if any.</summary>
    public AstNode? SyntaxNode { get; }

    /// <summary>Sets a CLR default value, turned into a literal when the schema is completed (code-first defaults).</summary>
    internal void SetClrDefault(object? value)
    {
        _hasClrDefault = true;
        _clrDefault = value;
    }

    /// <summary>Turns a CLR default into its literal (needs the types to be complete).</summary>
    internal void Complete()
    {
        if (DefaultValue is null && _hasClrDefault)
        {
            DefaultValue = AstFromValue.FromValue(_clrDefault, Type) ?? AstFactory.Null();
        }
    }

    /// <summary>The name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
