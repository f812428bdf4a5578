#include "style.h"

namespace Style {

QString sheet()
{
    return QStringLiteral(
        "QMainWindow { background: #f4f2ee; }"
        "QFrame#sidePanel, QFrame#contentPanel { background: white; border: 1px solid #e0dfdc;"
        "  border-radius: 8px; }"
        "QLabel#memberName { font-size: 16pt; font-weight: 600; color: #191919; }"
        "QLabel#manageTitle, QLabel#sectionTitle { font-size: 12pt; font-weight: 600; color: #191919;"
        "  padding-top: 12px; }"
        "QLabel { color: #404040; }");
}

}
