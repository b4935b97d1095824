using BenchmarkDotNet.Running;
using Cpd.Benchmarks.Domain;

if (args is ["domain-profile"])
{
    DomainProfile.Run(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
