#include "BatchGridModel.h"

#include "GridColors.h"
#include "session/DocumentSession.h"

#include "record/ValueChecker.h"
#include "record/ValueText.h"
#include "template/Units.h"

#include <QApplication>
#include <QFileInfo>
#include <QFont>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace metafill::gui {
namespace {

// The separator of several values of a 'multiple' field in one cell.
constexpr QChar ValueSeparator = u';';

QStringList valueProblems(const FieldSpec &field, const QList<Value> &values)
{
    QStringList problems;
    if (values.size() > 1 && !field.multiple)
        problems.append(BatchGridModel::tr("takes one value, but has %1").arg(values.size()));
    for (const Value &value : values)
        problems.append(ValueChecker::check(field, value));
    return problems;
}

bool isNumeric(FieldType type)
{
    return type == FieldType::Integer || type == FieldType::Number || type == FieldType::Quantity;
}

bool samePaths(const QList<GridColumn> &a, const QList<GridColumn> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const GridColumn &x, const GridColumn &y) { return x.path == y.path && x.field == y.field; });
}

} // namespace

BatchGridModel::BatchGridModel(DocumentSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(m_session, &DocumentSession::changed, this, &BatchGridModel::onChanged);
    connect(m_session, &DocumentSession::templateChanged, this, &BatchGridModel::onTemplateChanged);
    onTemplateChanged();
}

BatchGridModel::~BatchGridModel() = default;

int BatchGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int BatchGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

const GridColumn *BatchGridModel::gridColumn(int column) const
{
    if (column <= NameColumn || column > m_columns.size())
        return nullptr;
    return &m_columns.at(column - 1);
}

int BatchGridModel::columnOf(const FieldPath &path) const
{
    return m_columnOfPath.value(path, -1);
}

QString BatchGridModel::rowName(int row) const
{
    if (row == SharedRow)
        return tr("All images");
    const int image = imageOfRow(row);
    const Record &record = m_session->record();
    if (image < 0 || image >= record.images.size())
        return {};
    const ImageEntry &entry = record.images.at(image);
    return entry.name.isEmpty() ? QFileInfo(entry.file).fileName() : entry.name;
}

BatchGridModel::Lookup BatchGridModel::lookup(int row, const GridColumn &column) const
{
    const Record &record = m_session->record();
    const int image = imageOfRow(row);
    if (image >= record.images.size())
        return {};
    if (image >= 0) {
        const ValueMap &own = record.images.at(image).values;
        if (const auto it = own.constFind(column.path); it != own.cend() && !it->isEmpty())
            return {&it->values, &it->provenance, Source::Own};
    }
    if (const auto it = record.values.constFind(column.path); it != record.values.cend() && !it->isEmpty())
        return {&it->values, &it->provenance, image < 0 ? Source::Own : Source::Inherited};
    // The default applies (and is exported) only for instances the image has.
    if (!column.field->defaults.isEmpty() && column.path.instance < instancesShown(*column.section, image))
        return {&column.field->defaults, nullptr, Source::Default};
    return {};
}

int BatchGridModel::instancesShown(const SectionSpec &section, int image) const
{
    // RecordValidator::instancesShown over the image's effective values,
    // without merging the maps: a merged map's count is the larger one.
    const Record &record = m_session->record();
    int stored = Record::instanceCount(record.values, section.key);
    if (image >= 0 && image < record.images.size())
        stored = std::max(stored, Record::instanceCount(record.images.at(image).values, section.key));
    if (!section.isRepeatable())
        return std::max(stored, section.minCount) > 0 ? 1 : 0;
    return std::max(stored, section.perChannel ? 0 : section.minCount);
}

QString BatchGridModel::joined(const QList<Value> &values)
{
    if (values.size() == 1)
        return ValueText::format(values.first());
    QStringList texts;
    texts.reserve(values.size());
    for (const Value &value : values)
        texts.append(ValueText::format(value));
    return texts.join(QString(ValueSeparator) + u' ');
}

