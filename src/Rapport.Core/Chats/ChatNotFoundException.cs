namespace Rapport.Core.Chats;

public sealed class ChatNotFoundException : Exception
{
    public ChatNotFoundException()
        : this("There is no such chat.")
    {
    }

    public ChatNotFoundException(string message)
        : base(message)
    {
    }

    public ChatNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
