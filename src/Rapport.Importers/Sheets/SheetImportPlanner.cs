using System.Globalization;
using Rapport.Core.Cadence;
using Rapport.Core.Cadence.Sheets;
using Rapport.Core.Tags;

namespace Rapport.Importers.Sheets;

/// <summary>
/// Compares an edited sheet with the workspace and says what applying it would do, changing nothing.
/// A row is matched to a person by its id, or, without an id, by its handles (so a person the sheet added
/// is recognised when the same sheet is imported again); a matched row whose editable cells (display name,
/// lists, cadence, notes, tags) equal the workspace's is skipped, so importing an unchanged export, or the same
/// sheet twice, changes nothing. Handles are read-only for known people: they come from the networks.
/// last_touch and next_due are derived and ignored. A sheet without a tags column leaves tags as they are.
/// </summary>
public static class SheetImportPlanner
{
    public const int MaxDisplayNameLength = 200;
    public const int MaxNotesLength = SheetCells.MaxCellLength;
    public const int MaxListNameLength = 100;
    public const int MaxValuesPerCell = 100;
    public const int MaxHandleLength = 120;

    public static SheetImportPreview Preview(SheetTable table, IEnumerable<PersonSheetRow> current, IReadOnlyList<CadenceTier> tiers)
    {
        var creates = new List<SheetChange>();
        var updates = new List<SheetChange>();
        var skipped = new List<SheetRowIssue>();
        var bad = new List<SheetRowIssue>(table.Problems);

        var missing = SheetColumns.Required.Where(c => !table.Header.Contains(c, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            bad.Insert(0, new SheetRowIssue(1, null, "the header lacks the column" + (missing.Count > 1 ? "s " : " ") + string.Join(", ", missing)));
            return new SheetImportPreview(creates, updates, skipped, bad);
        }

        var people = new Dictionary<long, PersonSheetRow>();
        var owners = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var person in current)
        {
            if (person.PersonId is { } id && people.TryAdd(id, person))
            {
                foreach (var handle in person.Handles)
                {
                    owners.TryAdd(HandleKey(handle), id);
                }
            }
        }

        var claimedPeople = new Dictionary<long, int>();
        var claimedHandles = new Dictionary<string, int>(StringComparer.Ordinal);
        var hasTags = table.Header.Contains(SheetColumns.Tags, StringComparer.Ordinal);
        foreach (var record in table.Rows.OrderBy(r => r.RowNumber))
        {
            var outcome = Plan(record, hasTags, people, owners, tiers, claimedPeople, claimedHandles);
            switch (outcome)
            {
                case SheetChange { Kind: SheetChangeKind.Create } create:
                    creates.Add(create);
                    break;
                case SheetChange update:
                    updates.Add(update);
                    break;
                case Skip skip:
                    skipped.Add(skip.Issue);
                    break;
                case Bad problem:
                    bad.Add(problem.Issue);
                    break;
            }
        }

        bad.Sort((a, b) => a.RowNumber.CompareTo(b.RowNumber));
        return new SheetImportPreview(creates, updates, skipped, bad);
    }

