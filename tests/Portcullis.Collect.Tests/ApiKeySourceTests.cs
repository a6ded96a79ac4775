using Portcullis.Core.Diagnostics;

namespace Portcullis.Collect.Tests;

public sealed class ApiKeySourceTests : IDisposable
{
    private const string Key = "0123456789abcdefGHIJKLmnopqrstuvwxyz_-ABCDE";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("portcullis-key-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void TryRead_NoFile_ReadsTheVariable()
    {
        Assert.True(ApiKeySource.TryRead(null, name => name == "IBMCLOUD_API_KEY" ? $" {Key}\n" : null, out var key, out _));
        Assert.Equal(Key, key);
    }

    [Fact]
    public void TryRead_NoFileAndNoVariable_SaysWhereToPutTheKey()
    {
        Assert.False(ApiKeySource.TryRead(null, _ => null, out _, out var problem));
        Assert.Same(CollectDiagnostics.NoApiKey, problem.Descriptor);
        Assert.Null(problem.Location);
        Assert.StartsWith("no API key: set IBMCLOUD_API_KEY, or give --api-key-file FILE", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_FileWithTheKeyAlone_ReadsIt_AndWinsOverTheVariable()
    {
        var file = Write("key.txt", Key + "\n");

        Assert.True(ApiKeySource.TryRead(file, _ => "another-key-from-the-environment", out var key, out _));
        Assert.Equal(Key, key);
    }

    [Fact]
    public void TryRead_TheJsonIbmcloudWrites_ReadsItsApikey()
    {
        var file = Write("key.json", $$"""{"id": "ApiKey-1", "name": "portcullis", "description": "", "createdAt": "2026-03-01T12:00+0000", "apikey": "{{Key}}"}""");

        Assert.True(ApiKeySource.TryRead(file, _ => null, out var key, out _));
        Assert.Equal(Key, key);
    }

    [Theory]
    [InlineData("", "PC8003")]
    [InlineData("  \n", "PC8003")]
    [InlineData("two words", "PC8004")]
    [InlineData("key\u001b[31m", "PC8004")]
    [InlineData("""{"name": "portcullis"}""", "PC8005")]
    [InlineData("""{"apikey": 42}""", "PC8005")]
    [InlineData("{not json", "PC8005")]
    public void TryRead_FileThatIsNotAKey_SaysWhatIsWrongAtTheFileWithoutShowingIt(string content, string code)
    {
        var file = Write("bad", content);

        Assert.False(ApiKeySource.TryRead(file, _ => null, out _, out var problem));
        Assert.Equal(code, problem.Code);
        Assert.Equal(new SourceLocation(file), problem.Location);
        Assert.DoesNotContain("two words", problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("key\u001b", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_MissingFile_SaysSo()
    {
        Assert.False(ApiKeySource.TryRead(Path.Combine(_folder.FullName, "nope"), _ => null, out _, out var problem));
        Assert.Same(CollectDiagnostics.ApiKeyFileUnreadable, problem.Descriptor);
        Assert.Equal($"{_folder.FullName}/nope: error PC8002: cannot read the API key file (--api-key-file): no such file", problem.ToString());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }
}
