using System.Reflection;

namespace Cpd.GraphQL.Types;

/// <content>Type extensions: classes whose members add fields to other object types.</content>
internal sealed partial class CodeFirstTypeFactory
{
    private readonly List<(Type Extension, Func<string> Target, Lazy<List<FieldSpec>> Specs)> _extensions = [];

    /// <summary>Registers a type extension class (see <see cref="ExtendObjectTypeAttribute"/>).</summary>
    public void AddExtension(Type extension)
    {
        var attribute = extension.GetCustomAttribute<ExtendObjectTypeAttribute>()
            ?? throw new InvalidOperationException($"{extension.Name} needs [ExtendObjectType(...)] to be a type extension.");
        Func<string> target = attribute.Name is { } name ? () => name : () => EnsureOutput(attribute.Type!).Name;
        var specs = new Lazy<List<FieldSpec>>(() => FieldSpecs(extension, new TypeConfiguration()));
        _rootTypes.Add(extension);
        _extensions.Add((extension, target, specs));
        _discovery.Enqueue(() => _ = target());
        _discovery.Enqueue(() => _ = specs.Value);
    }

    /// <summary>The fields that extensions add to a type.</summary>
    public IEnumerable<OutputField> ExtensionFields(string typeName)
    {
        foreach (var (extension, target, specs) in _extensions)
        {
            if (target() == typeName)
            {
                foreach (var spec in specs.Value)
                {
                    yield return BuildField(extension, spec);
                }
            }
        }
    }
}
