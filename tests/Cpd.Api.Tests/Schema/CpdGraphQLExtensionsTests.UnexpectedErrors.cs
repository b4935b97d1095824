using System.Reflection;
using AutoMapper;
using Cpd.Api.Auth;
using Cpd.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cpd.Api.Tests.Schema;

public sealed partial class CpdGraphQLExtensionsTests
{
    private const string Secret = "Password=hunter2 at db.internal:5432";

    [Fact]
    public async Task AddCpdGraphQL_ResolverThrowsUnexpectedly_AnswersAGenericCodedErrorAndLogsTheException()
    {
        var logs = new CapturingLoggerProvider();
        await using var faulty = new ApiServer
        {
            ConfigureServices = services => services.AddSingleton(DispatchProxy.Create<IMapper, FailingMapper>()).AddSingleton<ILoggerProvider>(logs),
        };
        await faulty.InitializeAsync();

        var result = await faulty.PostAsync("{ organisations(first: 5) { nodes { name } } }", key: await faulty.KeyAsync(CallerRole.Admin));

        result.ErrorCodes.ShouldBe(["INTERNAL_SERVER_ERROR"]);
        result.Errors[0].GetProperty("message").GetString().ShouldBe("Unexpected Execution Error");
        result.Errors[0].GetProperty("path")[0].GetString().ShouldBe("organisations");
        result.Body.ShouldNotContain("hunter2");
        result.Body.ShouldNotContain(nameof(FailingMapper));
        result.Body.ShouldNotContain("InvalidOperationException");
        var logged = logs.Lines.Single(l => l.Exception is not null);
        logged.Level.ShouldBe(LogLevel.Error);
        logged.Exception!.Message.ShouldContain(Secret);
        logged.Message.ShouldContain("organisations");
    }

    /// <summary>An <see cref="IMapper"/> whose every call fails with a message no client may see.</summary>
    public class FailingMapper : DispatchProxy
    {
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            throw new InvalidOperationException($"{nameof(FailingMapper)} cannot connect: {Secret}");
    }
}
