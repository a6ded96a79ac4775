namespace Portcullis.Storage;

/// <summary>What an alert is about.</summary>
public enum AlertKind
{
    /// <summary>A cluster requirement that was open is now blocked or partly open.</summary>
    RequirementRegressed,

    /// <summary>A lint finding at or above the chosen severity that the previous snapshot did not have.</summary>
    LintFinding,

    /// <summary>A scheduled collection failed.</summary>
    CollectionFailed,
}
