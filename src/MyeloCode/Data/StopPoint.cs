namespace MyeloCode.Data;

/// <summary>
/// For the crash tests only: when the environment variable <c>MYELOCODE_STOP_AT</c> names a point, the process says
/// <c>stopped at &lt;point&gt;</c> on standard output when it gets there and waits, so the test can SIGKILL it at exactly
/// that moment (inside a transaction, say) instead of after a guessed delay. Unset, each call returns at once.
/// </summary>
public static class StopPoint
{
    public const string Variable = "MYELOCODE_STOP_AT";

    static readonly string? Requested = Environment.GetEnvironmentVariable(Variable);

    public static async Task ReachAsync(string point, CancellationToken ct)
    {
        if (!string.Equals(Requested, point, StringComparison.Ordinal))
            return;
        await Console.Out.WriteLineAsync($"\nstopped at {point}");
        await Console.Out.FlushAsync(ct);
        await Task.Delay(Timeout.Infinite, ct);
    }
}