    private static object Plan(
        SheetRecord record,
        bool hasTags,
        Dictionary<long, PersonSheetRow> people,
        Dictionary<string, long> owners,
        IReadOnlyList<CadenceTier> tiers,
        Dictionary<long, int> claimedPeople,
        Dictionary<string, int> claimedHandles)
    {
        var row = record.RowNumber;
        var idText = SheetCells.Read(record.Cell(SheetColumns.Id));
        long? id = null;
        if (idText.Length > 0)
        {
            if (!long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed <= 0)
            {
                return Problem(row, null, $"id \"{Bounded(idText)}\" is not a person id (a positive whole number)");
            }

            id = parsed;
        }

        var handles = SheetCells.Split(SheetCells.Read(record.Cell(SheetColumns.Handles)));
        var displayName = NullIfEmpty(SheetCells.Read(record.Cell(SheetColumns.DisplayName)));
        var lists = SheetCells.Split(SheetCells.Read(record.Cell(SheetColumns.Lists)));
        var cadenceText = SheetCells.Read(record.Cell(SheetColumns.Cadence));
        var notes = NullIfEmpty(SheetCells.Read(record.Cell(SheetColumns.Notes)));

        if (Invalid(handles, lists, displayName, notes) is { } invalid)
        {
            return Problem(row, id, invalid);
        }

        var tags = new List<string>();
        if (hasTags)
        {
            var tagCells = SheetCells.Split(SheetCells.Read(record.Cell(SheetColumns.Tags)));
            if (tagCells.Count > MaxValuesPerCell)
            {
                return Problem(row, id, string.Create(CultureInfo.InvariantCulture, $"more than {MaxValuesPerCell} tags in one cell"));
            }

            foreach (var text in tagCells)
            {
                if (!TagName.TryNormalize(text, out var tag, out var reason))
                {
                    return Problem(row, id, $"bad tag \"{Bounded(text)}\": {reason} Separate tags with ;");
                }

                if (!tags.Any(t => string.Equals(TagName.Key(t), TagName.Key(tag), StringComparison.Ordinal)))
                {
                    tags.Add(tag);
                }
            }
        }

        string? cadence = null;
        if (cadenceText.Length > 0)
        {
            if (string.Equals(cadenceText, PersonSheetRow.OffCadence, StringComparison.OrdinalIgnoreCase))
            {
                cadence = PersonSheetRow.OffCadence;
            }
            else if (CadenceTiers.Find(cadenceText, tiers) is { } tier)
            {
                cadence = tier.Name;
            }
            else
            {
                return Problem(row, id, $"unknown cadence \"{Bounded(cadenceText)}\": use a tier ({string.Join(", ", tiers.Select(t => t.Name))}), an interval such as 10d, off, or leave it empty to follow the person's lists");
            }
        }

        var edited = new PersonSheetRow(id, handles, displayName, lists, cadence, null, null, notes) { Tags = tags };
        PersonSheetRow? person;
        if (id is { } known)
        {
            if (!people.TryGetValue(known, out person))
            {
                return Problem(row, id, string.Create(CultureInfo.InvariantCulture, $"no person with id {known} in this workspace (was the row copied from another one?)"));
            }

            if (!SameValues(handles, person.Handles))
            {
                return Problem(row, id, "handles come from the networks and cannot be changed in a sheet; leave them as exported");
            }
        }
        else
        {
            if (handles.Count == 0)
            {
                return Problem(row, null, "a new person needs at least one handle");
            }

            var matched = handles.Select(h => owners.TryGetValue(HandleKey(h), out var owner) ? owner : (long?)null).Distinct().ToList();
            if (matched.Count > 1)
            {
                return Problem(row, null, "these handles belong to different people, or some to no one; put the person's id in the id column");
            }

            if (matched[0] is { } owner)
            {
                id = owner;
                person = people[owner];
                edited = edited with { PersonId = owner, Handles = person.Handles };
            }
            else
            {
                person = null;
            }
        }

        if (id is { } claimed)
        {
            if (!claimedPeople.TryAdd(claimed, row))
            {
                return Problem(row, id, string.Create(CultureInfo.InvariantCulture, $"person {claimed} is already on row {claimedPeople[claimed]}"));
            }
        }
        else
        {
            foreach (var handle in handles)
            {
                if (claimedHandles.TryGetValue(HandleKey(handle), out var earlier))
                {
                    return Problem(row, null, string.Create(CultureInfo.InvariantCulture, $"handle {Bounded(handle)} is already on row {earlier}"));
                }
            }

            foreach (var handle in handles)
            {
                claimedHandles[HandleKey(handle)] = row;
            }
        }

        if (!hasTags)
        {
            edited = edited with { Tags = person?.Tags ?? [] };
        }

        if (person is null)
        {
            return new SheetChange(row, SheetChangeKind.Create, null, edited, Differences(Blank, edited));
        }

        var fields = Differences(person, edited);
        return fields.Count == 0
            ? new Skip(new SheetRowIssue(row, id, "unchanged"))
            : new SheetChange(row, SheetChangeKind.Update, id, edited, fields);
    }

