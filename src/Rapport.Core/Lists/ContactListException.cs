namespace Rapport.Core.Lists;

/// <summary>A list change that cannot be made (a read-only list, a name already taken); the message says why.</summary>
public sealed class ContactListException : Exception
{
    public ContactListException()
    {
    }

    public ContactListException(string message)
        : base(message)
    {
    }

    public ContactListException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