quint16 BatchGridModel::computeState(int row, const GridColumn &column) const
{
    quint16 state = Computed;
    const Lookup found = lookup(row, column);
    switch (found.source) {
    case Source::Own:
        state |= Own;
        break;
    case Source::Inherited:
        state |= Inherited;
        break;
    case Source::Default:
        state |= TemplateDefault;
        break;
    case Source::None:
        break;
    }
    if (found.provenance) {
        if (found.provenance->kind == Provenance::Kind::Header)
            state |= FromHeader;
        if (found.provenance->locked)
            state |= Locked;
    }
    if (found.values) {
        // Template defaults were checked with the template.
        if (found.source != Source::Default && !valueProblems(*column.field, *found.values).isEmpty())
            state |= Problem;
    } else if (const int image = imageOfRow(row); image >= 0 && column.field->requirement == Requirement::Required
               && column.path.instance < instancesShown(*column.section, image)) {
        // "All images" may stay empty where every image has its own value,
        // so only an image's empty required cell is a problem.
        state |= RequiredEmpty;
    }
    return state;
}

quint16 BatchGridModel::cellState(int row, int column) const
{
    const GridColumn *gc = gridColumn(column);
    if (!gc || row < 0 || row >= m_rows)
        return 0;
    quint16 &slot = m_state[size_t(row) * size_t(columnCount()) + size_t(column)];
    if (slot == 0)
        slot = computeState(row, *gc);
    return slot;
}

QStringList BatchGridModel::cellProblems(int row, int column) const
{
    const GridColumn *gc = gridColumn(column);
    if (!gc || row < 0 || row >= m_rows)
        return {};
    const Lookup found = lookup(row, *gc);
    QStringList problems;
    if (found.values && found.source != Source::Default)
        problems = valueProblems(*gc->field, *found.values);
    if (cellState(row, column) & RequiredEmpty)
        problems.append(tr("required, but this image has no value"));
    return problems;
}

QString BatchGridModel::cellText(int row, int column) const
{
    if (column == NameColumn)
        return rowName(row);
    const GridColumn *gc = gridColumn(column);
    if (!gc || row < 0 || row >= m_rows)
        return {};
    const Lookup found = lookup(row, *gc);
    return found.values ? joined(*found.values) : QString();
}

FieldValue BatchGridModel::cellValue(int row, int column) const
{
    const GridColumn *gc = gridColumn(column);
    if (!gc || row < 0 || row >= m_rows)
        return {};
    const Lookup found = lookup(row, *gc);
    if (!found.values)
        return {};
    FieldValue value{*found.values, {}};
    if (found.provenance)
        value.provenance = *found.provenance;
    return value;
}

QString BatchGridModel::whyReadOnly(int row, int column) const
{
    if (column == NameColumn)
        return tr("Image names come from the image files; they are not edited here.");
    if (!gridColumn(column) || row < 0 || row >= m_rows)
        return tr("There is no such cell.");
    if (cellState(row, column) & Locked)
        return tr("This value was read from the image file, and the template does not allow changing it.");
    return {};
}

Result<FieldValue> BatchGridModel::parseCell(int column, const QString &text) const
{
    const GridColumn *gc = gridColumn(column);
    if (!gc)
        return Result<FieldValue>::failure(tr("This column cannot be edited."));
    const QString trimmed = text.trimmed();
    FieldValue result; // typed by a person
    if (trimmed.isEmpty())
        return result;
    const QStringList parts = gc->field->multiple ? trimmed.split(ValueSeparator, Qt::SkipEmptyParts) : QStringList{trimmed};
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        Result<Value> value = ValueText::parse(*gc->field, part);
        if (!value)
            return Result<FieldValue>::failure(value.error());
        result.values.append(std::move(value).value());
    }
    return result;
}

