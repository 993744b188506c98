#include "AutofillEngine.h"
#include "ImageCatalog.h"
#include "TestPaths.h"
#include "record/ValueText.h"
#include "template/TemplateLoader.h"

#include <QtTest>

using namespace metafill;
using namespace Qt::StringLiterals;

namespace {

// A two-channel confocal image as a reader would describe it.
FileMetadata confocalFile()
{
    FileMetadata file;
    file.path = u"/data/run1/cells.lif"_s;
    file.format = u"lif"_s;
    InstrumentInfo instrument;
    instrument.id = u"Instrument:0"_s;
    instrument.microscope.model = u"TCS SP8"_s;
    ObjectiveInfo objective;
    objective.id = u"Objective:0:0"_s;
    objective.nominalMagnification = 63;
    objective.immersion = u"Glycerol"_s;
    instrument.objectives.append(objective);
    file.instruments.append(instrument);

    ImageInfo image;
    image.id = u"Image:0"_s;
    image.name = u"xzt"_s;
    image.instrumentRef = instrument.id;
    image.objectiveRef = objective.id;
    image.acquisitionDate = u"2021-03-04T16:39:17.951Z"_s;
    image.description = u"HeLa, fixed"_s;
    image.pixels.physicalSizeXUm = 0.139;
    for (int c = 0; c < 2; ++c) {
        ChannelInfo channel;
        channel.id = u"Channel:0:%1"_s.arg(c);
        channel.name = c == 0 ? u"FITC"_s : u"TRITC"_s;
        channel.excitationNm = c == 0 ? 488 : 552;
        channel.exposureS = c == 0 ? 0.04 : std::optional<double>();
        image.channels.append(channel);
    }
    image.originalMetadata = {{u"Zoom"_s, u"10.357"_s}, {u"Detector #1|Gain"_s, u"650"_s}, {u"Detector #2|Gain"_s, u"-3"_s}};
    file.images.append(image);
    return file;
}

QString text(const ValueMap &values, const QString &path)
{
    const auto p = FieldPath::parse(path);
    if (!p || !values.contains(*p) || values.value(*p).isEmpty())
        return {};
    return ValueText::format(values.value(*p).values.first());
}

} // namespace

class TestAutofillEngine : public QObject
{
    Q_OBJECT

    std::optional<Template> m_template;

private slots:
    void initTestCase()
    {
        TemplateLoader loader{QStringList{}};
        auto outcome = loader.load(TestPaths::data(u"templates/valid/autofill.yaml"_s));
        QVERIFY2(outcome.result, qPrintable(outcome.diagnostics.toString()));
        m_template = std::move(outcome.result);
    }

    void fillsFieldsFromTheHeader()
    {
        const AutofillEngine engine(*m_template);
        QVERIFY(engine.problems().isEmpty());
        ValueMap values;
        const AutofillResult result = engine.fill(confocalFile(), 0, values);

        QCOMPARE(text(values, u"acquisition.microscope"_s), u"TCS SP8"_s);
        QCOMPARE(text(values, u"acquisition.magnification"_s), u"63"_s);
        QCOMPARE(text(values, u"acquisition.immersion"_s), u"glycerol"_s);       // OME enum mapped to the template's
        QCOMPARE(text(values, u"acquisition.pixel_size"_s), u"139 nm"_s);         // µm in the header, nm in the field
        QCOMPARE(text(values, u"acquisition.zoom"_s), u"10.357"_s);               // vendor key
        QCOMPARE(text(values, u"channel[0].name"_s), u"FITC"_s);
        QCOMPARE(text(values, u"channel[1].excitation"_s), u"552 nm"_s);
        QCOMPARE(text(values, u"channel[0].exposure"_s), u"40 ms"_s);             // s → ms, the channel's own plane
        QCOMPARE(text(values, u"channel[0].gain"_s), u"650"_s);                   // {channel1} in the vendor key

        // Unknown stays unknown: no Z size, no exposure for channel 1, no serial number.
        QCOMPARE(text(values, u"acquisition.z_step"_s), QString());
        QCOMPARE(text(values, u"channel[1].exposure"_s), QString());
        QCOMPARE(text(values, u"acquisition.serial"_s), QString());

        // A value the field cannot take is reported, not stored.
        QCOMPARE(text(values, u"channel[1].gain"_s), QString());
        QCOMPARE(result.notes.size(), 1);
        QVERIFY2(result.notes.first().contains(u"channel[1].gain"_s), qPrintable(result.notes.first()));

        // The preset matched the microscope; it fills only what the header did not.
        QCOMPARE(result.presetsApplied, QStringList{u"sp8"_s});
        QCOMPARE(text(values, u"acquisition.room"_s), u"1.23"_s);
    }

