using BenchmarkDotNet.Attributes;
using MyeloCode.Reports;

namespace MyeloCode.Benchmarks;

/// <summary>
/// Reading a procedure report in process (issue target: under 1 ms median for 10 KB). The 10 KB report is a long
/// dictated one: history and comparison sections, technique, findings level by level and an impression.
/// </summary>
public class ReportReaderBenchmarks
{
    const string Core = """
        PROCEDURE: Lumbar myelogram with post-myelogram CT of the lumbar spine.
        HISTORY: Low back pain radiating to the left leg. Prior CT lumbar spine dated 03/2025. MRI contraindicated (pacemaker).
        COMPARISON: CT lumbar spine 2025.
        TECHNIQUE: Informed consent was obtained. The patient was placed prone. Under fluoroscopic guidance a 22-gauge spinal
        needle was advanced into the thecal sac at L2-L3 with return of clear CSF. 15 mL Omnipaque 180 was instilled.
        AP, lateral and oblique views of the lumbar spine were obtained. The patient was then taken to CT and axial images
        of the lumbar spine were acquired with sagittal and coronal reformats. I performed the procedure and interpreted the images.
        """;

    const string FindingsParagraph = """
        FINDINGS: At L1-2 there is no significant disc bulge and the canal is patent. At L2-3 there is a mild disc bulge
        without nerve root compression. At L3-4 there is moderate facet arthropathy and ligamentum flavum thickening with mild
        narrowing of the lateral recesses. At L4-5 there is a broad-based disc bulge with moderate central canal stenosis and
        effacement of the traversing left L5 nerve root sleeve. At L5-S1 there is no significant stenosis.
        """;

    string _report = "";

    [Params(1, 10)]
    public int Kilobytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = Core;
        while (text.Length + FindingsParagraph.Length <= Kilobytes * 1024)
            text += FindingsParagraph;
        _report = text + "IMPRESSION: Moderate central canal stenosis at L4-5.";
    }

    [Benchmark]
    public ReportReading Read() => ReportReader.Read(_report);
}
