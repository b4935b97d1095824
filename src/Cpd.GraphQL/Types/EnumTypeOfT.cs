namespace Cpd.GraphQL.Types;

/// <summary>An enum type bound to the CLR enum <typeparamref name="T"/>: members become UPPER_SNAKE_CASE values unless configured.</summary>
/// <typeparam name="T">The CLR enum.</typeparam>
public class EnumType<T> : EnumType, IConfigurableType
    where T : struct, Enum
{
    private readonly Action<IEnumTypeDescriptor<T>>? _configure;

    /// <summary>Creates the type; override <see cref="Configure"/> to customise it.</summary>
    public EnumType()
    {
    }

    /// <summary>Creates the type configured by a delegate.</summary>
    /// <param name="configure">The configuration.</param>
    public EnumType(Action<IEnumTypeDescriptor<T>> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _configure = configure;
    }

    Type IConfigurableType.RuntimeClrType => typeof(T);

    TypeConfiguration IConfigurableType.CreateConfiguration()
    {
        var configuration = new TypeConfiguration();
        Configure(new EnumTypeDescriptor<T>(configuration));
        return configuration;
    }

    /// <summary>Configures the type (runs once, when the schema is built).</summary>
    /// <param name="descriptor">The descriptor.</param>
    protected virtual void Configure(IEnumTypeDescriptor<T> descriptor) => _configure?.Invoke(descriptor);
}