    void recordsWhereEachValueCameFrom()
    {
        const AutofillEngine engine(*m_template);
        ValueMap values;
        engine.fill(confocalFile(), 0, values);
        const FieldValue &pixel = values.value(*FieldPath::parse(u"acquisition.pixel_size"_s));
        QCOMPARE(pixel.provenance.kind, Provenance::Kind::Header);
        QCOMPARE(pixel.provenance.file, u"/data/run1/cells.lif"_s);
        QCOMPARE(pixel.provenance.image, 0);
        QVERIFY(pixel.provenance.query.contains(u"PhysicalSizeX"_s));
        QVERIFY(!pixel.provenance.locked);
        QVERIFY(values.value(*FieldPath::parse(u"acquisition.acquired"_s)).provenance.locked);
        QCOMPARE(values.value(*FieldPath::parse(u"acquisition.room"_s)).provenance.kind, Provenance::Kind::Preset);
        QCOMPARE(values.value(*FieldPath::parse(u"acquisition.room"_s)).provenance.preset, u"sp8"_s);
    }

    void policies()
    {
        const AutofillEngine engine(*m_template);
        ValueMap values;
        Provenance typed;
        const auto set = [&](const QString &path, const Value &v, Provenance::Kind kind = Provenance::Kind::Typed) {
            Provenance p;
            p.kind = kind;
            values.insert(*FieldPath::parse(path), FieldValue{{v}, p});
        };
        set(u"acquisition.microscope"_s, u"typed by hand"_s);                  // fill_empty: kept
        set(u"acquisition.zoom"_s, 2.0);                                       // overwrite: replaced
        set(u"acquisition.acquired"_s, QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC)); // lock: replaced
        set(u"acquisition.software"_s, u"unknown"_s, Provenance::Kind::Default); // a default yields to the header
        FileMetadata file = confocalFile();
        file.originalMetadata.append({u"Application|Name"_s, u"LAS X"_s});
        const AutofillResult result = engine.fill(file, 0, values);

