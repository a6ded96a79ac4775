namespace Portcullis.Policies.Selectors;

/// <summary>How a selector tests one label.</summary>
public enum LabelOperator
{
    /// <summary><c>has(key)</c>: the key is present.</summary>
    Has,

    /// <summary><c>key == 'v'</c>.</summary>
    Equal,

    /// <summary><c>key != 'v'</c> (true when the key is absent).</summary>
    NotEqual,

    /// <summary><c>key in {'a', 'b'}</c>.</summary>
    In,

    /// <summary><c>key not in {'a', 'b'}</c> (true when the key is absent).</summary>
    NotIn,

    /// <summary><c>key contains 's'</c>.</summary>
    Contains,

    /// <summary><c>key starts with 's'</c>.</summary>
    StartsWith,

    /// <summary><c>key ends with 's'</c>.</summary>
    EndsWith,
}
