#include "VitalChart.h"

#include "common/ChangeFollower.h"
#include "common/FormHelpers.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace relais::ui {

VitalChart::DateAxis VitalChart::dateAxisFor(qint64 fromMs, qint64 toMs)
{
    constexpr qint64 Minute = 60'000;
    constexpr qint64 Day = 1'440 * Minute;
    const qint64 span = std::max<qint64>(toMs - fromMs, 0);
    struct Unit
    {
        qint64 atLeast; // spans from this long use this unit
        qint64 length;  // the longest such unit: ticks this far apart never share a label
        const char *format;
    };
    static const Unit units[] = {
        {2 * 366 * Day, 366 * Day, "yyyy"},
        {62 * Day, 31 * Day, "MM/yyyy"},
        {2 * Day, Day, "dd/MM"},
        {0, Minute, "dd/MM HH:mm"},
    };
    for (const Unit &u : units) {
        if (span >= u.atLeast) {
            const qint64 fit = span / u.length + 1;
            return {QLatin1String(u.format), int(std::clamp<qint64>(fit, 2, 6))};
        }
    }
    return {QStringLiteral("dd/MM HH:mm"), 2};
}

namespace {

QDateTime periodStart(VitalChart::Period period, const QDateTime &now)
{
    switch (period) {
    case VitalChart::Period::OneYear: return now.addYears(-1);
    case VitalChart::Period::FiveYears: return now.addYears(-5);
    case VitalChart::Period::TenYears: return now.addYears(-10);
    case VitalChart::Period::Everything: break;
    }
    return {};
}

QLineSeries *lineFor(const QList<VitalPoint> &points, bool second, const QString &name)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->setPointsVisible(true);
    for (const VitalPoint &p : points)
        series->append(static_cast<qreal>(p.at.toMSecsSinceEpoch()), second ? p.value2 : p.value);
    return series;
}

// A dashed horizontal line across the chart at a threshold.
QLineSeries *threshold(qreal value, qint64 from, qint64 to, const QString &name)
{
    auto *line = new QLineSeries;
    line->setName(name);
    QPen pen(QColor(0xa4, 0x00, 0x00));
    pen.setStyle(Qt::DashLine);
    pen.setWidth(1);
    line->setPen(pen);
    line->append(static_cast<qreal>(from), value);
    line->append(static_cast<qreal>(to), value);
    return line;
}

} // namespace

VitalChart::VitalChart(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_vitals(vault)
{
    // Redrawn when a value is taken or corrected, here or elsewhere, and only while in view: a
    // chart nobody looks at is drawn when it shows.
    ChangeFollower::whileShown(
        vault, {QStringLiteral("vital_sign")},
        [this](const VaultChanges &) {
            if (!m_patientId.isEmpty())
                reload();
        },
        this);
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("chartKind"));
    for (VitalKind kind :
         {VitalKind::Weight, VitalKind::Bmi, VitalKind::BloodPressure, VitalKind::HeartRate,
          VitalKind::Temperature, VitalKind::SpO2, VitalKind::Height, VitalKind::HeadCircumference,
          VitalKind::CapillaryGlucose})
        m_kind->addItem(VitalSigns::name(kind), static_cast<int>(kind));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("chartPeriod"));
    m_period->addItem(tr("last year"), static_cast<int>(Period::OneYear));
    m_period->addItem(tr("last 5 years"), static_cast<int>(Period::FiveYears));
    m_period->addItem(tr("last 10 years"), static_cast<int>(Period::TenYears));
    m_period->addItem(tr("everything"), static_cast<int>(Period::Everything));
    m_period->setCurrentIndex(2);
    auto *kindLabel = new QLabel(tr("&Show:"), this);
    kindLabel->setBuddy(m_kind);
    auto *periodLabel = new QLabel(tr("&Over:"), this);
    periodLabel->setBuddy(m_period);
    controls->addWidget(kindLabel);
    controls->addWidget(m_kind);
    controls->addWidget(periodLabel);
    controls->addWidget(m_period);
    controls->addStretch();
    layout->addLayout(controls);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("chartEmpty"));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setLocalizeNumbers(true); // 82,5 in French
    m_view = new QChartView(m_chart, splitter);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 220);
    m_points = new RecordListModel<VitalPoint>(
        {{tr("Date"),
          [](const VitalPoint &p) {
              return p.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy"));
          }},
         {tr("Value"),
          [this](const VitalPoint &p) -> QString {
              const auto kind = static_cast<VitalKind>(m_kind->currentData().toInt());
              if (kind == VitalKind::BloodPressure)
                  return QStringLiteral("%1/%2").arg(p.value).arg(p.value2) + QChar::Nbsp +
                         VitalSigns::unit(kind);
              return VitalSigns::display(kind, p.value);
          }}},
        {}, this);
    m_table = makeListTable(splitter, m_points, QStringLiteral("chartTable"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &VitalChart::reload);
    connect(m_period, &QComboBox::currentIndexChanged, this, &VitalChart::reload);
}