QVariant BatchGridModel::sortKey(int row, int column) const
{
    if (column == NameColumn)
        return rowName(row);
    const GridColumn *gc = gridColumn(column);
    if (!gc || row < 0 || row >= m_rows)
        return {};
    const Lookup found = lookup(row, *gc);
    if (!found.values || found.values->isEmpty())
        return {};
    struct Key
    {
        const FieldSpec &field;
        QVariant operator()(const QString &s) const { return s; }
        QVariant operator()(qint64 i) const { return double(i); }
        QVariant operator()(double d) const { return d; }
        QVariant operator()(bool b) const { return b ? 1.0 : 0.0; }
        QVariant operator()(const QDate &d) const { return d; }
        QVariant operator()(const QDateTime &dt) const { return dt; }
        QVariant operator()(const Quantity &q) const
        {
            // 500 nm sorts below 1 µm.
            if (!field.unit.isEmpty() && q.unit != field.unit) {
                if (const auto converted = Units::convert(q.value, q.unit, field.unit))
                    return *converted;
            }
            return q.value;
        }
        QVariant operator()(const Term &t) const { return t.label.isEmpty() ? ValueText::format(t) : t.label; }
    };
    return std::visit(Key{*gc->field}, found.values->first());
}

QVariant BatchGridModel::data(const QModelIndex &index, int role) const
{
    QModelRoleData roleData(role);
    multiData(index, roleData);
    return roleData.data();
}

void BatchGridModel::multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const
{
    // The delegate asks for seven roles per painted cell at once: one lookup serves them all.
    const int row = index.row();
    const int column = index.column();
    if (!index.isValid() || row >= m_rows || column > m_columns.size()) {
        for (QModelRoleData &roleData : roleDataSpan)
            roleData.clearData();
        return;
    }

    if (column == NameColumn) {
        for (QModelRoleData &roleData : roleDataSpan) {
            switch (roleData.role()) {
            case Qt::DisplayRole:
            case Qt::EditRole:
            case Qt::AccessibleTextRole:
            case SortKeyRole:
                roleData.setData(rowName(row));
                break;
            case Qt::ToolTipRole:
                if (row == SharedRow)
                    roleData.setData(tr("Values in this row apply to every image that has no value of its own."));
                else
                    roleData.setData(m_session->record().images.value(imageOfRow(row)).file);
                break;
            case Qt::FontRole:
                if (row == SharedRow) {
                    QFont bold;
                    bold.setBold(true);
                    roleData.setData(bold);
                } else {
                    roleData.clearData();
                }
                break;
            case Qt::BackgroundRole:
                roleData.setData(row == SharedRow ? QVariant(GridColors::sharedRow(QGuiApplication::palette())) : QVariant());
                break;
            case ImageRole:
                roleData.setData(imageOfRow(row));
                break;
            default:
                roleData.clearData();
            }
        }
        return;
    }

    const GridColumn &gc = m_columns.at(column - 1);
    const Lookup found = lookup(row, gc);
    const quint16 state = cellState(row, column);
    const bool shownGrey = state & (Inherited | TemplateDefault);
    for (QModelRoleData &roleData : roleDataSpan) {
        switch (roleData.role()) {
        case Qt::DisplayRole:
            if (found.values) {
                // A table row is one line high: line breaks show as a mark.
                QString text = joined(*found.values);
                if (gc.field->type == FieldType::MultilineText)
                    text.replace(u'\n', u" \u21B5 "_s);
                roleData.setData(text);
            } else {
                roleData.clearData();
            }
            break;
        case Qt::EditRole:
        case Qt::AccessibleTextRole:
            roleData.setData(found.values ? joined(*found.values) : QString());
            break;
        case Qt::ToolTipRole:
            roleData.setData(toolTip(row, column, found, state));
            break;
        case Qt::FontRole:
            if (shownGrey) {
                QFont italic;
                italic.setItalic(true);
                roleData.setData(italic);
            } else {
                roleData.clearData();
            }
            break;
        case Qt::ForegroundRole:
            roleData.setData(shownGrey ? QVariant(GridColors::inheritedText(QGuiApplication::palette())) : QVariant());
            break;
        case Qt::BackgroundRole:
            roleData.setData(background(row, state));
            break;
        case Qt::DecorationRole:
            if (state & Problem) {
                if (m_problemIcon.isNull())
                    m_problemIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
                roleData.setData(m_problemIcon);
            } else {
                roleData.clearData();
            }
            break;
        case Qt::TextAlignmentRole:
            roleData.setData(isNumeric(gc.field->type) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant());
            break;
        case SortKeyRole:
            roleData.setData(sortKey(row, column));
            break;
        case CellStateRole:
            roleData.setData(int(state));
            break;
        case ImageRole:
            roleData.setData(imageOfRow(row));
            break;
        default:
            roleData.clearData();
        }
    }
}

