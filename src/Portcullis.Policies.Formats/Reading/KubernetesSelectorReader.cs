using Portcullis.Policies.Selectors;

namespace Portcullis.Policies.Formats.Reading;

/// <summary>Reads a Kubernetes LabelSelector (<c>matchLabels</c>, <c>matchExpressions</c>) into a selector.</summary>
internal static class KubernetesSelectorReader
{
    /// <summary>The selector; <see langword="null"/> when the node is missing or null (not given), <see cref="Selector.All"/> for <c>{}</c>.</summary>
    public static Selector? Read(Node node, string what)
    {
        if (node.IsMissing)
        {
            return null;
        }

        if (!node.ExpectMapping(what))
        {
            return null;
        }

        node.RejectUnknownFields(what, "matchLabels", "matchExpressions");
        var tests = new List<Selector>();
        var matchLabels = node["matchLabels"];
        if (matchLabels.ExpectMapping($"{what}.matchLabels"))
        {
            foreach (var (key, value) in matchLabels.Entries())
            {
                if (ApiNames.LabelKeyProblem(key) is { } keyProblem)
                {
                    value.Report(PolicyDiagnostics.InvalidValue, $"the label key '{key}' {keyProblem}");
                    continue;
                }

                if (value.IsMissing)
                {
                    value.Report(PolicyDiagnostics.MissingField, $"the value of label '{key}' must not be null");
                    continue;
                }

                if (value.String($"the value of label '{key}'") is { } text)
                {
                    if (ApiNames.LabelValueProblem(text) is { } valueProblem)
                    {
                        value.Report(PolicyDiagnostics.InvalidValue, $"the value '{text}' of label '{key}' {valueProblem}");
                        continue;
                    }

                    tests.Add(Selector.Equal(key, text));
                }
            }
        }

        var expressions = node["matchExpressions"];
        if (expressions.ExpectSequence($"{what}.matchExpressions"))
        {
            foreach (var requirement in expressions.Items())
            {
                if (ReadRequirement(requirement) is { } test)
                {
                    tests.Add(test);
                }
            }
        }

        return Selector.And(tests);
    }

    private static Selector? ReadRequirement(Node requirement)
    {
        if (!requirement.ExpectMapping("a label selector requirement"))
        {
            return null;
        }

        requirement.RejectUnknownFields("a label selector requirement", "key", "operator", "values");
        var key = requirement["key"].String("the requirement's key", required: true);
        var op = requirement["operator"].String("the requirement's operator", required: true);
        if (requirement.HasKey("key") && requirement["key"].IsMissing)
        {
            requirement["key"].Report(PolicyDiagnostics.MissingField, "the requirement's key must not be null");
        }

        if (key is not null && ApiNames.LabelKeyProblem(key) is { } keyProblem)
        {
            requirement["key"].Report(PolicyDiagnostics.InvalidValue, $"the label key '{key}' {keyProblem}");
            key = null;
        }

        var values = new List<string>();
        if (requirement["values"].ExpectSequence("the requirement's values"))
        {
            foreach (var item in requirement["values"].Items())
            {
                if (item.String("a requirement value", required: true) is { } value)
                {
                    if (ApiNames.LabelValueProblem(value) is { } valueProblem)
                    {
                        item.Report(PolicyDiagnostics.InvalidValue, $"the value '{value}' {valueProblem}");
                        continue;
                    }

                    values.Add(value);
                }
            }
        }

        switch (op)
        {
            case "In" or "NotIn":
                if (values.Count == 0)
                {
                    requirement.Report(PolicyDiagnostics.Inconsistent, $"operator {op} needs values");
                    return null;
                }

                return key is null ? null : Selector.Test(key, op == "In" ? LabelOperator.In : LabelOperator.NotIn, values);
            case "Exists" or "DoesNotExist":
                if (values.Count > 0)
                {
                    requirement["values"].Report(PolicyDiagnostics.Inconsistent, $"operator {op} takes no values");
                    return null;
                }

                return key is null ? null : op == "Exists" ? Selector.Has(key) : Selector.Not(Selector.Has(key));
            case null:
                return null;
            default:
                requirement["operator"].Report(PolicyDiagnostics.InvalidValue, $"operator '{op}' is not In, NotIn, Exists or DoesNotExist");
                return null;
        }
    }
}
