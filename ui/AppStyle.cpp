#include "ui/AppStyle.h"

#include <QIconEngine>
#include <QPainter>
#include <QPointer>

namespace talentflow {

namespace {

// A standard icon asked of the base style the first time it is drawn or measured.
class StandardIconOnDemand : public QIconEngine
{
public:
    StandardIconOnDemand(QStyle *style, QStyle::StandardPixmap which)
        : m_style(style)
        , m_which(which)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    // QIcon asks both with the size in device pixels and sets the ratio itself: the icon is
    // asked at a ratio of 1, or it would scale twice.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, 1.0, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal) override
    {
        return icon().pixmap(size, 1.0, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return pixmap(size, mode, state).size();
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    QIconEngine *clone() const override
    {
        return new StandardIconOnDemand(m_style, m_which);
    }
    QString key() const override
    {
        return QStringLiteral("StandardIconOnDemand");
    }

private:
    const QIcon &icon()
    {
        if (!m_loaded && m_style) {
            m_icon = m_style->standardIcon(m_which);
            m_loaded = true;
        }
        return m_icon;
    }

    QPointer<QStyle> m_style;
    QStyle::StandardPixmap m_which;
    bool m_loaded = false;
    QIcon m_icon;
};

} // namespace

AppStyle::AppStyle(QStyle *base)
    : QProxyStyle(base)
{
}

QIcon AppStyle::standardIcon(StandardPixmap which, const QStyleOption *option, const QWidget *widget) const
{
    if (which == SP_ToolBarHorizontalExtensionButton && !option)
        return QIcon(new StandardIconOnDemand(baseStyle(), which));
    return QProxyStyle::standardIcon(which, option, widget);
}

} // namespace talentflow
