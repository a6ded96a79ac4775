using Portcullis.Policies.Model;

namespace Portcullis.Conformance.Nca.Outputs;

/// <summary>
/// Evaluates the pod part of an NCA fw-rule over an endpoint: <c>*</c>, a list of workload or endpoint names, or a
/// label expression (<c>k=v</c>, <c>k!=v</c>, <c>k in (a,b)</c>, <c>k not in (a,b)</c>, <c>has(k)</c>, <c>!has(k)</c>,
/// joined by <c>and</c> / <c>or</c>, grouped by parentheses or braces).
/// </summary>
public static class PodExpression
{
    public static bool IsLabelExpression(string text) =>
        text.Contains('=', StringComparison.Ordinal) || text.Contains("has(", StringComparison.Ordinal)
        || text.Contains(" in (", StringComparison.Ordinal) || text.Contains(" and ", StringComparison.Ordinal) || text.Contains(" or ", StringComparison.Ordinal);

    /// <summary>Whether an endpoint matches the pod part; names match owners (workloads) or, with <paramref name="byPod"/>, endpoint names.</summary>
    public static bool Matches(string pods, Endpoint endpoint, bool byPod)
    {
        pods = pods.Trim();
        if (pods == "*")
        {
            return true;
        }

        if (!IsLabelExpression(pods))
        {
            var name = !byPod && !endpoint.IsHost && endpoint.Owner is { } owner ? owner.Name : endpoint.Name;
            return pods.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Contains(name);
        }

        var position = 0;
        var result = Or(pods, ref position, endpoint.Labels);
        return result;
    }

    private static bool Or(string text, ref int position, Labels labels)
    {
        var value = And(text, ref position, labels);
        while (Accept(text, ref position, " or "))
        {
            value |= And(text, ref position, labels);
        }

        return value;
    }

    private static bool And(string text, ref int position, Labels labels)
    {
        var value = Atom(text, ref position, labels);
        while (Accept(text, ref position, " and "))
        {
            value &= Atom(text, ref position, labels);
        }

        return value;
    }

    private static bool Atom(string text, ref int position, Labels labels)
    {
        if (Accept(text, ref position, "(") || Accept(text, ref position, "{"))
        {
            var inner = Or(text, ref position, labels);
            if (!Accept(text, ref position, ")") && !Accept(text, ref position, "}"))
            {
                throw new FormatException($"unbalanced label expression '{text}'");
            }

            return inner;
        }

        if (Accept(text, ref position, "!has("))
        {
            return !labels.ContainsKey(ReadUntil(text, ref position, ')'));
        }

        if (Accept(text, ref position, "has("))
        {
            return labels.ContainsKey(ReadUntil(text, ref position, ')'));
        }

        var start = position;
        while (position < text.Length && text[position] is not ('=' or '!' or ' ' or ')' or '}'))
        {
            position++;
        }

        var key = text[start..position];
        var present = labels.TryGetValue(key, out var actual);
        // The value is read whether or not the label is there, so the position always moves past it.
        if (Accept(text, ref position, "!="))
        {
            var value = ReadValue(text, ref position);
            return present && actual != value;
        }

        if (Accept(text, ref position, "="))
        {
            var value = ReadValue(text, ref position);
            return present && actual == value;
        }

        if (Accept(text, ref position, " not in ("))
        {
            var values = ReadUntil(text, ref position, ')').Split(',');
            return present && !values.Contains(actual);
        }

        if (Accept(text, ref position, " in ("))
        {
            var values = ReadUntil(text, ref position, ')').Split(',');
            return present && values.Contains(actual);
        }

        throw new FormatException($"cannot read the label expression '{text}' at {position}");
    }

    private static string ReadValue(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && text[position] is not (' ' or ')' or '}'))
        {
            position++;
        }

        return text[start..position];
    }

    private static string ReadUntil(string text, ref int position, char end)
    {
        var close = text.IndexOf(end, position);
        var value = text[position..close];
        position = close + 1;
        return value;
    }

    private static bool Accept(string text, ref int position, string token)
    {
        if (string.CompareOrdinal(text, position, token, 0, token.Length) == 0)
        {
            position += token.Length;
            return true;
        }

        return false;
    }
}
