namespace Cpd.GraphQL.Types;

/// <summary>
/// An input object type bound to the CLR type <typeparamref name="T"/>: its settable properties and constructor
/// parameters become fields, and coerced values are created as <typeparamref name="T"/> by a compiled factory.
/// </summary>
/// <typeparam name="T">The CLR type of the values.</typeparam>
public class InputObjectType<T> : InputObjectType, IConfigurableType
{
    private readonly Action<IInputObjectTypeDescriptor<T>>? _configure;

    /// <summary>Creates the type; override <see cref="Configure"/> to customise it.</summary>
    public InputObjectType()
    {
    }

    /// <summary>Creates the type configured by a delegate.</summary>
    /// <param name="configure">The configuration.</param>
    public InputObjectType(Action<IInputObjectTypeDescriptor<T>> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _configure = configure;
    }

    Type IConfigurableType.RuntimeClrType => typeof(T);

    TypeConfiguration IConfigurableType.CreateConfiguration()
    {
        var configuration = new TypeConfiguration();
        Configure(new InputObjectTypeDescriptor<T>(configuration));
        return configuration;
    }

    /// <summary>Configures the type (runs once, when the schema is built).</summary>
    /// <param name="descriptor">The descriptor.</param>
    protected virtual void Configure(IInputObjectTypeDescriptor<T> descriptor) => _configure?.Invoke(descriptor);
}