    private static readonly PersonSheetRow Blank = new(null, [], null, [], null, null, null, null);

    private static List<SheetFieldChange> Differences(PersonSheetRow before, PersonSheetRow after)
    {
        var fields = new List<SheetFieldChange>();
        if (before.PersonId is null && after.Handles.Count > 0)
        {
            fields.Add(new SheetFieldChange(SheetColumns.Handles, null, SheetCells.Join(after.Handles)));
        }

        if (!string.Equals(Clean(before.DisplayName), after.DisplayName, StringComparison.Ordinal))
        {
            fields.Add(new SheetFieldChange(SheetColumns.DisplayName, before.DisplayName, after.DisplayName));
        }

        if (!SameValues(before.Lists, after.Lists))
        {
            fields.Add(new SheetFieldChange(SheetColumns.Lists, SheetCells.Join(before.Lists), SheetCells.Join(after.Lists)));
        }

        if (!string.Equals(NullIfEmpty(before.Cadence?.Trim() ?? string.Empty), after.Cadence, StringComparison.OrdinalIgnoreCase))
        {
            fields.Add(new SheetFieldChange(SheetColumns.Cadence, before.Cadence, after.Cadence));
        }

        if (!string.Equals(Clean(before.Notes), after.Notes, StringComparison.Ordinal))
        {
            fields.Add(new SheetFieldChange(SheetColumns.Notes, before.Notes, after.Notes));
        }

        // Compared as the cell would read them back, so that a tag from before the separator was reserved
        // does not show as a change on every import; a change of case alone is none (tags keep their first spelling).
        if (!SameValues(SheetCells.Split(SheetCells.Join(before.Tags)), after.Tags))
        {
            fields.Add(new SheetFieldChange(SheetColumns.Tags, NullIfEmpty(SheetCells.Join(before.Tags)), NullIfEmpty(SheetCells.Join(after.Tags))));
        }

        return fields;
    }

    private static string? Invalid(IReadOnlyList<string> handles, IReadOnlyList<string> lists, string? displayName, string? notes)
    {
        if (handles.Count > MaxValuesPerCell || lists.Count > MaxValuesPerCell)
        {
            return string.Create(CultureInfo.InvariantCulture, $"more than {MaxValuesPerCell} handles or lists in one cell");
        }

        if (handles.FirstOrDefault(h => h.Length > MaxHandleLength || h.Any(char.IsWhiteSpace)) is { } handle)
        {
            return $"\"{Bounded(handle)}\" is not a handle (no spaces, at most {MaxHandleLength} characters); separate handles with ;";
        }

        if (lists.FirstOrDefault(l => l.Length > MaxListNameLength) is { } list)
        {
            return $"list name \"{Bounded(list)}\" is longer than {MaxListNameLength} characters";
        }

        if (displayName is { Length: > MaxDisplayNameLength })
        {
            return string.Create(CultureInfo.InvariantCulture, $"display name longer than {MaxDisplayNameLength} characters");
        }

        return notes is { Length: > MaxNotesLength }
            ? string.Create(CultureInfo.InvariantCulture, $"notes longer than {MaxNotesLength} characters")
            : null;
    }

    private static bool SameValues(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        new HashSet<string>(a.Select(v => v.Trim()), StringComparer.OrdinalIgnoreCase).SetEquals(b.Select(v => v.Trim()));

    /// <summary>"@Alice", "alice" and " @alice " are one handle; a network prefix ("mastodon:@a@b.social") is kept.</summary>
    private static string HandleKey(string handle)
    {
        var key = handle.Trim().ToLowerInvariant();
        return key.StartsWith('@') ? key[1..] : key;
    }

    private static string? Clean(string? value) => value is null ? null : NullIfEmpty(SheetCells.Normalize(value).Trim());

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static string Bounded(string value) => value.Length <= 60 ? value : value[..60] + "…";

    private static Bad Problem(int row, long? id, string reason) => new(new SheetRowIssue(row, id, reason));

    private sealed record Skip(SheetRowIssue Issue);

    private sealed record Bad(SheetRowIssue Issue);
}
