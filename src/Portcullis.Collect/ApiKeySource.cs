using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Portcullis.Core.Diagnostics;

namespace Portcullis.Collect;

/// <summary>
/// Finds the API key: in the file <c>--api-key-file</c> names (the key alone, or the JSON that
/// <c>ibmcloud iam api-key-create NAME --file FILE</c> writes, with an <c>apikey</c> field), else in
/// <see cref="Variable"/>. A problem names where the key was looked for, never what was found.
/// </summary>
public static class ApiKeySource
{
    /// <summary>The environment variable the API key is read from when no file is given.</summary>
    public const string Variable = "IBMCLOUD_API_KEY";

    /// <summary>Reads the key.</summary>
    /// <param name="file">The key file, or <see langword="null"/> to read <see cref="Variable"/>.</param>
    /// <param name="variables">Reads an environment variable.</param>
    /// <param name="key">The key.</param>
    /// <param name="problem">Why there is no key (located at the file, when one was given).</param>
    /// <returns>Whether a key was found.</returns>
    public static bool TryRead(string? file, Func<string, string?> variables, [NotNullWhen(true)] out string? key, [NotNullWhen(false)] out Diagnostic? problem)
    {
        ArgumentNullException.ThrowIfNull(variables);
        key = null;
        problem = null;
        if (file is null)
        {
            var fromEnvironment = variables(Variable)?.Trim();
            if (string.IsNullOrEmpty(fromEnvironment))
            {
                problem = CollectDiagnostics.NoApiKey.Create(null, Variable);
                return false;
            }

            key = fromEnvironment;
            return true;
        }

        var location = new SourceLocation(file);
        string text;
        try
        {
            text = File.ReadAllText(file).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e is UnauthorizedAccessException ? "permission denied" : e.Message;
            problem = CollectDiagnostics.ApiKeyFileUnreadable.Create(location, reason);
            return false;
        }

        if (text.StartsWith('{'))
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                text = document.RootElement.TryGetProperty("apikey", out var field) && field.ValueKind == JsonValueKind.String ? field.GetString()!.Trim() : string.Empty;
            }
            catch (JsonException)
            {
                text = string.Empty;
            }

            if (text.Length == 0)
            {
                problem = CollectDiagnostics.ApiKeyJsonWithoutKey.Create(location);
                return false;
            }
        }

        if (text.Length == 0)
        {
            problem = CollectDiagnostics.ApiKeyFileEmpty.Create(location);
            return false;
        }

        if (text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            problem = CollectDiagnostics.ApiKeyFileNotOneWord.Create(location);
            return false;
        }

        key = text;
        return true;
    }
}