void VitalChart::showPatient(const QString &patientId)
{
    m_patientId = patientId;
    reload();
}

void VitalChart::show(VitalKind kind, Period period)
{
    const QSignalBlocker kindBlocker(m_kind);
    const QSignalBlocker periodBlocker(m_period);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
    m_period->setCurrentIndex(m_period->findData(static_cast<int>(period)));
    reload();
}

void VitalChart::reload()
{
    const auto kind = static_cast<VitalKind>(m_kind->currentData().toInt());
    const auto period = static_cast<Period>(m_period->currentData().toInt());
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    auto loaded =
        m_vitals.series(m_session, m_patientId, kind, periodStart(period, m_vitals.clock().now()));
    const QList<VitalPoint> points = loaded ? *loaded : QList<VitalPoint>{};
    // Newest first in the table, as everywhere in the file.
    QList<VitalPoint> newestFirst = points;
    std::reverse(newestFirst.begin(), newestFirst.end());
    m_points->setRecords(newestFirst);
    if (!loaded)
        m_empty->setText(loaded.error().message);
    else if (points.isEmpty())
        m_empty->setText(tr("No %1 recorded over this period: values typed in the Vital signs "
                            "tab, or imported, are drawn here.")
                             .arg(VitalSigns::name(kind).toLower()));
    else
        m_empty->setText(points.size() == 1 ? tr("One value: a trend needs at least two.")
                                            : QString());
    m_chart->setTitle(VitalSigns::name(kind) + QStringLiteral(" (") + VitalSigns::unit(kind) +
                      QLatin1Char(')'));
    if (points.isEmpty())
        return;

    QList<QLineSeries *> lines;
    if (kind == VitalKind::BloodPressure) {
        lines.append(lineFor(points, false, tr("systolic")));
        lines.append(lineFor(points, true, tr("diastolic")));
    } else {
        lines.append(lineFor(points, false, VitalSigns::name(kind)));
    }
    qint64 from = points.first().at.toMSecsSinceEpoch();
    qint64 to = points.last().at.toMSecsSinceEpoch();
    if (to - from < 86'400'000) { // one day at least, so the axis has a width
        from -= 43'200'000;
        to += 43'200'000;
    }
    // A margin on both sides, so the first and last points are not cut by the frame.
    const qint64 pad = (to - from) / 30;
    from -= pad;
    to += pad;
    qreal low = std::numeric_limits<qreal>::max();
    qreal high = std::numeric_limits<qreal>::lowest();
    for (QLineSeries *line : std::as_const(lines)) {
        for (const QPointF &p : line->points()) {
            low = std::min(low, p.y());
            high = std::max(high, p.y());
        }
    }
    if (kind == VitalKind::BloodPressure) {
        lines.append(threshold(140, from, to, tr("140 mmHg")));
        lines.append(threshold(90, from, to, tr("90 mmHg")));
        low = std::min<qreal>(low, 90);
        high = std::max<qreal>(high, 140);
    }
    auto *dates = new QDateTimeAxis;
    const DateAxis axis = dateAxisFor(from, to);
    dates->setFormat(axis.format);
    dates->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    dates->setTickCount(axis.ticks);
    auto *values = new QValueAxis;
    const qreal margin = std::max<qreal>((high - low) * 0.1, 1.0);
    values->setRange(low - margin, high + margin);
    values->applyNiceNumbers();
    values->setLabelFormat(kind == VitalKind::Weight || kind == VitalKind::Bmi ||
                                   kind == VitalKind::Temperature
                               ? QStringLiteral("%.1f")
                               : QStringLiteral("%.0f"));
    m_chart->addAxis(dates, Qt::AlignBottom);
    m_chart->addAxis(values, Qt::AlignLeft);
    for (QLineSeries *line : std::as_const(lines)) {
        m_chart->addSeries(line);
        line->attachAxis(dates);
        line->attachAxis(values);
        connect(line, &QLineSeries::hovered, this,
                [this, kind, name = line->name()](const QPointF &point, bool state) {
                    if (!state) {
                        QToolTip::hideText();
                        return;
                    }
                    const QString when =
                        QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(point.x()))
                            .toString(QStringLiteral("dd/MM/yyyy"));
                    QToolTip::showText(
                        QCursor::pos(),
                        tr("%1, %2: %3")
                            .arg(name, when,
                                 QLocale().toString(point.y(), 'f',
                                                    VitalSigns::definition(kind).decimals)),
                        m_view);
                });
    }
}

} // namespace relais::ui
