using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Portcullis.Collect.Command;

/// <summary>
/// Finds the API key: in the file <c>--api-key-file</c> names (the key alone, or the JSON that
/// <c>ibmcloud iam api-key-create NAME --file FILE</c> writes, with an <c>apikey</c> field), else in
/// <c>IBMCLOUD_API_KEY</c>. Error messages name where the key was looked for, never what was found.
/// </summary>
internal static class ApiKeySource
{
    public static bool TryRead(string? file, Func<string, string?> environment, [NotNullWhen(true)] out string? key, [NotNullWhen(false)] out string? error)
    {
        key = null;
        if (file is null)
        {
            var fromEnvironment = environment(CollectRequest.ApiKeyVariable)?.Trim();
            if (string.IsNullOrEmpty(fromEnvironment))
            {
                error = $"no API key: set {CollectRequest.ApiKeyVariable}, or give --api-key-file FILE (one is made by 'ibmcloud iam api-key-create portcullis --file key.json')";
                return false;
            }

            key = fromEnvironment;
            error = null;
            return true;
        }

        string text;
        try
        {
            text = File.ReadAllText(file).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e is UnauthorizedAccessException ? "permission denied" : e.Message;
            error = $"cannot read --api-key-file {file}: {reason}";
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
                error = $"--api-key-file {file} is JSON without an \"apikey\" string (expected the file 'ibmcloud iam api-key-create NAME --file FILE' writes, or the key alone)";
                return false;
            }
        }

        if (text.Length == 0 || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            error = text.Length == 0 ? $"--api-key-file {file} is empty" : $"--api-key-file {file} holds more than one word; it should hold the API key alone";
            return false;
        }

        key = text;
        error = null;
        return true;
    }
}
