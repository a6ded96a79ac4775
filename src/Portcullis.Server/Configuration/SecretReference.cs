namespace Portcullis.Server.Configuration;

/// <summary>Where a secret is kept: a file or an environment variable. The secret itself is read when it is used, never stored or shown.</summary>
/// <param name="File">The file holding it (trailing white space is dropped), or <see langword="null"/>.</param>
/// <param name="Variable">The environment variable holding it, or <see langword="null"/>.</param>
public sealed record SecretReference(string? File, string? Variable)
{
    /// <summary>Where it is, for messages and the API: <c>file /etc/portcullis/key</c> or <c>environment variable IBMCLOUD_API_KEY</c>.</summary>
    public string Describe() => File is not null ? $"file {File}" : $"environment variable {Variable}";

    /// <summary>Reads the secret; <see langword="false"/> with the reason (which never contains the secret) when it cannot.</summary>
    /// <param name="variables">Reads an environment variable.</param>
    /// <param name="secret">The secret.</param>
    /// <param name="problem">Why it could not be read.</param>
    public bool TryRead(Func<string, string?> variables, out string secret, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(variables);
        secret = string.Empty;
        problem = null;
        string? value;
        if (File is not null)
        {
            try
            {
                value = System.IO.File.ReadAllText(File);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problem = $"cannot read the secret's {Describe()}: {e.Message}";
                return false;
            }
        }
        else
        {
            value = variables(Variable!);
        }

        value = value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            problem = $"the secret's {Describe()} is empty or not set";
            return false;
        }

        secret = value;
        return true;
    }
}
