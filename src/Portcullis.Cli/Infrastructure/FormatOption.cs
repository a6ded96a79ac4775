using System.CommandLine;
using Portcullis.Formats.Output;

namespace Portcullis.Cli.Infrastructure;

/// <summary>The <c>--format</c> option of a command, made from the formats its writer declares: help, accepted values and errors.</summary>
internal static class FormatOption
{
    /// <summary>An option of the writer's format enum; a value of that enum the writer does not offer is refused as such.</summary>
    public static Option<T> Create<T>(OutputFormats<T> formats)
        where T : struct, Enum
    {
        var defaultValue = formats.Default;
        var option = new Option<T>("--format", "-f")
        {
            Description = formats.Describe(),
            HelpName = "FORMAT",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? defaultValue.ToString() : result.Tokens[0].Value;
                var known = Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !text.All(char.IsDigit);
                if (known && formats.Contains(value))
                {
                    return value;
                }

                var names = string.Join(", ", formats.Names);
                result.AddError(known ? $"This command does not write '{text}'. Use one of: {names}." : $"Unknown format '{text}'. Use one of: {names}.");
                return defaultValue;
            },
        };

        // A zero default reads back without a factory, and then help does not print it as "Txt".
        if (!EqualityComparer<T>.Default.Equals(defaultValue, default))
        {
            option.DefaultValueFactory = _ => defaultValue;
        }

        return option;
    }

    /// <summary>
    /// An option of the writer's format names, checked as a choice (help shows the default; an unknown name is refused
    /// with the list): lint's option has always read this way. Read it back with <see cref="Read{T}"/>.
    /// </summary>
    public static Option<string> CreateChoice<T>(OutputFormats<T> formats)
        where T : struct, Enum
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = formats.Describe(),
            DefaultValueFactory = _ => formats.Entries[0].Name,
            HelpName = "FORMAT",
        };
        option.AcceptOnlyFromAmong([.. formats.Names]);
        return option;
    }

    /// <summary>The format a <see cref="CreateChoice{T}"/> option names.</summary>
    public static T Read<T>(OutputFormats<T> formats, ParseResult result, Option<string> option)
        where T : struct, Enum =>
        formats.TryFind(result.GetValue(option), out var format) ? format : formats.Default;
}
