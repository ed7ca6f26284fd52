namespace MyeloCode.Tests.Reports;

/// <summary>
/// Made-up procedure reports (no real patient, no copied text) in the styles coders see, each with what the reader
/// must answer. One expectation per line: <c>question = answer ~ words ~ words</c> (the answer, then words each
/// evidence must show: every group of words is found in one of the finding's evidence spans), <c>question ?</c> for a
/// question the report leaves missing, <c>question -</c> for neither answered nor missing. Questions are the
/// <c>/api/suggest</c> parameter names plus <c>agent</c>, <c>volume</c> and <c>level</c>.
/// </summary>
public static class ReportTestData
{
    public static IReadOnlyList<(string Name, string Report, string[] Expected)> Cases { get; } =
    [
        ("The issue's terse example",
            "LP at L2-3 under fluoro, 15 mL Omnipaque 180 instilled, AP/lateral views of the C-spine, post-myelo CT C-spine",
            ["regions = cervical ~ views of the C-spine", "route = lumbar ~ LP", "level = L2-L3 ~ L2-3", "agent = Omnipaque 180 ~ Omnipaque 180",
             "volume = 15 mL ~ 15 mL", "ct = cervical ~ post-myelo CT C-spine", "outcome = completed ~ views", "billing ?"]),

        ("Dictated total myelogram, one provider",
            """
            The patient was placed prone on the fluoroscopy table. Under fluoroscopic guidance a 22-gauge spinal needle was
            advanced into the thecal sac at L3-4 with return of clear CSF. 17 mL of Omnipaque 240 was instilled. A total
            myelogram was performed with the table tilted. I performed the procedure and interpreted the images. No
            post-myelogram CT was obtained.
            """,
            ["regions = cervical,thoracic,lumbosacral ~ total\nmyelogram", "route = lumbar ~ L3-4", "level = L3-L4", "agent = Omnipaque 240", "volume = 17 mL",
             "ct = ~ No\npost-myelogram CT was obtained", "outcome = completed", "billing = both ~ I performed the procedure and interpreted"]),

        ("Templated C/T-spine myelogram with headings",
            """
            PROCEDURE: C/T-spine myelogram.
            INDICATION: Myelopathy. MRI contraindicated (pacemaker).
            TECHNIQUE: Lumbar puncture at L2-L3, 12 mL Isovue-M 300 intrathecally. Contrast was run cephalad and frontal and
            lateral views of the cervical and thoracic spine were obtained.
            FINDINGS: No block. Mild cord flattening at C5-6.
            IMPRESSION: Mild spondylosis, no high-grade stenosis.
            """,
            ["regions = cervical,thoracic ~ C/T-spine myelogram ~ views of the cervical and thoracic spine", "route = lumbar ~ Lumbar puncture", "level = L2-L3 ~ L2-L3",
             "agent = Isovue-M 300", "volume = 12 mL", "ct ?", "outcome = completed", "billing ?"]),

        ("A region not imaged",
            """
            Procedure: Myelogram.
            Technique: LP at L4-5. 15 cc Omnipaque 180. AP and lateral views of the cervical and lumbar spine. The thoracic spine
            was not imaged because the patient could not tolerate the tilt.
            CT: not performed.
            """,
            ["regions = cervical,lumbosacral ~ views of the cervical and lumbar spine ~ thoracic spine\nwas not imaged", "route = lumbar ~ LP", "level = L4-L5",
             "volume = 15 mL ~ 15 cc", "ct = ~ CT: not performed", "outcome = completed", "billing ?"]),

        ("Failed lumbar puncture then lateral C1-2",
            """
            TECHNIQUE: Lumbar puncture was attempted at L3-4 and L4-5 without success due to severe degenerative change.
            A lateral C1-2 puncture was then performed under fluoroscopy with free flow of CSF, and 10 mL Omnipaque 240 was
            injected. Views of the cervical spine were obtained.
            Post-myelogram CT of the cervical spine was performed.
            """,
            ["regions = cervical ~ Views of the cervical spine", "route = c1c2 ~ lateral C1-2 ~ Lumbar puncture was attempted", "level = C1-C2 ~ C1-2",
             "ct = cervical ~ Post-myelogram CT of the cervical spine", "outcome = completed", "billing ?", "agent = Omnipaque 240", "volume = 10 mL"]),

        ("Cisternal puncture",
            """
            Procedure: cervical myelogram via cisternal puncture. Prior lumbar surgery with fusion at L3-S1 precluded lumbar access.
            8 mL of iohexol 300 was injected into the cisterna magna; lateral and oblique images of the cervical spine obtained.
            No CT.
            """,
            ["regions = cervical ~ cervical myelogram", "route = c1c2 ~ cisternal puncture", "level = cisternal", "agent = iohexol 300", "volume = 8 mL",
             "ct = ~ No CT", "outcome = completed", "billing ?"]),

        ("CT only after intrathecal contrast, no conventional films",
            """
            EXAM: CT myelogram lumbar spine.
            TECHNIQUE: Under fluoroscopic guidance an LP was performed at L2-3 and 10 mL Omnipaque 180 was instilled. No
            conventional myelographic images were obtained. The patient was transferred to CT and axial images of the lumbar
            spine were acquired with sagittal and coronal reformats.
            """,
            ["regions = ~ No\nconventional myelographic images were obtained", "route = lumbar ~ LP", "level = L2-L3", "ct = lumbosacral ~ CT myelogram lumbar ~ axial images of the lumbar\nspine",
             "outcome = completed", "billing ?", "agent = Omnipaque 180", "volume = 10 mL"]),

        ("Post-myelogram CT of two regions",
            """
            Lumbar myelogram. LP at L3-4, 15 mL Omnipaque 180. AP, lateral and oblique films of the lumbar spine. Post-myelogram
            CT of the thoracic and lumbar spine was then performed. The procedure was performed by Dr. Okafor, and I supervised
            and interpreted the examination.
            """,
            ["regions = lumbosacral ~ Lumbar myelogram ~ films of the lumbar spine", "route = lumbar ~ LP", "level = L3-L4", "ct = thoracic,lumbosacral ~ CT of the thoracic and lumbar spine",
             "outcome = completed", "billing = interpreting ~ performed by Dr. Okafor ~ I supervised", "agent = Omnipaque 180", "volume = 15 mL"]),

        ("A true non-contrast CT before the contrast",
            """
            TECHNIQUE: A non-contrast CT of the lumbar spine was obtained before the injection for planning. LP at L2-3,
            12 mL Omnipaque 180 instilled. AP and lateral views of the lumbar spine. Post-myelogram CT of the lumbar spine.
            """,
            ["regions = lumbosacral ~ views of the lumbar spine", "route = lumbar", "level = L2-L3", "ct = lumbosacral ~ Post-myelogram CT of the lumbar spine",
             "ctBefore = lumbosacral ~ non-contrast CT of the lumbar spine", "outcome = completed", "billing ?", "agent = Omnipaque 180", "volume = 12 mL"]),

        ("CT was not performed",
            """
            Procedure: lumbar myelogram. A 22 g Whitacre needle was placed at L4-L5 and 15 mL Isovue-M 200 administered.
            Frontal and lateral radiographs of the lumbar spine were obtained. CT was not performed.
            """,
            ["regions = lumbosacral ~ lumbar myelogram ~ radiographs of the lumbar spine", "route = lumbar ~ L4-L5", "level = L4-L5", "agent = Isovue-M 200", "volume = 15 mL",
             "ct = ~ CT was not performed", "outcome = completed", "billing ?"]),

        ("The patient declined the CT",
            """
            Cervical myelogram via LP at L3-4 with 12 mL Omnipaque 240. AP and lateral views of the C-spine obtained. The patient
            declined the post-myelogram CT.
            """,
            ["regions = cervical ~ Cervical myelogram ~ views of the C-spine", "route = lumbar ~ LP", "level = L3-L4", "ct = ~ declined the post-myelogram CT",
             "outcome = completed", "billing ?", "agent = Omnipaque 240", "volume = 12 mL"]),

        ("A prior CT in the history is not today's CT",
            """
            HISTORY: 71-year-old with claudication. Prior CT lumbar spine dated 03/14/2025 showed stenosis at L4-5.
            TECHNIQUE: LP at L2-3. 15 mL Omnipaque 180. AP/lateral/oblique views of the lumbar spine.
            IMPRESSION: Severe stenosis at L4-5 on the myelogram.
            """,
            ["regions = lumbosacral ~ views of the lumbar spine", "route = lumbar ~ LP", "level = L2-L3", "ct ?", "outcome = completed", "billing ?",
             "agent = Omnipaque 180", "volume = 15 mL"]),

        ("A comparison CT is not today's CT",
            """
            COMPARISON: CT lumbar spine 2025; MRI lumbar spine 06/2026.
            PROCEDURE: Lumbar puncture at L3-4 with instillation of 12 mL Omnipaque 180. Lumbar myelogram images obtained.
            Post-myelogram CT of the lumbar spine was performed.
            """,
            ["regions = lumbosacral ~ Lumbar myelogram images", "route = lumbar", "level = L3-L4", "ct = lumbosacral ~ Post-myelogram CT of the lumbar spine",
             "outcome = completed", "billing ?", "agent = Omnipaque 180", "volume = 12 mL"]),

        ("Aborted before the contrast",
            """
            PROCEDURE: Lumbar myelogram (attempted).
            TECHNIQUE: The skin was prepped and a spinal needle was advanced toward L3-4. The procedure was aborted due to
            patient discomfort before contrast was injected.
            """,
            ["regions = lumbosacral ~ Lumbar myelogram", "route = lumbar ~ L3-4", "level = L3-L4", "ct -", "outcome = discontinued ~ procedure was aborted due to\npatient discomfort", "billing ?"]),

        ("Terse note with abbreviations",
            "Hx: LBP w/ radic. Proc: LP L4-5, 22g, 15cc Omnipaque 180 IT. AP/lat L-spine films. CTM L-spine w/ sag/cor reformats. Tolerated well.",
            ["regions = lumbosacral ~ L-spine films", "route = lumbar ~ LP", "level = L4-L5 ~ L4-5", "volume = 15 mL ~ 15cc", "agent = Omnipaque 180",
             "ct = lumbosacral ~ CTM L-spine", "outcome = completed", "billing ?"]),

        ("Split billing stated plainly, author interprets",
            """
            PROCEDURE: Cervical myelogram with post-myelogram CT.
            TECHNIQUE: The lumbar puncture was performed by Dr. Lindqvist at L2-3. I supervised and interpreted the study.
            12 mL Omnipaque 240 was instilled and AP and lateral views of the cervical spine were obtained. CT of the cervical
            spine followed.
            """,
            ["regions = cervical ~ Cervical myelogram ~ views of the cervical spine", "route = lumbar ~ lumbar puncture", "level = L2-L3",
             "ct = cervical ~ CT of the cervical\nspine", "outcome = completed", "billing = interpreting ~ performed by Dr. Lindqvist ~ I supervised and interpreted",
             "agent = Omnipaque 240", "volume = 12 mL"]),

        ("Billing not stated",
            """
            Thoracic myelogram. LP at L1-2 with 10 mL Omnipaque 240. Lateral views of the thoracic spine were obtained. No CT was done.
            """,
            ["regions = thoracic ~ Thoracic myelogram ~ views of the thoracic spine", "route = lumbar ~ LP", "level = L1-L2", "ct = ~ No CT was done", "outcome = completed",
             "billing ?", "agent = Omnipaque 240", "volume = 10 mL"]),

        ("One provider in a template",
            """
            Exam: Lumbar myelogram
            Performed by: Dr. Haddad
            Interpreted by: Dr. Haddad
            Technique: LP at L3-L4, 15 mL Omnipaque 180, AP and lateral views of the lumbar spine. CT: none.
            """,
            ["regions = lumbosacral ~ Lumbar myelogram", "route = lumbar", "level = L3-L4", "ct = ~ CT: none", "outcome = completed",
             "billing = both ~ Performed by: Dr. Haddad ~ Interpreted by: Dr. Haddad", "agent = Omnipaque 180", "volume = 15 mL"]),

        ("Split between two named providers: whose claim is not said",
            """
            Lumbar myelogram. The lumbar puncture was performed by Dr. Brandt at L3-4. The images were interpreted by Dr. Moreau.
            15 mL Omnipaque 180. AP and lateral views of the lumbar spine. No CT.
            """,
            ["regions = lumbosacral", "route = lumbar", "level = L3-L4", "ct = ~ No CT", "outcome = completed", "billing ?", "agent = Omnipaque 180", "volume = 15 mL"]),

        ("C-T-L abbreviation",
            "Myelogram C-T-L via LP at L2-3, 20 mL Omnipaque 240; views of all levels obtained. Post-myelo CT of the C-spine and L-spine.",
            ["regions = cervical,thoracic,lumbosacral ~ Myelogram C-T-L", "route = lumbar", "level = L2-L3", "ct = cervical,lumbosacral ~ CT of the C-spine ~ L-spine",
             "outcome = completed", "billing ?", "agent = Omnipaque 240", "volume = 20 mL"]),

        ("CT without and with contrast",
            """
            TECHNIQUE: CT of the cervical spine without and with contrast: a baseline series was acquired, then LP at L3-4 with
            10 mL Omnipaque 240, lateral views of the cervical spine, and repeat CT of the cervical spine after the contrast.
            """,
            ["regions = cervical ~ views of the cervical spine", "route = lumbar", "level = L3-L4", "ct = cervical ~ CT of the cervical spine",
             "ctBefore = cervical ~ CT of the cervical spine", "outcome = completed", "billing ?", "agent = Omnipaque 240", "volume = 10 mL"]),

        ("Posterior fossa cisternography",
            """
            PROCEDURE: Posterior fossa myelogram (cisternography) via lateral C1-2 puncture. 6 mL Omnipaque 300 injected.
            Images of the posterior fossa were obtained. No CT was performed. I performed the puncture and interpreted the images.
            """,
            ["regions = posterior-fossa ~ Posterior fossa myelogram", "route = c1c2 ~ lateral C1-2", "level = C1-C2", "ct = ~ No CT was performed", "outcome = completed",
             "billing = both ~ I performed the puncture and interpreted", "agent = Omnipaque 300", "volume = 6 mL"]),

        ("A CT without its regions",
            """
            Lumbar myelogram via LP at L2-3, 15 mL Omnipaque 180. AP and lateral views of the lumbar spine. The patient then went
            to the CT scanner for post-myelographic CT.
            """,
            ["regions = lumbosacral", "route = lumbar", "level = L2-L3", "ct ?", "outcome = completed", "billing ?", "agent = Omnipaque 180", "volume = 15 mL"]),

        ("Route not stated",
            """
            FINDINGS: Frontal and lateral views of the lumbar spine after intrathecal contrast show a block at L3-4.
            IMPRESSION: Complete block at L3-4. No CT.
            """,
            ["regions = lumbosacral ~ views of the lumbar spine", "route ?", "ct = ~ No CT", "outcome = completed", "billing ?"]),

        ("A CT without contrast and no myelogram",
            "EXAM: CT lumbar spine without contrast. FINDINGS: Mild facet arthropathy. I reviewed and interpreted the images. No intrathecal injection.",
            ["regions = ~ CT lumbar spine without contrast", "route = none ~ CT lumbar spine without contrast", "ct = lumbosacral ~ CT lumbar spine without contrast",
             "outcome = completed", "billing ?"]),

        ("Hard-wrapped dictation",
            """
            After informed consent the patient was positioned prone. Using fluoroscopic guidance a 20-gauge needle was placed
            at the L2-3 interspace and 15 mL of Omnipaque 180 was instilled intrathecally. AP and lateral views of the
            thoracic and lumbar spine were obtained. Post-myelogram CT imaging of the thoracic
            spine was performed. I personally performed the puncture and supervised
            and interpreted the myelogram.
            """,
            ["regions = thoracic,lumbosacral ~ views of the\nthoracic and lumbar spine", "route = lumbar ~ L2-3", "level = L2-L3", "ct = thoracic ~ CT imaging of the thoracic\nspine",
             "outcome = completed", "billing = both ~ I personally performed the puncture", "agent = Omnipaque 180", "volume = 15 mL"]),

        ("Office setting stated plainly",
            """
            Procedure performed in the office. LP at L4-5, 15 mL Omnipaque 180. Lumbar myelogram, AP and lateral films. No CT.
            Performed and interpreted by: Dr. Castellanos.
            """,
            ["regions = lumbosacral ~ Lumbar myelogram", "route = lumbar", "level = L4-L5", "ct = ~ No CT", "outcome = completed", "setting = office ~ performed in the office",
             "billing = both ~ Dr. Castellanos", "agent = Omnipaque 180", "volume = 15 mL"]),

        ("The CT read by another provider",
            """
            Technique: I performed the lumbar puncture at L3-4 and supervised and interpreted the myelogram. 15 mL Omnipaque 180.
            AP and lateral views of the lumbar spine. Post-myelogram CT of the lumbar spine was interpreted by Dr. Novak.
            """,
            ["regions = lumbosacral", "route = lumbar", "level = L3-L4", "ct = lumbosacral ~ Post-myelogram CT of the lumbar spine", "outcome = completed",
             "billing = both ~ I performed the lumbar puncture", "ctReader = other ~ interpreted by Dr. Novak", "agent = Omnipaque 180", "volume = 15 mL"]),

        ("Failed LP and the procedure stopped",
            """
            Procedure: cervical myelogram. Lumbar puncture was attempted at L3-4 and L2-3 but no CSF was obtained. The procedure
            was discontinued at the patient's request. No contrast was given. CT deferred.
            """,
            ["regions = cervical ~ cervical myelogram", "route = lumbar ~ Lumbar puncture", "level = L3-L4", "ct = ~ CT deferred",
             "outcome = discontinued ~ procedure\nwas discontinued", "billing ?"]),

        ("A prior myelogram in the history section",
            """
            CLINICAL HISTORY: Prior lumbar myelogram and CT in 2019 by an outside radiologist; cervical fusion 2020.
            PROCEDURE: Thoracic myelogram via LP at L1-2. 10 mL Omnipaque 240. Lateral thoracic views. Post-myelogram CT of the thoracic spine.
            """,
            ["regions = thoracic ~ Thoracic myelogram ~ thoracic views", "route = lumbar", "level = L1-L2", "ct = thoracic ~ CT of the thoracic spine", "outcome = completed",
             "billing ?", "agent = Omnipaque 240", "volume = 10 mL"]),

        ("A CT only recommended",
            "Lumbar myelogram, LP at L3-4, 15 mL Omnipaque 180, AP and lateral views of the lumbar spine. CT of the lumbar spine is recommended if symptoms persist.",
            ["regions = lumbosacral", "route = lumbar", "level = L3-L4", "ct ?", "outcome = completed", "billing ?", "agent = Omnipaque 180", "volume = 15 mL"]),

        ("Cervical and lumbar, C- and L-spine",
            "LP L2-3 w/ 18 mL Omnipaque 240. Views of the C- and L-spine obtained. No post-myelo CT.",
            ["regions = cervical,lumbosacral ~ Views of the C- and L-spine", "route = lumbar", "level = L2-L3", "ct = ~ No post-myelo CT", "outcome = completed", "billing ?",
             "agent = Omnipaque 240", "volume = 18 mL"]),

        ("Thoracolumbar",
            "Thoracolumbar myelogram performed via lumbar puncture at L2-3 with 15 mL of iopamidol 200. No CT was obtained.",
            ["regions = thoracic,lumbosacral ~ Thoracolumbar myelogram", "route = lumbar", "level = L2-L3", "ct = ~ No CT was obtained", "outcome = completed", "billing ?",
             "agent = iopamidol 200", "volume = 15 mL"]),

        ("Findings by region do not add regions",
            """
            PROCEDURE: Lumbar myelogram with post-myelogram CT of the lumbar spine.
            TECHNIQUE: LP at L3-4, 15 mL Omnipaque 180.
            FINDINGS:
            Cervical: not included.
            Thoracic: the conus ends at T12-L1.
            Lumbar: severe stenosis at L4-5.
            IMPRESSION: Severe L4-5 stenosis.
            """,
            ["regions = lumbosacral ~ Lumbar myelogram", "route = lumbar", "level = L3-L4", "ct = lumbosacral ~ CT of the lumbar spine", "outcome = completed", "billing ?",
             "agent = Omnipaque 180", "volume = 15 mL"]),

        ("The indication is not today's work",
            """
            INDICATION: Evaluate with CT myelogram of the cervical and thoracic spine; prior MRI degraded by motion.
            PROCEDURE: Lumbar puncture at L3-4 and 10 mL Omnipaque 240 instilled. Lateral views of the cervical spine.
            Post-myelogram CT of the cervical spine.
            """,
            ["regions = cervical ~ views of the cervical spine", "route = lumbar", "level = L3-L4", "ct = cervical ~ CT of the cervical spine", "outcome = completed", "billing ?",
             "agent = Omnipaque 240", "volume = 10 mL"]),

        ("Headings on one line",
            "HX: neck pain, prior CT C-spine 2024. PROCEDURE: LP at L2-3, 12 mL Omnipaque 240, AP and lateral views of the cervical spine. IMPRESSION: Normal cervical myelogram.",
            ["regions = cervical ~ views of the cervical spine ~ cervical myelogram", "route = lumbar", "level = L2-L3", "ct ?", "outcome = completed", "billing ?",
             "agent = Omnipaque 240", "volume = 12 mL"]),

        ("A CT region not evaluated",
            """
            Total myelogram via LP at L2-3 with 20 mL Omnipaque 240. Post-myelogram CT of the cervical and thoracic spine was
            performed; the lumbar spine was not evaluated on CT.
            """,
            ["regions = cervical,thoracic,lumbosacral ~ Total myelogram", "route = lumbar", "level = L2-L3", "ct = cervical,thoracic ~ CT of the cervical and thoracic spine",
             "outcome = completed", "billing ?", "agent = Omnipaque 240", "volume = 20 mL"]),

        ("The author did the injection only",
            """
            I performed the lumbar puncture at L4-5 and instilled 15 mL Omnipaque 180. The myelographic images were
            interpreted by Dr. Achebe. Lumbar myelogram images were obtained. No CT.
            """,
            ["regions = lumbosacral ~ Lumbar myelogram images", "route = lumbar", "level = L4-L5", "ct = ~ No CT", "outcome = completed",
             "billing = injecting ~ I performed the lumbar puncture ~ interpreted by Dr. Achebe", "agent = Omnipaque 180", "volume = 15 mL"]),

        ("Complete myelogram and CT of the entire spine",
            """
            PROCEDURE: Complete myelogram with CT.
            TECHNIQUE: LP at L3-4. 20 mL Omnipaque 240. Myelographic images of the whole spine; then CT of the entire spine.
            """,
            ["regions = cervical,thoracic,lumbosacral ~ Complete myelogram", "route = lumbar", "level = L3-L4", "ct = cervical,thoracic,lumbosacral ~ CT of the entire spine",
             "outcome = completed", "billing ?", "agent = Omnipaque 240", "volume = 20 mL"]),

        ("Lateral C1-2 puncture for a lumbar study",
            """
            Due to lumbar fusion hardware, a lateral C1-2 puncture was performed and 15 mL Omnipaque 240 injected; contrast was
            run caudally and lumbar myelogram images were obtained. CT of the lumbar spine followed.
            """,
            ["regions = lumbosacral ~ lumbar myelogram images", "route = c1c2 ~ lateral C1-2", "level = C1-C2", "ct = lumbosacral ~ CT of the lumbar spine",
             "outcome = completed", "billing ?", "agent = Omnipaque 240", "volume = 15 mL"]),

        ("Two punctures, neither said to fail",
            """
            Lumbar puncture at L3-4 was performed. A lateral C1-2 puncture was also performed. 10 mL Omnipaque 240 was injected.
            Views of the cervical spine were obtained. No CT.
            """,
            ["regions = cervical", "route ?", "ct = ~ No CT", "outcome = completed", "billing ?", "agent = Omnipaque 240", "volume = 10 mL"]),

        ("CT myelogram only, in short",
            "CT myelogram only. LP L3-4, 10 mL Omnipaque 180 IT. CT L-spine w/ reformats.",
            ["regions = ~ CT myelogram only", "route = lumbar", "level = L3-L4", "ct = lumbosacral ~ CT L-spine", "outcome = completed", "billing ?",
             "agent = Omnipaque 180", "volume = 10 mL"]),

        ("Long report with history, comparison and a block",
            """
            CLINICAL HISTORY: 66-year-old with progressive leg weakness. Outside CT of the thoracic spine from 2023 reported
            a disc protrusion at T7-8. Previous lumbar puncture in 2022 for headache.

            COMPARISON: MRI thoracic spine 01/2026 (limited by motion). CT thoracic spine 2023.

            PROCEDURE: Thoracic and lumbar myelogram with post-myelogram CT.

            TECHNIQUE: Informed consent was obtained. Time-out performed. The patient was positioned prone. Under fluoroscopic
            guidance a 22-gauge Quincke needle was advanced at L2-3; clear CSF returned. 15 mL Isovue-M 300 was injected
            intrathecally. AP and lateral images of the thoracic and lumbar spine were obtained with table tilt. The patient was
            then taken to CT, where axial images of the thoracic spine were acquired. The lumbar spine was not scanned.

            FINDINGS: Moderate canal narrowing at T7-8. Lumbar canal patent.

            IMPRESSION: Moderate T7-8 stenosis.

            Electronically signed by Dr. Petrov.
            """,
            ["regions = thoracic,lumbosacral ~ Thoracic and lumbar myelogram ~ images of the thoracic and lumbar spine", "route = lumbar ~ L2-3", "level = L2-L3",
             "ct = thoracic ~ axial images of the thoracic spine", "outcome = completed", "billing ?", "agent = Isovue-M 300", "volume = 15 mL"]),

        ("Dictated in the first person, C-spine with CT",
            """
            I performed a cervical myelogram today. After sterile prep I accessed the thecal sac at L3-4 with a 22 gauge needle and
            injected 12 cc of Omnipaque 240. Cervical views were obtained in the prone and lateral positions. A CT of the cervical
            spine was then performed. I interpreted the myelogram and the CT.
            """,
            ["regions = cervical ~ cervical myelogram ~ Cervical views", "route = lumbar ~ L3-4", "level = L3-L4", "ct = cervical ~ CT of the cervical\nspine",
             "outcome = completed", "billing = both ~ I performed a cervical myelogram ~ I interpreted", "agent = Omnipaque 240", "volume = 12 mL"]),

        ("Nothing about the procedure",
            "The patient arrived in stable condition. Vital signs were normal. Discharged home with a responsible adult.",
            ["regions ?", "route ?", "ct ?", "outcome ?", "billing ?"]),
    ];
}
