"""The window's style sheet: status colours and a calm, roomy table. One place for the palette."""

from __future__ import annotations

# Amber says "needs attention" without the alarm of red; red is kept for errors of the app itself.
STYLE_SHEET = """
#banner { border-radius: 8px; border: 1px solid transparent; }
#banner[state="failing"] { background: #FFF4E0; border-color: #F3C677; }
#banner[state="clean"]   { background: #E7F5EA; border-color: #9FD4AC; }
#banner[state="unknown"] { background: #EEF1F4; border-color: #CBD2D9; }

#bannerTitle { font-size: 17pt; font-weight: 600; }
#banner[state="failing"] #bannerTitle { color: #7A3E00; }
#banner[state="clean"]   #bannerTitle { color: #1E5B2C; }
#banner[state="unknown"] #bannerTitle { color: #33414E; }
#bannerSubtitle { color: #4A5561; }

#bannerBadge { border-radius: 20px; color: white; font-size: 17pt; font-weight: 700; }
#banner[state="failing"] #bannerBadge { background: #E08A00; }
#banner[state="clean"]   #bannerBadge { background: #2E8B47; }
#banner[state="unknown"] #bannerBadge { background: #7B8794; }

#messageStrip { border-radius: 6px; border: 1px solid transparent; }
#messageStrip[level="error"] { background: #FDECEC; border-color: #F0B4B4; }
#messageStrip[level="info"]  { background: #E8F1FB; border-color: #B7D0EE; }
#messageStrip[level="error"] #messageText { color: #A4262C; }
#messageStrip[level="info"]  #messageText { color: #1F4E79; }
#messageClose { font-size: 13pt; color: #5A6570; border: none; padding: 0 4px; }

QPushButton#refreshButton {
    background: #1E63C4; color: white; border: 1px solid #1A56AB; border-radius: 5px;
    padding: 6px 16px; font-weight: 600;
}
QPushButton#refreshButton:hover { background: #1A56AB; }
QPushButton#refreshButton:pressed { background: #164A93; }
QPushButton#refreshButton:disabled { background: #A9BEDD; border-color: #A9BEDD; }
QPushButton#cancelButton {
    background: white; color: #33414E; border: 1px solid #C3CAD2; border-radius: 5px; padding: 6px 14px;
}
QPushButton#cancelButton:hover { background: #F2F4F7; }

QProgressBar#refreshProgress {
    border: 1px solid #C3CAD2; border-radius: 5px; background: #F4F6F8; text-align: center;
    min-height: 22px; color: #33414E;
}
QProgressBar#refreshProgress::chunk { background: #8DB4EA; border-radius: 4px; }

#lastRefreshed { color: #5E6A75; }

QTableView#failuresTable {
    border: 1px solid #D5DAE0; border-radius: 6px; background: white; alternate-background-color: #F7F9FB;
    selection-background-color: #D6E6FA; selection-color: #111;
}
QTableView#failuresTable::item { padding: 0 10px; border: none; }
QTableView#failuresTable QHeaderView::section {
    background: #F0F3F6; color: #33414E; font-weight: 600; padding: 7px 13px; border: none;
    border-bottom: 1px solid #D5DAE0;
}
#emptyState {
    border: 1px dashed #C9D1DA; border-radius: 6px; background: #FAFBFC; color: #5E6A75; font-size: 12pt;
}
"""