QVariant BatchGridModel::background(int row, quint16 state) const
{
    const QPalette palette = QGuiApplication::palette();
    if (state & Problem)
        return GridColors::problem(palette);
    if (state & RequiredEmpty)
        return GridColors::requiredEmpty(palette);
    if (state & FromHeader)
        return GridColors::fromHeader(palette);
    if (row == SharedRow)
        return GridColors::sharedRow(palette);
    return {};
}

QString BatchGridModel::toolTip(int row, int column, const Lookup &found, quint16 state) const
{
    QStringList lines;
    if (found.values) {
        // The column may be too narrow for the whole value.
        QString text = joined(*found.values);
        if (text.size() > 500)
            text = text.left(500) + u'…';
        lines.append(text);
    }
    for (const QString &problem : cellProblems(row, column))
        lines.append(tr("Problem: %1").arg(problem));
    switch (found.source) {
    case Source::Inherited:
        lines.append(tr("From the “All images” row. Type here to give this image its own value."));
        break;
    case Source::Default:
        lines.append(tr("Template default"));
        break;
    case Source::Own:
        if (row != SharedRow) {
            const FieldValue shared = m_session->record().values.value(m_columns.at(column - 1).path);
            if (!shared.isEmpty())
                lines.append(tr("This image's own value; “All images” has “%1”. Clear the cell (Delete) to use that.").arg(joined(shared.values)));
        }
        break;
    case Source::None:
        break;
    }
    if (found.provenance && found.source != Source::Default)
        lines.append(tr("Source: %1").arg(found.provenance->describe()));
    if (state & Locked)
        lines.append(whyReadOnly(row, column));
    if (found.values) {
        for (const Value &value : *found.values) {
            if (const auto *term = std::get_if<Term>(&value); term && !term->isResolved()) {
                lines.append(tr("“%1” is free text, not linked to an ontology term.").arg(term->label));
                break;
            }
        }
    }
    return lines.join(u'\n');
}

QVariant BatchGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn) {
        if (role == Qt::DisplayRole)
            return tr("Image");
        if (role == Qt::ToolTipRole)
            return tr("The image as OMERO names it. The first row, “All images”, holds the values every image shares.");
        return {};
    }
    const GridColumn *gc = gridColumn(section);
    if (!gc)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        // The mark forms use for required fields.
        return gc->field->requirement == Requirement::Required ? gc->title + u" *"_s : gc->title;
    case Qt::ToolTipRole:
        return gc->toolTip;
    case Qt::AccessibleTextRole:
        return gc->field->requirement == Requirement::Required ? tr("%1, required").arg(gc->title) : gc->title;
    default:
        return {};
    }
}

Qt::ItemFlags BatchGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != NameColumn && !(cellState(index.row(), index.column()) & Locked))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool BatchGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    const int row = index.row();
    const int column = index.column();
    if (const QString why = whyReadOnly(row, column); !why.isEmpty()) {
        emit editRejected(why);
        return false;
    }
    const GridColumn &gc = m_columns.at(column - 1);
    const Result<FieldValue> parsed = parseCell(column, value.toString());
    if (!parsed) {
        emit editRejected(tr("Not stored in “%1” of %2: %3").arg(gc.title, rowName(row), parsed.error()));
        return false;
    }
    const int image = imageOfRow(row);
    if (parsed->isEmpty()) {
        if (!m_session->ownValue(gc.path, image).isEmpty())
            m_session->clearValue(gc.path, image);
        return true;
    }
    // Text that repeats what the cell shows changes nothing: an image keeps
    // following "All images", a header value keeps its source.
    const Lookup found = lookup(row, gc);
    if (found.values && *found.values == parsed->values)
        return true;
    m_session->setValue(gc.path, image, *parsed);
    return true;
}

