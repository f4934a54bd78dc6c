"""The window's style sheet: status colours and a calm, roomy table. One place for the look.

Every surface and text colour is a palette role (`palette(...)`), so the window follows the OS light/dark
scheme; the status hues (amber = needs attention, green = fine, red = the app's own errors) are translucent
tints over the palette's base, which read on light and dark backgrounds alike. The window re-applies the sheet
when the palette changes, because Qt resolves `palette(...)` when a sheet is set.
"""

from __future__ import annotations

STYLE_SHEET = """
#banner { border-radius: 8px; border: 1px solid palette(mid); background: palette(base); }
#banner[state="failing"] { background: rgba(224, 138, 0, 0.13); border-color: rgba(224, 138, 0, 0.55); }
#banner[state="clean"]   { background: rgba(46, 139, 71, 0.13); border-color: rgba(46, 139, 71, 0.55); }
#banner[state="unknown"] { background: palette(alternate-base); }
#bannerTitle { font-size: 17pt; font-weight: 600; color: palette(window-text); }
#bannerSubtitle { color: palette(placeholder-text); }
#bannerAmount { font-size: 13pt; font-weight: 600; color: palette(window-text); }
#bannerBadge { border-radius: 20px; color: white; font-size: 17pt; font-weight: 700; }
#banner[state="failing"] #bannerBadge { background: #D27F00; }
#banner[state="clean"]   #bannerBadge { background: #2E8B47; }
#banner[state="unknown"] #bannerBadge { background: palette(mid); }

#connectionStrip { border-radius: 6px; border: 1px solid rgba(200, 60, 40, 0.6);
                   background: rgba(200, 60, 40, 0.12); }
#connectionText { color: palette(window-text); font-weight: 600; }
#messageStrip { border-radius: 6px; border: 1px solid palette(mid); }
#messageStrip[level="error"] { background: rgba(200, 40, 50, 0.12); border-color: rgba(200, 40, 50, 0.55); }
#messageStrip[level="info"]  { background: rgba(40, 110, 200, 0.10); border-color: rgba(40, 110, 200, 0.45); }
#messageText { color: palette(window-text); }
#messageClose { font-size: 13pt; border: none; padding: 0 4px; }

QPushButton#refreshButton { padding: 6px 16px; font-weight: 600; }
QProgressBar#refreshProgress { min-height: 22px; text-align: center; }
#lastRefreshed, #offlineNote { color: palette(placeholder-text); }

#causeCards, #causeCardsInner { background: transparent; }
QPushButton#causeCard, QPushButton#allCauses {
    text-align: left; padding: 8px 14px; border-radius: 8px; border: 1px solid palette(mid);
    background: palette(base); color: palette(text);
}
QPushButton#causeCard[severity="failure"] { border-left: 4px solid rgba(224, 138, 0, 0.85); }
QPushButton#causeCard[severity="warning"] { border-left: 4px solid palette(mid); }
QPushButton#causeCard:hover, QPushButton#allCauses:hover { border-color: palette(highlight); }
QPushButton#causeCard:checked, QPushButton#allCauses:checked {
    background: palette(highlight); color: palette(highlighted-text); border-color: palette(highlight);
}
QPushButton#causeCard:focus, QPushButton#allCauses:focus { border: 2px solid palette(highlight); }

QTableView#failuresTable {
    border: 1px solid palette(mid); border-radius: 6px; background: palette(base);
    alternate-background-color: palette(alternate-base);
}
QTableView#failuresTable::item { padding: 0 10px; border: none; }
QTableView#failuresTable QHeaderView::section {
    background: palette(button); color: palette(button-text); font-weight: 600; padding: 7px 13px;
    border: none; border-bottom: 1px solid palette(mid);
}
#emptyState {
    border: 1px dashed palette(mid); border-radius: 6px; background: palette(alternate-base);
    color: palette(placeholder-text); font-size: 12pt;
}

#invoiceCard { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }
#invoiceCardBody { background: palette(base); }
#cardHeading { font-size: 14pt; font-weight: 600; }
#cardFacts, #ignoredNote, #cardHistory { color: palette(placeholder-text); }
#cardSection { font-weight: 600; margin-top: 6px; }
#causeSection { border: 1px solid palette(mid); border-radius: 6px; background: palette(alternate-base); }
#causeSection[root="true"] { border-left: 4px solid rgba(224, 138, 0, 0.85); }
#causeTitle { font-weight: 600; font-size: 11pt; }
"""

# The Connect dialog: status line by level, the keychain note and the missing-scopes box.
CONNECT_STYLE = """
QLabel#connectStatus { padding: 6px 8px; border-radius: 6px; }
QLabel#connectStatus[level="error"] { background: rgba(200, 40, 50, 0.12); }
QLabel#connectStatus[level="ok"] { background: rgba(46, 139, 71, 0.13); }
QLabel#connectStatus[level="busy"] { background: rgba(40, 110, 200, 0.10); }
QLabel#keyringNote[level="warning"] { background: rgba(224, 138, 0, 0.13); padding: 6px 8px; border-radius: 6px; }
QLabel[role="hint"] { color: palette(placeholder-text); }
QLabel#hubspotState, QLabel#qboState { font-weight: 600; }
QLabel#scopesLabel { background: rgba(224, 138, 0, 0.13); padding: 6px 8px; border-radius: 6px; }
"""
