#include "HubAddressField.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QUrlQuery>

namespace relais::ui {

HubAddressField::HubAddressField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_ca(new QPushButton(tr("&CA…"), this))
{
    m_edit->setObjectName(QStringLiteral("hub"));
    m_edit->setPlaceholderText(QStringLiteral("postgresql://relais@serveur.cabinet.local/relais"));
    m_ca->setObjectName(QStringLiteral("hubCa"));
    m_ca->setToolTip(tr("The practice's certificate authority (a .crt or .pem file): Relais "
                        "checks the hub's certificate against it. Needed for a hub that is not "
                        "on this computer."));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_ca);
    setFocusProxy(m_edit);
    connect(m_ca, &QPushButton::clicked, this, &HubAddressField::chooseCaFile);
}

void HubAddressField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_ca->setVisible(!readOnly);
}

void HubAddressField::setCaFile(const QString &caFile)
{
    QUrl url(m_edit->text().trimmed());
    if (m_edit->text().trimmed().isEmpty())
        url = QUrl(m_edit->placeholderText());
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("sslrootcert"));
    query.addQueryItem(QStringLiteral("sslrootcert"), caFile);
    url.setQuery(query);
    m_edit->setText(url.toString(QUrl::FullyEncoded));
}

void HubAddressField::chooseCaFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("The practice's certificate authority"), QString(),
                                     tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!file.isEmpty())
        setCaFile(file);
}

} // namespace relais::ui
