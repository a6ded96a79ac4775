using System.Numerics;
using System.Runtime.CompilerServices;

namespace Portcullis.Flows.Classification;

/// <summary>Bit arithmetic on an address type, specialised by the JIT for <see cref="uint"/> (IPv4) and <see cref="UInt128"/> (IPv6).</summary>
internal static class AddressBits<TAddress>
    where TAddress : unmanaged, IBinaryInteger<TAddress>, IUnsignedNumber<TAddress>
{
    public static int Width
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Unsafe.SizeOf<TAddress>() * 8;
    }

    /// <summary>The mask of the leading <paramref name="length"/> bits.</summary>
    public static TAddress Mask(int length) =>
        length == 0 ? TAddress.Zero : ~((TAddress.One << (Width - length)) - TAddress.One);

    /// <summary>How many leading bits all values of <c>[low, high]</c> share.</summary>
    public static int CommonPrefix(TAddress low, TAddress high) => int.CreateTruncating(TAddress.LeadingZeroCount(low ^ high));

    /// <summary>A 64-bit summary of two masked addresses for hashing: exact for IPv4, a fold for IPv6.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Fold(TAddress source, TAddress destination)
    {
        if (typeof(TAddress) == typeof(uint))
        {
            return ((ulong)Unsafe.As<TAddress, uint>(ref source) << 32) | Unsafe.As<TAddress, uint>(ref destination);
        }

        var s = UInt128.CreateTruncating(source);
        var d = UInt128.CreateTruncating(destination);
        return (ulong)s ^ ((ulong)(s >> 64) * 0xFF51AFD7ED558CCDUL) ^ ((ulong)d * 0xC4CEB9FE1A85EC53UL) ^ BitOperations.RotateLeft((ulong)(d >> 64), 31);
    }
}
