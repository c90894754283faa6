using System.CommandLine;
using System.Globalization;
using Rapport.Cli.Infrastructure;
using Rapport.Core.Chats;
using Rapport.Core.Chats.Scheduling;

namespace Rapport.Cli.Chats;

/// <summary>What the chats commands share: the user's zone, dates, and turning domain errors into exit codes.</summary>
internal static class ChatCommandSupport
{
    public static Option<string?> TimeZoneOption() => new("--tz")
    {
        Description = "Your time zone (IANA id such as Europe/Berlin, or ET, CET...; default: this machine's zone)",
        HelpName = "ZONE",
    };

    public static Argument<string> ChatArgument() => new("CHAT") { Description = "The chat: its name, a hashtag, or its id" };

    public static string UserZone(ParseResult parse, Option<string?> option)
    {
        var given = parse.GetValue(option);
        if (given is null)
        {
            return ChatService.LocalTimeZoneId();
        }

        return SchedulePhraseParser.ResolveTimeZone(given)
            ?? throw new CliException($"'{given}' is not a time zone (use an IANA id such as America/New_York).", ExitCodes.Usage);
    }

    public static DateOnly? Date(string? value, string option)
    {
        if (value is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CliException($"{option} '{value}' is not a date (use YYYY-MM-DD).", ExitCodes.Usage);
    }

    /// <summary>Runs a chats command; a missing chat, a bad schedule or a bad value become clear errors.</summary>
    public static async Task<int> GuardAsync(Func<Task<int>> command)
    {
        try
        {
            return await command();
        }
        catch (ChatNotFoundException error)
        {
            throw new CliException(error.Message, ExitCodes.NotFound);
        }
        catch (SchedulePhraseException error)
        {
            throw new CliException(error.Message, ExitCodes.BadInput);
        }
        catch (ArgumentException error)
        {
            throw new CliException(error.Message, ExitCodes.BadInput);
        }
    }
}
