using System.Buffers;
using System.Text.RegularExpressions;

namespace MyeloCode.Reports;

/// <summary>
/// The matches of a pattern that can start almost anywhere (a name, a word or two before "puncture"), found by trying
/// it only just before its verb instead of at every position of the report: the same matches as
/// <c>Regex.Matches</c> of the pattern, at a fraction of the cost on a long report.
/// </summary>
/// <remarks>
/// Holds when every match of the pattern contains a match of <paramref name="verb"/> (at or after the match's start)
/// and none of <paramref name="notBeforeVerb"/> between its start and that verb. Then the next match at or after a
/// position starts between the last such character before the next verb and that verb, or later (after a later verb):
/// trying each start there with the <c>\G</c>-anchored pattern finds it. Tests compare both over the report corpus.
/// </remarks>
/// <param name="anchoredPattern">The pattern as <c>\G(?:pattern)</c>, with the same options.</param>
internal sealed class AnchoredScan(Regex anchoredPattern, Regex verb, SearchValues<char> notBeforeVerb)
{
    public IEnumerable<Match> Matches(string text)
    {
        var position = 0;
        while (position <= text.Length)
        {
            var next = verb.Match(text, position);
            if (!next.Success)
                yield break;
            var stop = text.AsSpan(position, next.Index - position).LastIndexOfAny(notBeforeVerb);
            if (FirstStartingBetween(text, stop < 0 ? position : position + stop + 1, next.Index) is not { } found)
            {
                position = next.Index + 1;
                continue;
            }
            yield return found;
            // As Regex.Matches goes on: after the match, one further on for an empty one.
            position = found.Length > 0 ? found.Index + found.Length : found.Index + 1;
        }
    }

    Match? FirstStartingBetween(string text, int from, int to)
    {
        for (var start = from; start <= to; start++)
        {
            var match = anchoredPattern.Match(text, start);
            if (match.Success)
                return match;
        }
        return null;
    }
}
