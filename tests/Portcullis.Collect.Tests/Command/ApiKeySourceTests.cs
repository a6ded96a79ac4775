using Portcullis.Collect.Command;

namespace Portcullis.Collect.Tests.Command;

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
        Assert.False(ApiKeySource.TryRead(null, _ => null, out _, out var error));
        Assert.StartsWith("no API key: set IBMCLOUD_API_KEY, or give --api-key-file FILE", error, StringComparison.Ordinal);
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
    [InlineData("", "is empty")]
    [InlineData("two words", "holds more than one word; it should hold the API key alone")]
    [InlineData("""{"name": "portcullis"}""", "is JSON without an \"apikey\" string")]
    [InlineData("{not json", "is JSON without an \"apikey\" string")]
    public void TryRead_FileThatIsNotAKey_SaysWhatIsWrongWithoutShowingIt(string content, string error)
    {
        var file = Write("bad", content);

        Assert.False(ApiKeySource.TryRead(file, _ => null, out _, out var message));
        Assert.EndsWith(error, message.Split(" (expected")[0], StringComparison.Ordinal);
        Assert.DoesNotContain("two words", message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_MissingFile_SaysSo()
    {
        Assert.False(ApiKeySource.TryRead(Path.Combine(_folder.FullName, "nope"), _ => null, out _, out var error));
        Assert.EndsWith("nope: no such file", error, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }
}
