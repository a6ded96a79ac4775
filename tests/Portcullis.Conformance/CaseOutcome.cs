namespace Portcullis.Conformance;

/// <summary>How a case ended.</summary>
public enum CaseOutcome
{
    Pass,
    Fail,
    Skip,
}
