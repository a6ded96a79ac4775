namespace Portcullis.Flows.Classification;

/// <summary>Receives the rule indices an all-matches lookup finds (a struct, so the lookup is specialised and allocation-free).</summary>
internal interface IMatchSink
{
    public void Add(int index);
}
