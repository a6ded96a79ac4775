using Portcullis.Core.Addresses;
using Portcullis.Formats.Output;

namespace Portcullis.Formats.Text;

/// <summary>
/// Values from input in packet filter rules (nftables, <c>iptables-restore</c>): these languages have no quoting for an
/// address, so a value is written only when it is a host name or IP address, and refused otherwise; comments are
/// made single-line.
/// </summary>
public static class FirewallRuleText
{
    /// <summary>
    /// The host as it is when it is an IP address or a DNS name (<see cref="HostName.IsValid"/>); otherwise throws
    /// <see cref="UnrepresentableValueException"/>.
    /// </summary>
    /// <param name="host">The host.</param>
    /// <param name="language">The output language, for the message (<c>nftables</c>).</param>
    public static string Host(string host, string language)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (HostName.IsValid(host))
        {
            return host;
        }

        throw new UnrepresentableValueException(
            $"cannot write {language}: the host '{ControlText.Escape(host)}' is neither a host name nor an IP address, and {language} has no way to quote it");
    }

    /// <summary>A comment line, <c># text</c>, with line breaks and other control characters escaped so it stays one comment.</summary>
    public static string Comment(string text) => "# " + ControlText.Escape(text);
}
