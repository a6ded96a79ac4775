using Portcullis.Core.Diagnostics;
using Portcullis.Flows.Classification;
using Portcullis.Flows.Formats.ClassBench;

namespace Portcullis.Benchmarks.ClassBench;

/// <summary>The shipped ClassBench filter sets and their uniform 1M-packet traces (under <c>../shared/benchdata/classbench</c>).</summary>
public static class ClassBenchInputs
{
    public static (ClassifierRule[] Rules, ClassBenchPacket[] Packets) Load(string set)
    {
        var diagnostics = new DiagnosticBag();
        var rules = SharedData.File($"benchdata/classbench/{set}");
        var trace = SharedData.File($"benchdata/classbench/{set}_trace_uniform_1M.gz");
        if (!ClassBenchReader.TryReadFilters(rules, diagnostics, out var filters) | !ClassBenchReader.TryReadTrace(trace, diagnostics, out var packets))
        {
            throw new InvalidDataException(string.Join('\n', diagnostics.ToImmutable()));
        }

        return ([.. ClassBenchReader.ToClassifierRules(filters)], packets);
    }
}
