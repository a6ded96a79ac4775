using System.IO.Compression;

namespace Portcullis.Flows.Formats.Compression;

/// <summary>Opens input that may be gzip-compressed, recognised by its magic bytes rather than its name.</summary>
internal static class CompressedInput
{
    /// <summary>The stream itself, or a decompressing view of it when it starts with the gzip magic bytes (1F 8B).</summary>
    public static Stream Decompressed(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> magic = stackalloc byte[2];
        var read = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        Stream rewound;
        if (stream.CanSeek)
        {
            stream.Seek(-read, SeekOrigin.Current);
            rewound = stream;
        }
        else
        {
            rewound = new PrefixedStream(magic[..read].ToArray(), stream);
        }

        return read == 2 && magic[0] == 0x1F && magic[1] == 0x8B ? new GZipStream(rewound, CompressionMode.Decompress) : rewound;
    }
}
