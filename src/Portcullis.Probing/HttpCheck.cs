using System.Diagnostics.CodeAnalysis;
using Portcullis.Core.Sets;

namespace Portcullis.Probing;

/// <summary>The HTTP request of a probe and what its answer must be.</summary>
public sealed record HttpCheck
{
    /// <summary>How much of a body is read and checked; the rest is not downloaded.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>The statuses accepted when none are given: any answer that is not an error (200-399), as <c>curl --fail</c> judges.</summary>
    public static IntervalSet<int> DefaultStatuses { get; } = IntervalSet<int>.Range(200, 399);

    /// <summary>Creates a check.</summary>
    /// <param name="method">The HTTP method, such as <c>GET</c> or <c>HEAD</c>.</param>
    /// <param name="pathAndQuery">The request target, starting with <c>/</c>.</param>
    /// <param name="acceptedStatuses">The statuses that pass (100-599); empty for <see cref="DefaultStatuses"/>.</param>
    /// <param name="body">What the body must hold, or <see langword="null"/>.</param>
    public HttpCheck(string method, string pathAndQuery, IntervalSet<int> acceptedStatuses = default, BodyExpectation? body = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentException.ThrowIfNullOrEmpty(pathAndQuery);
        if (!method.All(c => char.IsAsciiLetterUpper(c) || c == '-'))
        {
            throw new ArgumentException($"'{method}' is not an HTTP method (upper-case letters, such as GET or HEAD)", nameof(method));
        }

        if (pathAndQuery[0] != '/' || pathAndQuery.Any(c => c <= ' ' || c >= 0x7F))
        {
            throw new ArgumentException($"'{pathAndQuery}' is not a request path: it must start with / and hold no spaces or control characters", nameof(pathAndQuery));
        }

        if (!acceptedStatuses.IsEmpty && (acceptedStatuses.Min < 100 || acceptedStatuses.Max > 599))
        {
            throw new ArgumentOutOfRangeException(nameof(acceptedStatuses), acceptedStatuses.ToString(), "HTTP statuses are 100-599.");
        }

        Method = method;
        PathAndQuery = pathAndQuery;
        AcceptedStatuses = acceptedStatuses.IsEmpty ? DefaultStatuses : acceptedStatuses;
        Body = body;
    }

    /// <summary>The plain <c>GET /</c> check with the default statuses.</summary>
    public static HttpCheck Default { get; } = new("GET", "/");

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The request target (path and query).</summary>
    public string PathAndQuery { get; }

    /// <summary>The statuses that pass.</summary>
    public IntervalSet<int> AcceptedStatuses { get; }

    /// <summary>What the body must hold, or <see langword="null"/> when any body will do.</summary>
    public BodyExpectation? Body { get; }

    /// <summary>A copy that accepts other statuses.</summary>
    public HttpCheck WithStatuses(IntervalSet<int> statuses) => new(Method, PathAndQuery, statuses, Body);

    /// <summary>A copy with another body expectation.</summary>
    public HttpCheck WithBody(BodyExpectation? body) => new(Method, PathAndQuery, AcceptedStatuses, body);

    /// <summary>A copy with another method.</summary>
    public HttpCheck WithMethod(string method) => new(method, PathAndQuery, AcceptedStatuses, Body);

    /// <summary>
    /// Parses accepted statuses: codes and ranges joined by commas (<c>200,204</c>, <c>200-299</c>) and classes such as
    /// <c>2xx</c>.
    /// </summary>
    public static bool TryParseStatuses(string? text, out IntervalSet<int> statuses, [NotNullWhen(false)] out string? error)
    {
        statuses = default;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "no status given: use codes and ranges such as 200,204 or 200-299 or 2xx";
            return false;
        }

        var intervals = new List<Interval<int>>();
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (item.Length == 3 && item[0] is >= '1' and <= '5' && item[1..].Equals("xx", StringComparison.OrdinalIgnoreCase))
            {
                var hundred = (item[0] - '0') * 100;
                intervals.Add(new Interval<int>(hundred, hundred + 99));
                continue;
            }

            if (NumberRange.TryParse(item, 100, 599, out var range))
            {
                intervals.Add(range);
                continue;
            }

            error = $"'{item}' is not an HTTP status: use codes 100-599 and ranges joined by commas, such as 200,204 or 200-299 or 2xx";
            return false;
        }

        statuses = IntervalSet<int>.Of(intervals);
        return true;
    }
}
