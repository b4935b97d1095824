using Cpd.Domain.Members;

namespace Cpd.Domain.Tests.TestData;

public sealed class MemberBuilder
{
    private long _id = 1;
    private string _name = "Alex Morgan";

    public MemberBuilder WithId(long id)
    {
        _id = id;
        return this;
    }

    public MemberBuilder WithName(string name)
    {
        _name = name;
        return this;
    }

    public Member Build() => Member.Create(_id, _name).Unwrap();
}