        QCOMPARE(text(values, u"acquisition.microscope"_s), u"typed by hand"_s);
        QCOMPARE(text(values, u"acquisition.zoom"_s), u"10.357"_s);
        QCOMPARE(text(values, u"acquisition.acquired"_s).left(19), u"2021-03-04T16:39:17"_s);
        QCOMPARE(text(values, u"acquisition.software"_s), u"LAS X"_s);
        // suggest: offered, not filled.
        QCOMPARE(text(values, u"acquisition.description"_s), QString());
        QCOMPARE(result.suggestions.size(), 1);
        QCOMPARE(result.suggestions.first().path.field, u"description"_s);
        QCOMPARE(ValueText::format(result.suggestions.first().value), u"HeLa, fixed"_s);
    }

    void laterRulesFillWhatEarlierOnesDoNotKnow()
    {
        const AutofillEngine engine(*m_template);
        FileMetadata file = confocalFile();
        file.images[0].originalMetadata.append({u"SystemSerialNumber"_s, u"8100000201"_s});
        ValueMap values;
        engine.fill(file, 0, values);
        QCOMPARE(text(values, u"acquisition.serial"_s), u"8100000201"_s);
        QCOMPARE(values.value(*FieldPath::parse(u"acquisition.serial"_s)).provenance.query, u"SystemSerialNumber"_s);
    }

    void eachImageOfAFileIsFilledFromItself()
    {
        const AutofillEngine engine(*m_template);
        FileMetadata file = confocalFile();
        ImageInfo second = file.images.first();
        second.id = u"Image:1"_s;
        second.name = u"xzy"_s;
        second.pixels.physicalSizeXUm = 0.2;
        second.channels.removeLast();
        file.images.append(second);
        ValueMap first, other;
        engine.fill(file, 0, first);
        engine.fill(file, 1, other);
        QCOMPARE(text(first, u"acquisition.pixel_size"_s), u"139 nm"_s);
        QCOMPARE(text(other, u"acquisition.pixel_size"_s), u"200 nm"_s);
        QCOMPARE(text(other, u"channel[1].name"_s), QString());
        QCOMPARE(other.value(*FieldPath::parse(u"acquisition.pixel_size"_s)).provenance.image, 1);
    }

    void invalidXPathIsReportedAtTheRule()
    {
        Template t = *m_template;
        t.sections[0].fields[0].autofill[0].query = u"string(//Pixels/@"_s;
        t.sections[0].fields[0].autofill[0].where = SourceLocation{u"bad.yaml"_s, 12, 9};
        const AutofillEngine engine(t);
        QCOMPARE(engine.problems().items().size(), 1);
        const QString message = engine.problems().toString();
        QVERIFY2(message.contains(u"bad.yaml:12:9"_s) && message.contains(u"not valid XPath"_s), qPrintable(message));
        ValueMap values;
        engine.fill(confocalFile(), 0, values); // the other rules still work
        QCOMPARE(text(values, u"channel[0].name"_s), u"FITC"_s);
    }

    // Series become images named as OMERO names them; a multi-file set is one image.
    void catalogOfABatch()
    {
        FileMetadata lif = confocalFile();
        ImageInfo second = lif.images.first();
        second.name = u"xzy"_s;
        lif.images.append(second);
        FileMetadata member1, member2;
        member1.format = member2.format = u"ome-tiff"_s;
        member1.images.append(ImageInfo{});
        member2.images.append(ImageInfo{});
        member1.setMaster = member2.setMaster = u"/data/run1/set.companion.ome"_s;
        member1.companionFiles = member2.companionFiles = QStringList{u"/data/run1/set.companion.ome"_s};

        const QList<ImageFile> files{
            {u"/data/run1/cells.lif"_s, u"cells.lif"_s, u"run1"_s},
            {u"/data/run1/set-Z1.ome.tiff"_s, u"set-Z1.ome.tiff"_s, u"run1"_s},
            {u"/data/run1/set-Z2.ome.tiff"_s, u"set-Z2.ome.tiff"_s, u"run1"_s},
            {u"/data/run1/broken.czi"_s, u"broken.czi"_s, u"run1"_s},
        };
        const auto scan = [](const QString &path, std::optional<FileMetadata> metadata) {
            ScannedFile file;
            file.path = path;
            if (metadata)
                file.metadata = std::make_shared<const FileMetadata>(std::move(*metadata));
            else
                file.error = u"damaged"_s;
            return file;
        };
        const QList<ScannedFile> scanned{scan(files[0].path, lif), scan(files[1].path, member1), scan(files[2].path, member2),
                                         scan(files[3].path, std::nullopt)};
        const QList<CatalogImage> images = ImageCatalog::build(files, scanned);
        QStringList names;
        for (const CatalogImage &image : images)
            names.append(image.file.name);
        QCOMPARE(names, (QStringList{u"cells.lif [xzt]"_s, u"cells.lif [xzy]"_s, u"set-Z1.ome.tiff"_s, u"broken.czi"_s}));
        QCOMPARE(images[1].imageIndex, 1);
        QCOMPARE(images[3].imageIndex, -1);
    }
};

QTEST_GUILESS_MAIN(TestAutofillEngine)
#include "TestAutofillEngine.moc"
