namespace Portcullis.Core.Model;

/// <summary>Whether a transit gateway prefix filter lets a prefix be advertised.</summary>
public enum PrefixFilterAction
{
    /// <summary>The prefix is advertised.</summary>
    Permit,

    /// <summary>The prefix is not advertised.</summary>
    Deny,
}
