// bench_grid: the batch grid with thousands of images (issue 5: "5,000 images
// in the grid: scrolling and editing stay smooth; resident memory <= 200 MB").
//
//   bench_grid [--template rembi|nbo] [--images 5000] [--values 30]
//
// Runs on Qt's offscreen platform unless QT_QPA_PLATFORM says otherwise. Each
// image gets about --values header-filled values (a few channels' worth and
// acquisition settings), as the auto-fill of real files gives them; "All
// images" gets a few typed ones. Scroll times are of synchronous repaints of
// the table's viewport, so they include the model's data() for every visible
// cell; "model data" times are the model's share alone.

#include "grid/BatchGridModel.h"
#include "grid/BatchGridProxy.h"
#include "grid/BatchGridView.h"
#include "session/DocumentSession.h"

#include "TestPaths.h"
#include "record/ValueText.h"
#include "template/TemplateLoader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace metafill;
using namespace metafill::gui;

namespace {

double megabytes(const char *key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void report(const char *what, double value, const char *unit = "ms")
{
    std::printf("%-58s %10.1f %s\n", what, value, unit);
    std::fflush(stdout);
}

// A value a field takes, varied by image so sorting and filtering have work.
std::optional<Value> sampleValue(const FieldSpec &field, int image, int salt)
{
    const int n = (image * 7 + salt * 13) % 997;
    switch (field.type) {
    case FieldType::Text:
    case FieldType::MultilineText:
        return Value(u"%1 %2"_s.arg(field.key).arg(n));
    case FieldType::Integer:
        return Value(qint64(n));
    case FieldType::Number:
        return Value(double(n) / 10.0);
    case FieldType::Quantity: {
        const QString unit = !field.unit.isEmpty() ? field.unit : field.units.value(0);
        if (unit.isEmpty())
            return std::nullopt;
        double v = 400 + n % 300;
        if (field.minimum)
            v = std::max(v, *field.minimum);
        if (field.maximum)
            v = std::min(v, *field.maximum);
        return Value(Quantity{v, unit});
    }
    case FieldType::Choice:
        if (field.choices.isEmpty())
            return std::nullopt;
        return Value(field.choices.at(n % field.choices.size()).value);
    case FieldType::Boolean:
        return Value(n % 2 == 0);
    case FieldType::Date:
        return Value(QDate(2024, 1, 1).addDays(n));
    case FieldType::DateTime:
        return Value(QDateTime(QDate(2024, 1, 1).addDays(n), QTime(10, 0), Qt::UTC));
    case FieldType::Term:
        return Value(Term{u"term %1"_s.arg(n), u"FBbi:%1"_s.arg(n, 8, 10, QChar(u'0')), {}, u"fbbi"_s});
    case FieldType::Url:
        return Value(u"https://example.org/%1"_s.arg(n));
    case FieldType::Email:
        return Value(u"user%1@example.org"_s.arg(n));
    case FieldType::Orcid:
        return Value(u"https://orcid.org/0000-0002-1825-0097"_s);
    }
    return std::nullopt;
}

struct Slot
{
    const SectionSpec *section;
    const FieldSpec *field;
    int instance;
    QString query;
};

// The fields header auto-fill would reach: those with rules first, channels three times.
QList<Slot> headerSlots(const Template &t, int wanted)
{
    QList<Slot> chosen, others;
    for (const SectionSpec &section : t.sections) {
        if (section.hidden)
            continue;
        const int instances = section.perChannel ? 3 : 1;
        for (int instance = 0; instance < instances; ++instance) {
            for (const FieldSpec &field : section.fields) {
                if (field.hidden)
                    continue;
                if (!field.autofill.isEmpty())
                    chosen.append({&section, &field, instance, field.autofill.first().query});
                else
                    others.append({&section, &field, instance, u"//Original/@key"_s});
            }
        }
    }
    for (const Slot &slot : others) {
        if (chosen.size() >= wanted)
            break;
        chosen.append(slot);
    }
    chosen.resize(std::min<qsizetype>(chosen.size(), wanted));
    return chosen;
}

Record makeRecord(const Template &t, int images, int valuesPerImage)
{
    Record record;
    record.templateRef = t.ref();
    const QList<Slot> targets = headerSlots(t, valuesPerImage);
    record.images.reserve(images);
    for (int i = 0; i < images; ++i) {
        ImageEntry entry;
        entry.file = u"/data/experiment-2024-05/plate 3/well %1.czi"_s.arg(i);
        entry.name = u"well %1.czi"_s.arg(i);
        for (int s = 0; s < targets.size(); ++s) {
            const Slot &slot = targets.at(s);
            const auto value = sampleValue(*slot.field, i, s);
            if (!value)
                continue;
            Provenance provenance;
            provenance.kind = Provenance::Kind::Header;
            provenance.file = entry.file; // shared text, as AutofillEngine does
            provenance.image = 0;
            provenance.query = slot.query;
            entry.values.insert(FieldPath{slot.section->key, slot.instance, slot.field->key}, FieldValue{{*value}, provenance});
        }
        record.images.append(std::move(entry));
    }
    // A few values typed once for all images.
    int shared = 0;
    for (const SectionSpec &section : t.sections) {
        if (section.hidden || section.isRepeatable())
            continue;
        for (const FieldSpec &field : section.fields) {
            if (field.hidden || shared >= 10)
                continue;
            if (field.type == FieldType::Text || field.type == FieldType::MultilineText) {
                record.values.insert(FieldPath{section.key, 0, field.key}, FieldValue{{Value(u"shared %1"_s.arg(field.key))}, {}});
                ++shared;
            }
        }
    }
    return record;
}

double repaint(QTableView *table)
{
    QElapsedTimer timer;
    timer.start();
    QCoreApplication::processEvents();
    table->viewport()->repaint();
    table->horizontalHeader()->viewport()->repaint();
    return ms(timer);
}

struct Stats
{
    double median = 0;
    double max = 0;
};

Stats stats(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return {samples.at(samples.size() / 2), samples.last()};
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString templateName = u"rembi"_s;
    int images = 5000;
    int valuesPerImage = 30;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--template")
            templateName = args.at(i + 1);
        else if (args.at(i) == u"--images")
            images = args.at(i + 1).toInt();
        else if (args.at(i) == u"--values")
            valuesPerImage = args.at(i + 1).toInt();
    }
    const QString file = templateName == u"nbo" ? u"templates/nbo-tier1.yaml"_s : u"templates/rembi.yaml"_s;

    report("resident memory at start (VmRSS)", megabytes("VmRSS:"), "MB");
    TemplateLoader loader;
    auto loaded = loader.load(TestPaths::source(file));
    if (!loaded.result) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.diagnostics.toString()));
        return 1;
    }
    auto templ = std::make_shared<const Template>(std::move(*loaded.result));

    QElapsedTimer timer;
    timer.start();
    Record record = makeRecord(*templ, images, valuesPerImage);
    qsizetype valueCount = 0;
    for (const ImageEntry &entry : record.images)
        valueCount += entry.values.size();
    std::printf("template %s, %d images, %.1f header values per image\n", qPrintable(templ->id), images,
                double(valueCount) / std::max(1, images));
    report("make the record (bench only)", ms(timer));

    DocumentSession session;
    session.adopt(templ, std::move(record), {}, false);
    report("resident memory with the record loaded (VmRSS)", megabytes("VmRSS:"), "MB");

    timer.restart();
    BatchGridView view(&session);
    const double built = ms(timer);
    view.resize(1400, 900);
    view.show();
    QCoreApplication::processEvents();
    auto *table = view.table();
    table->viewport()->repaint();
    report("build the model and view", built);
    report("build, show and paint the first page", ms(timer));
    std::printf("grid: %d rows x %d columns, %d rows on a page\n", view.model()->rowCount(), view.model()->columnCount(),
                table->viewport()->height() / std::max(1, table->verticalHeader()->defaultSectionSize()));
    report("resident memory with the grid shown (VmRSS)", megabytes("VmRSS:"), "MB");

    // Scrolling: 50 random positions, both directions.
    QRandomGenerator random(42);
    QList<double> scrolls;
    for (int i = 0; i < 50; ++i) {
        timer.restart();
        table->verticalScrollBar()->setValue(int(random.bounded(table->verticalScrollBar()->maximum() + 1)));
        if (i % 2)
            table->horizontalScrollBar()->setValue(int(random.bounded(table->horizontalScrollBar()->maximum() + 1)));
        QCoreApplication::processEvents();
        table->viewport()->repaint();
        scrolls.append(ms(timer));
    }
    const Stats scroll = stats(scrolls);
    report("scroll to a random page and paint: median", scroll.median);
    report("scroll to a random page and paint: longest", scroll.max);

    // The model's share of a page: the roles the delegate asks for, for
    // every visible cell, without painting (first visit, then cached).
    const auto modelPage = [&](int topRow) {
        QModelRoleData roles[] = {QModelRoleData(Qt::FontRole),       QModelRoleData(Qt::TextAlignmentRole), QModelRoleData(Qt::ForegroundRole),
                                  QModelRoleData(Qt::CheckStateRole), QModelRoleData(Qt::DecorationRole),    QModelRoleData(Qt::DisplayRole),
                                  QModelRoleData(Qt::BackgroundRole)};
        const int rows = table->viewport()->height() / table->verticalHeader()->defaultSectionSize() + 1;
        const int firstColumn = table->columnAt(0), lastColumn = table->columnAt(table->viewport()->width() - 1);
        QElapsedTimer pageTimer;
        pageTimer.start();
        for (int row = topRow; row < std::min(topRow + rows, view.proxy()->rowCount()); ++row) {
            for (int column = firstColumn; column <= lastColumn; ++column)
                view.proxy()->index(row, column).multiData(roles);
        }
        return ms(pageTimer);
    };
    QList<double> firstVisits, cachedVisits;
    table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum() / 2);
    for (int i = 0; i < 50; ++i) {
        const int top = int(random.bounded(view.proxy()->rowCount() - 40));
        firstVisits.append(modelPage(top));
        cachedVisits.append(modelPage(top));
    }
    report("model data for one page, first visit: median", stats(firstVisits).median);
    report("model data for one page, first visit: longest", stats(firstVisits).max);
    report("model data for one page, cached: median", stats(cachedVisits).median);

    // Editing: setData -> session -> model -> repaint, on visible cells.
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
    table->horizontalScrollBar()->setValue(0);
    repaint(table);
    const int textColumn = [&] {
        for (int c = 1; c < view.model()->columnCount(); ++c) {
            if (view.model()->gridColumn(c)->field->type == FieldType::Text)
                return c;
        }
        return 1;
    }();
    QList<double> edits;
    const int firstVisible = table->rowAt(0);
    for (int i = 0; i < 20; ++i) {
        const QModelIndex index = view.proxy()->index(firstVisible + 1 + i, textColumn);
        timer.restart();
        view.proxy()->setData(index, u"edited value %1"_s.arg(i));
        // The view repaints what changed (the row's section), as after typing.
        QCoreApplication::processEvents();
        edits.append(ms(timer));
    }
    QList<double> modelEdits;
    for (int i = 0; i < 20; ++i) {
        const QModelIndex index = view.proxy()->index(firstVisible + 1 + i, textColumn);
        timer.restart();
        view.proxy()->setData(index, u"edited again %1"_s.arg(i));
        modelEdits.append(ms(timer));
    }
    report("edit one cell, setData to dataChanged (no paint): median", stats(modelEdits).median);
    const Stats edit = stats(edits);
    report("edit one cell, round trip with the repaint: median", edit.median);
    report("edit one cell, round trip with the repaint: longest", edit.max);

    // Fill down one column over every image.
    table->setCurrentIndex(view.proxy()->index(1, textColumn));
    table->selectionModel()->select(QItemSelection(view.proxy()->index(1, textColumn), view.proxy()->index(view.proxy()->rowCount() - 1, textColumn)),
                                    QItemSelectionModel::ClearAndSelect);
    timer.restart();
    view.fillDown();
    const double filled = ms(timer);
    const double filledPaint = repaint(table);
    report("fill down over all rows (one undo step)", filled);
    report("  then repaint", filledPaint);
    timer.restart();
    session.undoStack()->undo();
    report("undo the fill down", ms(timer) + repaint(table));

    // Sorting.
    const int quantityColumn = [&] {
        for (int c = 1; c < view.model()->columnCount(); ++c) {
            if (view.model()->gridColumn(c)->field->type == FieldType::Quantity)
                return c;
        }
        return textColumn;
    }();
    timer.restart();
    table->sortByColumn(quantityColumn, Qt::AscendingOrder);
    report("sort by a quantity column", ms(timer) + repaint(table));
    timer.restart();
    table->sortByColumn(BatchGridModel::NameColumn, Qt::DescendingOrder);
    report("sort by image name (numbers as people count)", ms(timer) + repaint(table));
    timer.restart();
    table->sortByColumn(textColumn, Qt::AscendingOrder);
    report("sort by a text column", ms(timer) + repaint(table));

    // Filtering, as typed into the filter box.
    QLineEdit *filter = view.filterEdit();
    timer.restart();
    filter->setText(u"well 12"_s);
    report("filter 'well 12' (first: builds the search text)", ms(timer) + repaint(table));
    std::printf("  %d images match\n", view.proxy()->rowCount() - 1);
    timer.restart();
    filter->setText(u"450 nm"_s);
    report("filter '450 nm'", ms(timer) + repaint(table));
    std::printf("  %d images match\n", view.proxy()->rowCount() - 1);
    timer.restart();
    filter->clear();
    report("clear the filter", ms(timer) + repaint(table));

    // Scroll through everything once (every cell's state cached).
    timer.restart();
    for (int value = 0; value <= table->verticalScrollBar()->maximum(); value += std::max(1, table->verticalScrollBar()->pageStep())) {
        table->verticalScrollBar()->setValue(value);
        table->viewport()->repaint();
    }
    report("page through all rows (first column block)", ms(timer));

    report("resident memory at the end (VmRSS)", megabytes("VmRSS:"), "MB");
    report("peak resident memory (VmHWM)", megabytes("VmHWM:"), "MB");
    return 0;
}
