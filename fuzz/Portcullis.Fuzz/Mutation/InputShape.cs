namespace Portcullis.Fuzz.Mutation;

/// <summary>What a reader's input is, so that structural mutations keep it parseable as often as they break it.</summary>
internal enum InputShape
{
    /// <summary>A JSON document.</summary>
    Json,

    /// <summary>A YAML stream (one or more documents).</summary>
    Yaml,

    /// <summary>A gzip-compressed JSON document (a flow-log object).</summary>
    GzipJson,

    /// <summary>Line-oriented text.</summary>
    Lines,
}
