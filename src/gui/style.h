#pragma once

#include <QString>

// The app's calm palette, applied once as a style sheet.
namespace Style {
QString sheet();
}
