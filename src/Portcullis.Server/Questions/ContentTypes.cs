namespace Portcullis.Server.Questions;

/// <summary>The media type of each output format the writers offer.</summary>
internal static class ContentTypes
{
    public static string Of(string format) => format switch
    {
        "json" => "application/json; charset=utf-8",
        "sarif" => "application/sarif+json; charset=utf-8",
        "md" => "text/markdown; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "html" => "text/html; charset=utf-8",
        "dot" => "text/vnd.graphviz; charset=utf-8",
        "script" => "text/x-shellscript; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };
}
