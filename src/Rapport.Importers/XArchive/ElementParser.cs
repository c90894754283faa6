using System.Text.Json;

namespace Rapport.Importers.XArchive;

/// <summary>
/// Reads one array element from a reader positioned on its start, leaving the reader on its end. The data may
/// stop anywhere: a parser throws <see cref="IncompleteElementException"/> when a read finds no more.
/// </summary>
internal delegate T ElementParser<out T>(ref Utf8JsonReader reader);
