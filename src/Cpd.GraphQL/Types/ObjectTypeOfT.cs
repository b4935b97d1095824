namespace Cpd.GraphQL.Types;

/// <summary>
/// An object type bound to the CLR type <typeparamref name="T"/>: its public properties and methods become fields by
/// convention, and <see cref="Configure"/> (or the constructor's delegate) renames, describes, deprecates, ignores
/// or adds fields and attaches resolvers. Add it with <see cref="SchemaBuilder.AddType(INamedType)"/> or
/// <c>AddType&lt;MyType&gt;()</c>.
/// </summary>
/// <typeparam name="T">The CLR type of the values.</typeparam>
public class ObjectType<T> : ObjectType, IConfigurableType
{
    private readonly Action<IObjectTypeDescriptor<T>>? _configure;

    /// <summary>Creates the type; override <see cref="Configure"/> to customise it.</summary>
    public ObjectType()
    {
    }

    /// <summary>Creates the type configured by a delegate.</summary>
    /// <param name="configure">The configuration.</param>
    public ObjectType(Action<IObjectTypeDescriptor<T>> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _configure = configure;
    }

    Type IConfigurableType.RuntimeClrType => typeof(T);

    TypeConfiguration IConfigurableType.CreateConfiguration()
    {
        var configuration = new TypeConfiguration();
        Configure(new ObjectTypeDescriptor<T>(configuration));
        return configuration;
    }

    /// <summary>Configures the type (runs once, when the schema is built).</summary>
    /// <param name="descriptor">The descriptor.</param>
    protected virtual void Configure(IObjectTypeDescriptor<T> descriptor) => _configure?.Invoke(descriptor);
}
