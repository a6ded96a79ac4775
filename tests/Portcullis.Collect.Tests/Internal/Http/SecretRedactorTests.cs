using Portcullis.Collect.Internal.Http;

namespace Portcullis.Collect.Tests.Internal.Http;

public sealed class SecretRedactorTests
{
    [Fact]
    public void Redact_SecretsAnywhere_AreMasked()
    {
        var redactor = new SecretRedactor();
        redactor.Add("apikey-7d1c9e0b52f3");
        redactor.Add("token-ab12cd34ef56");

        Assert.Equal("key [redacted], token [redacted] and [redacted]", redactor.Redact("key apikey-7d1c9e0b52f3, token token-ab12cd34ef56 and token-ab12cd34ef56"));
    }

    [Fact]
    public void Redact_ControlCharacters_AreReplaced() =>
        Assert.Equal("?[31mred?[0m?line?", new SecretRedactor().Redact("\u001b[31mred\u001b[0m\rline\a"));

    [Fact]
    public void Add_ShortStrings_AreNotTreatedAsSecrets()
    {
        // A short "secret" would mask innocent words; keys and tokens are far longer.
        var redactor = new SecretRedactor();
        redactor.Add("us");

        Assert.Equal("us-south", redactor.Redact("us-south"));
    }
}
