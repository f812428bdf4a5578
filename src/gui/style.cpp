#include "gui/style.h"

#include <QStyle>
#include <QWidget>

namespace Style {

QString sheet()
{
    return QStringLiteral(
        "QMainWindow, MyNetworkPage { background: #f4f2ee; }"
        "QFrame#sidePanel { background: white; border: 1px solid #e0dfdc; border-radius: 8px; }"
        "QFrame#contentPanel { background: transparent; }"
        "QLabel#memberName { font-size: 15pt; font-weight: 600; color: #191919; }"
        "QLabel#manageTitle, QLabel#inviteTitle, QLabel#importTitle, QLabel#receivedTitle, QLabel#sentTitle, QLabel#suggestionsTitle,"
        "  QLabel#receivedAllTitle {"
        "  font-size: 12pt; font-weight: 600; color: #191919; padding-top: 10px; }"
        "QLabel { color: #404040; }"
        "CardListView { background: transparent; }"
        "QPushButton#inviteButton { background: #0a66c2; color: white; border-radius: 14px; padding: 6px 14px; }"
        "QPushButton#inviteButton:hover { background: #004182; }"
        "QPushButton#primaryButton { background: #0a66c2; color: white; border-radius: 14px; padding: 6px 16px;"
        "  font-weight: 600; }"
        "QPushButton#primaryButton:hover { background: #004182; }"
        "QPushButton#primaryButton:disabled { background: #e9e5df; color: #666666; }"
        "QLabel#importError { color: #b24020; }"
        "QPushButton#seeAllButton, QPushButton#withdrawOldButton, QPushButton#backButton, QPushButton#receivedBackButton,"
        "  QPushButton#showSentButton, QPushButton#manageContactsButton, QPushButton#connectionsButton,"
        "  QPushButton#connectionsBackButton { color: #0a66c2; font-weight: 600; text-align: left;"
        "  border: 2px solid transparent; border-radius: 4px; padding: 2px 2px; }"
        "QPushButton#seeAllButton:hover, QPushButton#withdrawOldButton:hover, QPushButton#backButton:hover,"
        "  QPushButton#receivedBackButton:hover, QPushButton#showSentButton:hover, QPushButton#manageContactsButton:hover,"
        "  QPushButton#connectionsButton:hover, QPushButton#connectionsBackButton:hover"
        "  { text-decoration: underline; }"
        // Every Tab stop shows where the keyboard is, in the palette's own
        // highlight, so a high-contrast theme keeps it visible.
        "QPushButton#seeAllButton:focus, QPushButton#withdrawOldButton:focus, QPushButton#backButton:focus,"
        "  QPushButton#receivedBackButton:focus, QPushButton#showSentButton:focus, QPushButton#manageContactsButton:focus,"
        "  QPushButton#connectionsButton:focus, QPushButton#connectionsBackButton:focus"
        "  { border-color: palette(highlight); }"
        "QPushButton#inviteButton, QPushButton#primaryButton, QPushButton#actionButton { border: 2px solid transparent; }"
        "QPushButton#inviteButton:focus, QPushButton#primaryButton:focus, QPushButton#actionButton:focus,"
        "  QPushButton#secondaryButton:focus { border: 2px solid palette(window-text); }"
        "QToolBar#navigationBar QToolButton { border: 2px solid transparent; border-radius: 6px; padding: 4px 10px; }"
        "QToolBar#navigationBar QToolButton:hover { background: #ebe9e5; }"
        "QToolBar#navigationBar QToolButton:checked { background: #dfe9f5; color: #004182; }"
        "QToolBar#navigationBar QToolButton:focus { border-color: palette(highlight); }"
        "QScrollArea#overviewScroll, QWidget#overviewContent { background: transparent; }"
        "QFrame#profileCard { background: white; border: 1px solid #e0dfdc; border-radius: 8px; }"
        "QLabel#nameLabel { font-size: 18pt; font-weight: 600; color: #191919; }"
        "QLabel#connectionsTitle, QLabel#searchTitle, QLabel#connectionsPageTitle { font-size: 12pt; font-weight: 600; color: #191919; }"
        "QPushButton#actionButton { background: #0a66c2; color: white; border-radius: 15px; padding: 6px 18px;"
        "  font-weight: 600; }"
        "QPushButton#actionButton:hover { background: #004182; }"
        "QPushButton#actionButton:disabled { background: #e9e5df; color: #555555; }"
        "QPushButton#secondaryButton { border: 1px solid #666666; border-radius: 15px; padding: 6px 18px; }");
}

void setStyleName(QWidget *widget, const QString &name)
{
    widget->setObjectName(name);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

}
