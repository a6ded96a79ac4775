namespace Portcullis.Conformance.Nca;

/// <summary>Runs every NCA case and configuration check, one line each, then the failures that are known differences with their reasons, and the summary.</summary>
public static class NcaRunner
{
    public static IReadOnlyList<CaseResult> Run(string root, string casesFile, TextWriter output, string? filter = null)
    {
        var file = NcaCasesFile.Read(casesFile);
        var loader = new NcaConfigLoader(root);
        var runner = new NcaQueryRunner(loader);
        var results = new List<CaseResult>();
        foreach (var testCase in file.Cases.Where(c => filter is null || c.Id.Contains(filter, StringComparison.Ordinal)))
        {
            var result = RunCase(root, runner, loader, testCase);
            results.Add(result);
            output.WriteLine(result);
            output.Flush();
        }

        var errorChecks = 0;
        var errorAgree = 0;
        var warningChecks = 0;
        var checks = 0;
        var agree = 0;
        foreach (var check in file.ConfigChecks.Where(c => filter is null || (c.Id ?? "").Contains(filter, StringComparison.Ordinal)))
        {
            var result = RunCheck(loader, check);
            results.Add(result);
            output.WriteLine(result);
            if (check.ExpectedError is not null && result.Outcome != CaseOutcome.Skip)
            {
                errorChecks++;
                errorAgree += result.Outcome == CaseOutcome.Pass ? 1 : 0;
            }

            warningChecks += check.ExpectedWarnings is not null ? 1 : 0;
            if (result.Outcome != CaseOutcome.Skip)
            {
                checks++;
                agree += result.Outcome == CaseOutcome.Pass ? 1 : 0;
            }
        }

        output.WriteLine($"configChecks: {agree} of {checks} read as NCA reads them ({errorAgree} of {errorChecks} that NCA expects to reject or accept); {warningChecks} warning counts are NCA's own lint (advisory, not compared)");
        // The failures Portcullis means to have, with why, so that a reader of the run tells them from regressions.
        var known = File.Exists(KnownDifferences.DefaultPath) ? KnownDifferences.Read(KnownDifferences.DefaultPath) : new Dictionary<string, string>();
        foreach (var failure in results.Where(r => r.Outcome == CaseOutcome.Fail && known.ContainsKey(r.Id)))
        {
            output.WriteLine($"KNOWN {failure.Id}: {known[failure.Id]}");
        }

        output.WriteLine(ConformanceRunner.Summary(results));
        return results;
    }

    private static CaseResult RunCase(string root, NcaQueryRunner runner, NcaConfigLoader loader, NcaCase testCase)
    {
        if (testCase.Skip is { } reason)
        {
            return new CaseResult(testCase.Id, CaseOutcome.Skip, reason);
        }

        try
        {
            var (value, notExecuted) = runner.Run(testCase);
            if (testCase.Expected is { } expected && expected != value)
            {
                return new CaseResult(testCase.Id, CaseOutcome.Fail, $"{testCase.QueryType} counts {value}, NCA {expected}");
            }

            if (notExecuted != testCase.ExpectedNotExecuted)
            {
                return new CaseResult(testCase.Id, CaseOutcome.Fail, $"{notExecuted} iterations not executed, NCA {testCase.ExpectedNotExecuted}");
            }

            if (testCase.ExpectedOutput is not null && testCase.ExpectedOutputCompared
                && Outputs.NcaOutputCheck.Compare(root, testCase, [.. testCase.Configs.Select(loader.Load)]) is { } difference)
            {
                return new CaseResult(testCase.Id, CaseOutcome.Fail, $"output: {difference}");
            }

            return new CaseResult(testCase.Id, CaseOutcome.Pass);
        }
        catch (NcaConfigRejectedException e)
        {
            return new CaseResult(testCase.Id, CaseOutcome.Fail, e.Message);
        }
        catch (Exception e)
        {
            return new CaseResult(testCase.Id, CaseOutcome.Fail, $"crashed: {e.GetType().Name}: {e.Message} at {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}");
        }
    }

    private static CaseResult RunCheck(NcaConfigLoader loader, NcaConfig check)
    {
        var id = check.Id ?? check.Name;
        if (check.Skip is { } reason)
        {
            return new CaseResult(id, CaseOutcome.Skip, reason);
        }

        try
        {
            var loaded = loader.Load(check);
            var rejected = loaded.HasErrors;
            var expectRejected = check.ExpectedError == 1;
            if (rejected != expectRejected)
            {
                return new CaseResult(id, CaseOutcome.Fail, rejected
                    ? $"rejected, NCA accepts it: {loaded.Diagnostics.First(d => d.Severity == Core.Diagnostics.Severity.Error)}"
                    : "accepted, NCA rejects it as invalid");
            }

            return new CaseResult(id, CaseOutcome.Pass);
        }
        catch (Exception e)
        {
            return new CaseResult(id, CaseOutcome.Fail, $"crashed: {e.GetType().Name}: {e.Message} at {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}");
        }
    }
}
