namespace Portcullis.Probing;

/// <summary>What an HTTP body must hold.</summary>
public enum BodyExpectationKind
{
    /// <summary>The body contains a text (ordinal, case-sensitive).</summary>
    Contains,

    /// <summary>The body is a JSON object with a property at a dotted path (<c>gitVersion</c>, <c>a.b</c>) that is not null.</summary>
    JsonProperty,
}
