using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Rapport.Importers.XArchive;

/// <summary>
/// Writes one data type as X does: <c>window.YTD.&lt;global&gt;.partN = [ ... ]</c>, starting a new part file
/// when the current one passes the size threshold. Archives of 2019 to 2021 open the first element on the
/// header's line (<c>= [ {</c>); later ones start it on the next.
/// </summary>
internal sealed class YtdPartWriter(IArchiveSink sink, string fileBaseName, string globalName, long maxPartBytes, bool indented, bool elementOnHeaderLine)
{
    private static readonly byte[] Separator = ",\n"u8.ToArray();
    private static readonly byte[] Closing = "\n]"u8.ToArray();

    private readonly List<WrittenPart> _parts = [];
    private readonly JsonWriterOptions _jsonOptions = new() { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private Stream? _stream;
    private Utf8JsonWriter? _json;
    private long _partBytes;
    private int _partCount;

    public IReadOnlyList<WrittenPart> Parts => _parts;

    public void Write(Action<Utf8JsonWriter> writeElement)
    {
        if (_stream is null || _json is null)
        {
            OpenPart();
        }
        else
        {
            _stream.Write(Separator);
            _partBytes += Separator.Length;
        }

        _json!.Reset(_stream!);
        writeElement(_json);
        _json.Flush();
        _partBytes += _json.BytesCommitted;
        _partCount++;
        if (_partBytes >= maxPartBytes)
        {
            ClosePart();
        }
    }

    /// <summary>Closes the last part; a data type with no element still gets its (empty) file, as X writes it.</summary>
    public void Complete()
    {
        if (_stream is null && _parts.Count == 0)
        {
            OpenPart();
        }

        if (_stream is not null)
        {
            ClosePart();
        }
    }

    private void OpenPart()
    {
        var index = _parts.Count;
        var fileName = index == 0 ? $"data/{fileBaseName}.js" : $"data/{fileBaseName}-part{index.ToString(CultureInfo.InvariantCulture)}.js";
        _stream = sink.CreateEntry(fileName);
        var header = Encoding.UTF8.GetBytes($"window.YTD.{globalName}.part{index.ToString(CultureInfo.InvariantCulture)} = [{(elementOnHeaderLine ? " " : "\n")}");
        _stream.Write(header);
        _partBytes = header.Length;
        _partCount = 0;
        _json ??= new Utf8JsonWriter(_stream, _jsonOptions);
        _parts.Add(new WrittenPart(fileName, $"YTD.{globalName}.part{index.ToString(CultureInfo.InvariantCulture)}", -1));
    }

    private void ClosePart()
    {
        _stream!.Write(Closing);
        _stream.Dispose();
        _stream = null;
        _parts[^1] = _parts[^1] with { Count = _partCount };
        _partCount = 0;
    }

    internal sealed record WrittenPart(string FileName, string GlobalName, long Count);
}
