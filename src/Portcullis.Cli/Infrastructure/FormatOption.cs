using System.CommandLine;

namespace Portcullis.Cli.Infrastructure;

/// <summary>The <c>--format</c> option of a command: an enum's values, or only those the command's writer has.</summary>
internal static class FormatOption
{
    public static Option<T> Create<T>(T defaultValue, string description, IReadOnlyCollection<T>? offered = null)
        where T : struct, Enum
    {
        var formats = offered ?? Enum.GetValues<T>();
        var option = new Option<T>("--format", "-f")
        {
            Description = description,
            HelpName = "FORMAT",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? defaultValue.ToString() : result.Tokens[0].Value;
                var known = Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !text.All(char.IsDigit);
                if (known && formats.Contains(value))
                {
                    return value;
                }

                var names = string.Join(", ", formats.Select(f => f.ToString().ToLowerInvariant()));
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
}