BatchGridModel::BatchOutcome BatchGridModel::applyChanges(const QList<CellChange> &changes, const QString &undoText)
{
    struct Planned
    {
        FieldPath path;
        int image;
        FieldValue value;
    };
    BatchOutcome outcome;
    QList<Planned> planned;
    for (const CellChange &change : changes) {
        if (const QString why = whyReadOnly(change.row, change.column); !why.isEmpty()) {
            if (outcome.skipped++ == 0)
                outcome.firstReason = tr("%1: %2").arg(rowName(change.row), why);
            continue;
        }
        const GridColumn &gc = m_columns.at(change.column - 1);
        const int image = imageOfRow(change.row);
        const FieldValue own = m_session->ownValue(gc.path, image);
        const bool unchanged = change.value.isEmpty() ? own.isEmpty()
                                                      : own.values == change.value.values && own.provenance == change.value.provenance;
        if (!unchanged)
            planned.append({gc.path, image, change.value});
    }
    if (planned.isEmpty())
        return outcome;

    const RecordChange hint = planned.size() == 1 ? RecordChange::value(planned.first().path, planned.first().image) : RecordChange::images();
    m_session->change(undoText, [&planned](Record &record) {
        for (const Planned &p : planned) {
            if (p.image >= record.images.size())
                continue;
            ValueMap &values = p.image < 0 ? record.values : record.images[p.image].values;
            if (p.value.isEmpty())
                values.remove(p.path);
            else
                values.insert(p.path, p.value);
        }
    }, hint);
    outcome.changed = int(planned.size());
    return outcome;
}

const QString &BatchGridModel::ownText(int row) const
{
    QString &text = m_ownText[size_t(row)];
    if (text.isNull()) {
        // Starts with the name and a line end, so a built text is never null.
        text = rowName(row) + u'\n';
        const ValueMap &values = m_session->scopeValues(imageOfRow(row));
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (m_columnOfPath.contains(it.key()) && !it->isEmpty())
                text += joined(it->values) + u'\n';
        }
    }
    return text;
}

const QList<FieldPath> &BatchGridModel::sharedMatches(const QString &needle) const
{
    if (!m_sharedMatchesValid || needle != m_sharedMatchNeedle) {
        m_sharedMatches.clear();
        for (const GridColumn &gc : m_columns) {
            const Lookup found = lookup(SharedRow, gc);
            if (found.values && joined(*found.values).contains(needle, Qt::CaseInsensitive))
                m_sharedMatches.append(gc.path);
        }
        m_sharedMatchNeedle = needle;
        m_sharedMatchesValid = true;
    }
    return m_sharedMatches;
}

bool BatchGridModel::rowMatches(int row, const QString &needle) const
{
    if (row < 0 || row >= m_rows)
        return false;
    if (needle.isEmpty() || ownText(row).contains(needle, Qt::CaseInsensitive))
        return true;
    if (row == SharedRow)
        return false;
    // What the row shows of "All images": shared values it does not override.
    const ValueMap &own = m_session->scopeValues(imageOfRow(row));
    const QList<FieldPath> &shared = sharedMatches(needle);
    return std::any_of(shared.cbegin(), shared.cend(), [&own](const FieldPath &path) { return !own.contains(path); });
}

std::pair<int, int> BatchGridModel::sectionSpan(int column) const
{
    const GridColumn *gc = gridColumn(column);
    if (!gc)
        return {column, column};
    const auto sameInstance = [gc](const GridColumn &other) {
        return other.path.section == gc->path.section && other.path.instance == gc->path.instance;
    };
    int first = column;
    while (first > 1 && sameInstance(m_columns.at(first - 2)))
        --first;
    int last = column;
    while (last < m_columns.size() && sameInstance(m_columns.at(last)))
        ++last;
    return {first, last};
}

