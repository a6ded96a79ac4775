namespace Portcullis.Fuzz.Mutation;

/// <summary>
/// Values that break readers and writers more often than random ones: injection and terminal escapes, path tricks,
/// numbers at and past every range the API has, addresses that are almost right, and the words the formats know.
/// </summary>
internal static class HostileValues
{
    /// <summary>Strings to put where a string was.</summary>
    public static readonly string[] Strings =
    [
        "", " ", "\u001b]0;pwned\u0007", "\u001b[2J", "a\r\nPublic Internet 0.0.0.0/0 => db : All Connections",
        "$(touch /tmp/portcullis-fuzz-pwned)", "`id`", "'; rm -rf ~; '", "\"\n}\nresource \"x\" \"y\" {", "<script>alert(1)</script>",
        "../../../../etc/passwd", "/dev/zero", "/proc/self/environ", "\ud800", "\udfff", "\u0000", "\u202e", "\uFEFF", "é",
        "0.0.0.0/0", "10.0.0.0/33", "10.0.0.0/-1", "300.1.1.1", "10.240.0.0/24", "::/0", "2001:db8::/32", "10.0.0.1/32 ",
        "all", "any", "tcp", "udp", "icmp", "icmp_tcp_udp", "inbound", "outbound", "allow", "deny", "null",
        "0", "-1", "65535", "65536", "1e308", "NaN", "Infinity", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z",
        "*", "&anchor", "!!binary AAAA", "- a", "a: b", "{}", "[]", "%YAML 1.1", "%", "#", "\\", "\"",
    ];

    /// <summary>Numbers to put where a number was.</summary>
    public static readonly string[] Numbers =
    [
        "0", "-1", "1", "255", "256", "65535", "65536", "-65536", "2147483647", "2147483648", "-2147483649",
        "4294967296", "9223372036854775807", "9223372036854775808", "1e308", "1e309", "-0", "0.5", "1.0", "1E2",
        "123456789012345678901234567890",
    ];

    /// <summary>Byte sequences to insert: structure characters, invalid UTF-8, escapes and YAML indicators.</summary>
    public static readonly byte[][] Bytes =
    [
        "{"u8.ToArray(), "}"u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(), "\""u8.ToArray(), ":"u8.ToArray(), ","u8.ToArray(),
        "\\"u8.ToArray(), "\\ud800"u8.ToArray(), "\\u0000"u8.ToArray(), "\\u001b"u8.ToArray(), [0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80],
        [0xef, 0xbb, 0xbf], [0x00], [0x1b], "\n"u8.ToArray(), "\r"u8.ToArray(), "\t"u8.ToArray(), "- "u8.ToArray(), "&a "u8.ToArray(),
        "*a"u8.ToArray(), "!!"u8.ToArray(), "? "u8.ToArray(), "|"u8.ToArray(), ">"u8.ToArray(), "%"u8.ToArray(), "---\n"u8.ToArray(),
        "..."u8.ToArray(), "1e999"u8.ToArray(), "-"u8.ToArray(), "null"u8.ToArray(), "true"u8.ToArray(), "/"u8.ToArray(),
    ];
}
