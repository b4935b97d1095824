using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using FsCheck;
using FsCheck.Fluent;

namespace Cpd.GraphQL.Tests.Language;

public sealed class NameTableTests
{
    private static Gen<string> Names() =>
        from first in Gen.Elements("_abcXYZ".ToCharArray())
        from rest in Gen.ArrayOf(Gen.Elements("_abcxyzABCXYZ0189".ToCharArray()))
        select first + new string(rest);

    [Theory]
    [InlineData("name")]
    [InlineData("__schema")]
    [InlineData("ofType")]
    [InlineData("IntrospectionQuery")]
    public void Get_CommonName_ReturnsTheSharedInstance(string name)
    {
        var parsed = NameTable.Get(("  " + name + "  ").AsSpan(2, name.Length));

        parsed.ShouldBeSameAs(string.IsInterned(name));
    }

    [Fact]
    public void Get_SameUncommonNameTwice_ReturnsOneInstance()
    {
        var text = "organisationMembers organisationMembers";

        var first = NameTable.Get(text.AsSpan(0, 19));
        var second = NameTable.Get(text.AsSpan(20, 19));

        first.ShouldBe("organisationMembers");
        second.ShouldBeSameAs(first);
    }

    [Fact]
    public void Get_AnyNames_ReturnsEachNameItsOwnValue()
    {
        // Names that collide in either table (same length, first, middle and last character) must still come back intact.
        Prop.ForAll(
                Gen.ArrayOf(Names()).ToArbitrary(),
                names => names.All(name => NameTable.Get(name.AsSpan()) == name))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Parse_NamesThatShareTheirHash_KeepsEveryName()
    {
        // Same length and same first, middle and last characters: one slot in the recent-name cache.
        var document = Parser.Parse("{ aXc aYc aXc aZc }");

        var names = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections
            .Select(selection => ((FieldNode)selection).Name.Value);
        names.ShouldBe(["aXc", "aYc", "aXc", "aZc"]);
    }

    [Fact]
    public void Parse_CommonNames_ShareTheTablesInstances()
    {
        // The lexer hashes names as it scans them: its hash must find the table's entries.
        var document = Parser.Parse("query IntrospectionQuery { __schema { types { name kind ofType } } }");

        var operation = (OperationDefinitionNode)document.Definitions[0];
        operation.Name!.Value.ShouldBeSameAs(string.IsInterned("IntrospectionQuery"));
        var schema = (FieldNode)operation.SelectionSet.Selections[0];
        schema.Name.Value.ShouldBeSameAs(string.IsInterned("__schema"));
        var leaves = ((FieldNode)schema.SelectionSet!.Selections[0]).SelectionSet!.Selections;
        leaves.Select(leaf => ((FieldNode)leaf).Name.Value).ShouldBe(["name", "kind", "ofType"]);
        leaves.ShouldAllBe(leaf => ReferenceEquals(((FieldNode)leaf).Name.Value, string.IsInterned(((FieldNode)leaf).Name.Value)));
    }

    [Fact]
    public void Get_NameLongerThanTheCacheKeeps_IsNotShared()
    {
        // A client can send names of any length; the per-thread cache must not keep long ones alive.
        var name = new string('n', 33);
        var text = name + " " + name;

        var first = NameTable.Get(text.AsSpan(0, 33));
        var second = NameTable.Get(text.AsSpan(34, 33));

        second.ShouldBe(name);
        second.ShouldNotBeSameAs(first);
    }
}
