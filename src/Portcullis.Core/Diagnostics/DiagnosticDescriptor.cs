using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Portcullis.Core.Diagnostics;

/// <summary>
/// One kind of problem Portcullis reports: its stable code, its severity, a short title, the template its messages
/// are made from, and help that says what it means or what to do. Every code is defined once, as a
/// <see langword="static"/> <see langword="readonly"/> field of a catalog class; <c>docs/diagnostics.md</c> lists them.
/// </summary>
/// <remarks>
/// The template is a composite format with positional holes (<c>{0}</c>, <c>{1}</c> ...), checked when the
/// descriptor is made: every hole from <c>{0}</c> up is used, so <see cref="Create"/> can demand exactly that many
/// arguments. Arguments are formatted with the invariant culture.
/// </remarks>
public sealed partial class DiagnosticDescriptor
{
    private readonly CompositeFormat _format;

    /// <summary>Defines a kind of problem.</summary>
    /// <param name="code">The stable code: <c>PC</c> and four digits.</param>
    /// <param name="severity">How much it matters.</param>
    /// <param name="title">A short name for the kind of problem, such as "Invalid CIDR block".</param>
    /// <param name="messageFormat">The message template, with positional holes <c>{0}</c>, <c>{1}</c> ... and no others.</param>
    /// <param name="help">What it means or what to do, in a sentence or two.</param>
    /// <exception cref="ArgumentException">When the code is malformed, a text is empty, or the template is not a valid composite format or skips a hole.</exception>
    public DiagnosticDescriptor(string code, Severity severity, string title, string messageFormat, string help)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageFormat);
        ArgumentException.ThrowIfNullOrWhiteSpace(help);
        if (!CodePattern().IsMatch(code))
        {
            throw new ArgumentException($"'{code}' is not a diagnostic code: PC and four digits.", nameof(code));
        }

        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "Not a severity.");
        }

        try
        {
            _format = CompositeFormat.Parse(messageFormat);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"The template of {code} is not a valid composite format: {e.Message}", nameof(messageFormat), e);
        }

        ArgumentCount = _format.MinimumArgumentCount;
        if (FirstUnusedHole(_format, ArgumentCount) is { } unused)
        {
            throw new ArgumentException($"The template of {code} skips hole {{{unused}}}.", nameof(messageFormat));
        }

        Code = code;
        Severity = severity;
        Title = title;
        MessageFormat = messageFormat;
        Help = help;
    }

    /// <summary>The stable code, such as <c>PC1006</c>.</summary>
    public string Code { get; }

    /// <summary>How much the problem matters.</summary>
    public Severity Severity { get; }

    /// <summary>A short name for the kind of problem.</summary>
    public string Title { get; }

    /// <summary>The message template, with positional holes.</summary>
    public string MessageFormat { get; }

    /// <summary>What the problem means or what to do about it.</summary>
    public string Help { get; }

    /// <summary>The number of arguments the template takes.</summary>
    public int ArgumentCount { get; }

    /// <summary>A diagnostic of this kind, at <paramref name="location"/>, with the template's holes filled by <paramref name="arguments"/>.</summary>
    /// <exception cref="ArgumentException">When the number of arguments is not <see cref="ArgumentCount"/>.</exception>
    public Diagnostic Create(SourceLocation? location, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Length != ArgumentCount)
        {
            throw new ArgumentException($"{Code} takes {ArgumentCount} argument(s), not {arguments.Length}.", nameof(arguments));
        }

        return new Diagnostic(this, string.Format(CultureInfo.InvariantCulture, _format, arguments), location);
    }

    /// <summary><c>PC1006 (error): Invalid CIDR block</c>.</summary>
    public override string ToString() => $"{Code} ({Severity.ToString().ToLowerInvariant()}): {Title}";

    // CompositeFormat counts the highest hole, not the holes used: a template with {0} and {2} would take an
    // argument it never shows. Formatting once with marked arguments finds such gaps when the catalog loads.
    private static int? FirstUnusedHole(CompositeFormat format, int count)
    {
        object?[] markers = [.. Enumerable.Range(0, count).Select(i => $"\u0001{i}\u0002")];
        var text = string.Format(CultureInfo.InvariantCulture, format, markers);
        for (var i = 0; i < count; i++)
        {
            if (!text.Contains((string)markers[i]!, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }

    [GeneratedRegex("^PC[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
