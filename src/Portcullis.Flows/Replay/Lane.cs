namespace Portcullis.Flows.Replay;

/// <summary>
/// One ACL or security-group direction on replayed paths: its catalog numbers at once, its compiled classifier the
/// first time a record needs it (so that a replay compiles only the layers its traffic crosses, on the workers
/// that meet them).
/// </summary>
/// <typeparam name="T"><see cref="AclLane"/> or <see cref="GroupLane"/>.</typeparam>
internal sealed class Lane<T>(int id, int[] ruleIds, Func<Lane<T>, T> compile)
    where T : class
{
    private readonly Lock _compiling = new();
    private Func<Lane<T>, T>? _compile = compile;
    private T? _compiled;

    /// <summary>The lane's number in the catalog.</summary>
    public int Id { get; } = id;

    /// <summary>Catalog numbers of the lane's rules, by rule position.</summary>
    public int[] RuleIds { get; } = ruleIds;

    /// <summary>The compiled lane, compiled on first use (once, whatever the number of threads asking).</summary>
    public T Compiled => Volatile.Read(ref _compiled) ?? Compile();

    private T Compile()
    {
        lock (_compiling)
        {
            if (_compiled is null)
            {
                Volatile.Write(ref _compiled, _compile!(this));
                _compile = null;
            }

            return _compiled;
        }
    }
}