void BatchGridModel::forgetRow(int row)
{
    if (row < 0 || row >= m_rows)
        return;
    const size_t width = size_t(columnCount());
    std::fill_n(m_state.begin() + ptrdiff_t(size_t(row) * width), width, quint16(0));
    m_ownText[size_t(row)] = QString();
}

void BatchGridModel::forgetColumns(int first, int last, int row)
{
    const size_t width = size_t(columnCount());
    const int firstRow = row < 0 ? 0 : row;
    const int lastRow = row < 0 ? m_rows - 1 : row;
    for (int r = firstRow; r <= lastRow; ++r) {
        auto begin = m_state.begin() + ptrdiff_t(size_t(r) * width + size_t(first));
        std::fill(begin, begin + (last - first + 1), quint16(0));
    }
}

QMap<QString, int> BatchGridModel::extraInstances() const
{
    // Instances people added without values yet, in any scope, get columns
    // too; the session keeps them, so undo takes the columns back as well.
    return m_session->addedInstancesInAnyScope();
}

void BatchGridModel::rebuildColumns(QList<GridColumn> columns)
{
    m_columns = std::move(columns);
    m_columnOfPath.clear();
    for (int i = 0; i < m_columns.size(); ++i)
        m_columnOfPath.insert(m_columns.at(i).path, i + 1);
    m_state.assign(size_t(m_rows) * size_t(columnCount()), 0);
    m_ownText.assign(size_t(m_rows), QString());
    m_sharedMatchesValid = false;
}

void BatchGridModel::onTemplateChanged()
{
    beginResetModel();
    m_template = m_session->sharedTemplate();
    m_rows = m_session->imageCount() + 1;
    rebuildColumns(m_template ? GridColumns::build(*m_template, m_session->record(), extraInstances()) : QList<GridColumn>{});
    endResetModel();
}

void BatchGridModel::refreshAll()
{
    QList<GridColumn> columns = m_template ? GridColumns::build(*m_template, m_session->record(), extraInstances()) : QList<GridColumn>{};
    const int rows = m_session->imageCount() + 1;
    if (rows == m_rows && samePaths(columns, m_columns)) {
        // Same shape (fill down, paste, undo of either): views keep their
        // selection and scroll position.
        std::fill(m_state.begin(), m_state.end(), quint16(0));
        std::fill(m_ownText.begin(), m_ownText.end(), QString());
        m_sharedMatchesValid = false;
        emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    rebuildColumns(std::move(columns));
    endResetModel();
}

void BatchGridModel::setFollowing(bool following)
{
    m_following = following;
    if (following && m_behind) {
        m_behind = false;
        refreshAll();
    }
}

void BatchGridModel::onChanged(const RecordChange &change)
{
    if (!m_following) {
        m_behind = true;
        return;
    }
    switch (change.kind) {
    case RecordChange::Kind::Value: {
        const int column = columnOf(change.path);
        const int row = rowOfImage(change.image);
        if (row >= m_rows) {
            refreshAll();
            return;
        }
        if (column < 0) {
            // A value of an instance no column shows yet, e.g. a new channel,
            // needs columns; a hidden field's value shows nowhere.
            const SectionSpec *section = m_template ? m_template->section(change.path.section) : nullptr;
            const FieldSpec *field = section ? section->field(change.path.field) : nullptr;
            if (field && !field->hidden && !section->hidden && section->isRepeatable())
                refreshAll();
            return;
        }
        // The first value of a section instance can make its other required
        // fields count, so the whole instance is looked at again.
        const auto [first, last] = sectionSpan(column);
        m_ownText[size_t(row)] = QString();
        if (change.image < 0) {
            m_sharedMatchesValid = false;
            forgetColumns(first, last);
            emit dataChanged(index(0, first), index(m_rows - 1, last));
        } else {
            forgetColumns(first, last, row);
            emit dataChanged(index(row, first), index(row, last));
        }
        return;
    }
    case RecordChange::Kind::Structure:
    case RecordChange::Kind::Images:
    case RecordChange::Kind::Everything:
        refreshAll();
        return;
    }
}

} // namespace metafill::gui
