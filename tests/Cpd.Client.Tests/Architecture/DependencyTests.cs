using System.Reflection;

namespace Cpd.Client.Tests.Architecture;

public sealed class DependencyTests
{
    private static readonly Assembly Client = typeof(CpdClient).Assembly;

    [Fact]
    public void CpdClient_References_NoOtherCpdAssemblyAndNoNodaTime()
    {
        var names = Client.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        names.ShouldContain("System.Net.Http");
        names.ShouldNotContain(n => n.StartsWith("Cpd.", StringComparison.Ordinal));
        names.ShouldNotContain("NodaTime");
    }

    [Fact]
    public void PublicApi_Signatures_UseOnlyBclAndClientTypesExceptTheRegistrationExtension()
    {
        var foreign = new List<string>();
        foreach (var type in Client.GetExportedTypes())
        {
            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                foreach (var used in TypesIn(member))
                {
                    var assembly = used.Assembly.GetName().Name!;
                    var allowed = assembly == Client.GetName().Name
                        || assembly.StartsWith("System", StringComparison.Ordinal)
                        || assembly == "netstandard"
                        || (type == typeof(CpdServiceCollectionExtensions) && assembly.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal));
                    if (!allowed)
                    {
                        foreign.Add($"{type.Name}.{member.Name} uses {used.FullName} from {assembly}");
                    }
                }
            }
        }

        foreign.ShouldBeEmpty();
    }

    private static IEnumerable<Type> TypesIn(MemberInfo member)
    {
        IEnumerable<Type> direct = member switch
        {
            MethodInfo m => [m.ReturnType, .. m.GetParameters().Select(p => p.ParameterType)],
            ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
            PropertyInfo p => [p.PropertyType],
            FieldInfo f => [f.FieldType],
            EventInfo e => [e.EventHandlerType!],
            _ => [],
        };
        return direct.SelectMany(Flatten);
    }

    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType)
        {
            return Flatten(type.GetElementType()!);
        }

        return type.IsGenericType && !type.IsGenericTypeDefinition
            ? [type.GetGenericTypeDefinition(), .. type.GetGenericArguments().SelectMany(Flatten)]
            : type.IsGenericParameter ? [] : [type];
    }
}
