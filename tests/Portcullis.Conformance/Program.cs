using Portcullis.Conformance;

// dotnet run --project tests/Portcullis.Conformance -- --root DIR --cases FILE [--filter TEXT]
string? root = null, cases = null, filter = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--root" when i + 1 < args.Length:
            root = args[++i];
            break;
        case "--cases" when i + 1 < args.Length:
            cases = args[++i];
            break;
        case "--filter" when i + 1 < args.Length:
            filter = args[++i];
            break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'");
            Console.Error.WriteLine("usage: Portcullis.Conformance --root DIR --cases FILE [--filter TEXT]");
            return 2;
    }
}

if (root is null)
{
    Console.Error.WriteLine("usage: Portcullis.Conformance --root DIR --cases FILE [--filter TEXT]");
    return 2;
}

cases ??= Path.Combine(root, "cases.json");
if (!File.Exists(cases))
{
    Console.Error.WriteLine($"no cases file at {cases}");
    return 2;
}

IReadOnlyList<CaseResult> results;
try
{
    results = ConformanceRunner.Run(root, cases, Console.Out, filter);
}
catch (Exception e) when (e is System.Text.Json.JsonException or IOException or InvalidDataException)
{
    Console.Error.WriteLine($"cannot read the cases file {cases}: {e.Message}");
    return 2;
}

return results.Any(r => r.Outcome == CaseOutcome.Fail) ? 1 : 0;
