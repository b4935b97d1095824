using BenchmarkDotNet.Running;
using Cpd.Benchmarks.Domain;

switch (args)
{
    case ["domain-profile"]:
        DomainProfile.Run(Console.Out);
        return;
    case ["domain-profile", var members]:
        DomainProfile.Run(Console.Out, int.Parse(members, System.Globalization.CultureInfo.InvariantCulture));
        return;
    case ["domain-loop", var mode, var seconds]:
        DomainProfile.Loop(mode == "projection", int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
        return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
