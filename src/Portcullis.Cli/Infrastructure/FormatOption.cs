using System.CommandLine;

namespace Portcullis.Cli.Infrastructure;

/// <summary>A <c>--format/-f</c> option over an enum, with the accepted names in the message when a value is unknown.</summary>
internal static class FormatOption
{
    public static Option<T> Create<T>(T defaultValue, string description)
        where T : struct, Enum
    {
        var option = new Option<T>("--format", "-f")
        {
            Description = description,
            HelpName = "FORMAT",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? defaultValue.ToString() : result.Tokens[0].Value;
                if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !text.All(char.IsDigit))
                {
                    return value;
                }

                result.AddError($"Unknown format '{text}'. Use one of: {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}.");
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
