using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MyeloCode.Catalogue;

/// <summary>A data file that cannot be loaded: names the file, the record and the field.</summary>
public sealed class CatalogueDataException(string file, string? record, string? field, string problem)
    : Exception($"{file}: {(record is null ? "" : $"record {record}: ")}{(field is null ? "" : $"field '{field}': ")}{problem}")
{
    public string File { get; } = file;
    public string? Record { get; } = record;
    public string? Field { get; } = field;
    public string Problem { get; } = problem;
}

/// <summary>The catalogue as read from data/codes/*.json, validated in full, with a hash of the files' bytes.</summary>
public sealed record CatalogueData(IReadOnlyList<Code> Codes, string Hash);

/// <summary>Reads and validates the catalogue files. Every rule here is a reason a load stops before touching the database.</summary>
public static partial class CatalogueReader
{
    public const int ShortLabelMaxLength = 28;

    public static CatalogueData ReadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
            throw new CatalogueDataException(directory, null, null, "the catalogue folder does not exist.");
        var files = Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
            throw new CatalogueDataException(directory, null, null, "the catalogue folder has no .json files.");

        var codes = new List<Code>();
        var seen = new Dictionary<string, string>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in files)
        {
            var bytes = File.ReadAllBytes(path);
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(path)));
            hash.AppendData(bytes);
            var code = ReadCode(Path.GetFileName(path), bytes);
            if (seen.TryGetValue(code.Id, out var other))
                throw new CatalogueDataException(Path.GetFileName(path), code.Id, "code", $"duplicate code: {other} has it too.");
            seen[code.Id] = Path.GetFileName(path);
            codes.Add(code);
        }

        foreach (var code in codes)
        {
            foreach (var relation in code.Relations.Where(r => !seen.ContainsKey(r.RelatedCode)))
                throw new CatalogueDataException(seen[code.Id], code.Id, "relations", $"related code {relation.RelatedCode} is not in the catalogue.");
        }
        return new CatalogueData(codes, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    public static Code ReadCode(string file, byte[] json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new CatalogueDataException(file, null, null, $"malformed JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}: {e.Message.Split(" Path:")[0]}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new CatalogueDataException(file, null, null, "the file must hold one JSON object (one code).");
            var fields = new Fields(file, null, root);
            var id = fields.String("code");
            if (!CodePattern().IsMatch(id))
                throw new CatalogueDataException(file, id, "code", "must be five digits, for example 62302.");
            fields = new Fields(file, id, root);

            var label = fields.String("shortLabel");
            if (label.Length > ShortLabelMaxLength)
                throw fields.Error("shortLabel", $"is {label.Length} characters; billing systems take at most {ShortLabelMaxLength}.");

            var code = new Code
            {
                Id = id,
                ShortLabel = label,
                Descriptor = fields.String("descriptor"),
                Narrative = fields.Strings("narrative", required: true),
                Kind = fields.Enum<CodeKind>("kind"),
                Region = fields.OptionalEnum<Region>("region"),
                Route = fields.Enum<InjectionRoute>("route"),
                IncludesSupervisionAndInterpretation = fields.Bool("includesSupervisionAndInterpretation"),
                PcTcIndicator = fields.String("pcTcIndicator"),
                GlobalPeriod = fields.String("globalPeriod"),
                Status = fields.String("status"),
                EffectiveYear = fields.OptionalInt("effectiveYear"),
                Documentation = fields.Strings("documentation", required: true),
                Unconfirmed = fields.Strings("unconfirmed", required: false),
            };

            foreach (var (item, index) in fields.Objects("relations"))
            {
                var sub = new Fields(file, id, item, $"relations[{index}].");
                var related = sub.String("code");
                if (!CodePattern().IsMatch(related))
                    throw sub.Error("code", "must be five digits.");
                if (related == id)
                    throw sub.Error("code", "a code cannot be related to itself.");
                if (code.Relations.Any(r => r.RelatedCode == related))
                    throw sub.Error("code", $"{related} is listed twice; give one relation per code.");
                var kind = sub.Enum<RelationKind>("relation");
                // A pairing that is not confirmed never puts a code on the do-not-report list (issue 11).
                if (kind == RelationKind.NeverWith && sub.Enum<Evidence>("evidence") == Evidence.Unconfirmed)
                    throw sub.Error("relation", "an unconfirmed relation cannot be never-with; use check-with and say what to check.");
                code.Relations.Add(new CodeRelation
                {
                    CodeId = id,
                    RelatedCode = related,
                    Relation = kind,
                    Reason = sub.String("reason"),
                    Evidence = sub.Enum<Evidence>("evidence") is var evidence && evidence != Evidence.Imported
                        ? evidence
                        : throw sub.Error("evidence", "'imported' is for CMS files; a data file says confirmed, standard or unconfirmed."),
                });
            }

            foreach (var (item, index) in fields.Objects("diagnoses"))
            {
                var sub = new Fields(file, id, item, $"diagnoses[{index}].");
                var icd = sub.String("icd10");
                if (!Icd10Pattern().IsMatch(icd))
                    throw sub.Error("icd10", $"'{icd}' is not an ICD-10-CM code (for example M48.02).");
                var region = sub.String("region");
                code.Diagnoses.Add(new CodeDiagnosis
                {
                    CodeId = id,
                    Icd10 = icd,
                    Description = sub.String("description"),
                    Region = region == "any" ? null : sub.Enum<Region>("region"),
                });
            }

            ReadMedicare(fields, root, code);
            ReadMue(fields, root, code);
            return code;
        }
    }

    // "medicare" holds one fee schedule year, or a list of years (CY2025 and CY2026 ship side by side).
    static void ReadMedicare(Fields fields, JsonElement root, Code code)
    {
        foreach (var (medicare, prefix) in OneOrMany(fields, root, "medicare"))
        {
            var sub = new Fields(fields.File, code.Id, medicare, prefix);
            var year = sub.OptionalInt("year") ?? throw sub.Error("year", "is required.");
            if (code.Medicare.Any(m => m.Year == year))
                throw sub.Error("year", $"{year} is given twice; give each year's figures once.");
            var source = sub.String("source");
            var variant = sub.OptionalString("variant");
            if (variant is not (null or "QPP" or "nonQPP"))
                throw sub.Error("variant", $"'{variant}' is not QPP or nonQPP.");
            var factor = sub.OptionalDecimal("conversionFactor");
            foreach (var (row, index) in sub.Objects("rows"))
            {
                var r = new Fields(fields.File, code.Id, row, $"{prefix}rows[{index}].");
                var modifier = r.OptionalString("modifier");
                if (modifier is not (null or "26" or "TC"))
                    throw r.Error("modifier", $"'{modifier}' is not null, \"26\" or \"TC\".");
                code.Medicare.Add(new MedicareFigure
                {
                    CodeId = code.Id,
                    Modifier = modifier,
                    Year = year,
                    Source = source,
                    Variant = variant,
                    ConversionFactor = factor,
                    Work = r.OptionalDecimal("work"),
                    NonFacilityPe = r.OptionalDecimal("nonFacilityPe"),
                    FacilityPe = r.OptionalDecimal("facilityPe"),
                    Malpractice = r.OptionalDecimal("malpractice"),
                    NonFacilityTotal = r.OptionalDecimal("nonFacilityTotal"),
                    FacilityTotal = r.OptionalDecimal("facilityTotal"),
                });
            }
        }
    }

    // "mue": the code's value in a CMS practitioner MUE file (or a list, one per quarter).
    static void ReadMue(Fields fields, JsonElement root, Code code)
    {
        foreach (var (mue, prefix) in OneOrMany(fields, root, "mue"))
        {
            var sub = new Fields(fields.File, code.Id, mue, prefix);
            var from = sub.String("effectiveFrom");
            if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
                throw sub.Error("effectiveFrom", $"'{from}' is not a date YYYY-MM-DD.");
            if (code.Mues.Any(m => m.EffectiveFrom == date))
                throw sub.Error("effectiveFrom", $"{from} is given twice.");
            var indicator = sub.String("adjudicationIndicator");
            if (indicator is not ("1" or "2" or "3"))
                throw sub.Error("adjudicationIndicator", $"'{indicator}' is not 1, 2 or 3.");
            code.Mues.Add(new CodeMue
            {
                CodeId = code.Id,
                EffectiveFrom = date,
                Value = sub.OptionalInt("value") is { } value and >= 0 ? value : throw sub.Error("value", "is required: a whole number of units, 0 or more."),
                AdjudicationIndicator = indicator,
                Rationale = sub.String("rationale"),
                File = sub.String("file"),
            });
        }
    }

    static IEnumerable<(JsonElement Item, string Prefix)> OneOrMany(Fields fields, JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            yield break;
        if (value.ValueKind == JsonValueKind.Object)
        {
            yield return (value, $"{name}.");
            yield break;
        }
        if (value.ValueKind != JsonValueKind.Array)
            throw fields.Error(name, "must be an object, a list of objects or null.");
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
                throw fields.Error($"{name}[{index}]", "must be an object.");
            yield return (item, $"{name}[{index++}].");
        }
    }

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?$")]
    private static partial Regex Icd10Pattern();

    /// <summary>Typed access to one JSON object's fields, with errors that name file, record and field.</summary>
    private readonly record struct Fields(string File, string? Record, JsonElement Element, string Prefix = "")
    {
        public CatalogueDataException Error(string field, string problem) => new(File, Record, Prefix + field, problem);

        JsonElement? Get(string name) =>
            Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

        public string String(string name) =>
            OptionalString(name) ?? throw Error(name, "is required.");

        public string? OptionalString(string name)
        {
            if (Get(name) is not { } value) return null;
            if (value.ValueKind != JsonValueKind.String) throw Error(name, "must be a string.");
            var text = value.GetString()!.Trim();
            return text.Length == 0 ? throw Error(name, "is empty.") : text;
        }

        public bool Bool(string name) => Get(name) switch
        {
            { ValueKind: JsonValueKind.True } => true,
            { ValueKind: JsonValueKind.False } => false,
            null => throw Error(name, "is required."),
            _ => throw Error(name, "must be true or false."),
        };

        public int? OptionalInt(string name) => Get(name) switch
        {
            null => null,
            { ValueKind: JsonValueKind.Number } v when v.TryGetInt32(out var i) => i,
            _ => throw Error(name, "must be a whole number or null."),
        };

        public decimal? OptionalDecimal(string name) => Get(name) switch
        {
            null => null,
            { ValueKind: JsonValueKind.Number } v when v.TryGetDecimal(out var d) && d >= 0 => d,
            _ => throw Error(name, "must be a non-negative number or null."),
        };

        public T Enum<T>(string name) where T : struct, Enum =>
            OptionalEnum<T>(name) ?? throw Error(name, $"is required (one of {string.Join(", ", Vocabulary.Slugs<T>())}).");

        public T? OptionalEnum<T>(string name) where T : struct, Enum
        {
            if (OptionalString(name) is not { } text) return null;
            return Vocabulary.TryParse<T>(text, out var value)
                ? value
                : throw Error(name, $"unknown value '{text}' (allowed: {string.Join(", ", Vocabulary.Slugs<T>())}).");
        }

        public List<string> Strings(string name, bool required)
        {
            if (Get(name) is not { } value)
                return required ? throw Error(name, "is required.") : [];
            if (value.ValueKind != JsonValueKind.Array) throw Error(name, "must be an array of strings.");
            var list = new List<string>();
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
                    throw Error(name, "must hold only non-empty strings.");
                list.Add(item.GetString()!.Trim());
            }
            if (required && list.Count == 0) throw Error(name, "must have at least one entry.");
            return list;
        }

        public IEnumerable<(JsonElement Item, int Index)> Objects(string name)
        {
            if (Get(name) is not { } value) throw Error(name, "is required (use [] for none).");
            if (value.ValueKind != JsonValueKind.Array) throw Error(name, "must be an array.");
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object) throw Error($"{name}[{index}]", "must be an object.");
                yield return (item, index++);
            }
        }
    }
}
