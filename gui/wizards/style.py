"""The wizards' and the activity view's style sheet (same palette as gui/style.py)."""

from __future__ import annotations

WIZARD_STYLE = """
#wizardHeading { font-size: 12pt; font-weight: 600; color: #33414E; margin-top: 6px; }
#causeTitle { font-size: 15pt; font-weight: 600; color: #7A3E00; }
#explanation { color: #33414E; font-size: 10.5pt; }
#muted, #optionDescription { color: #5E6A75; }
#optionReason { color: #8A5A00; }
#optionRecommended { color: #1E6B3A; }
#optionWhy { color: #5E6A75; font-style: italic; }
#offlineReason, #errorText { background: #FDECEC; border: 1px solid #F0B4B4; border-radius: 6px; padding: 8px 10px;
    color: #A4262C; }
#notes { background: #E8F1FB; border: 1px solid #B7D0EE; border-radius: 6px; padding: 8px 10px; color: #1F4E79; }
#verdict[state="fixed"] { background: #E7F5EA; border: 1px solid #9FD4AC; border-radius: 8px; padding: 12px;
    color: #1E5B2C; font-size: 13pt; font-weight: 600; }
#verdict[state="failing"] { background: #FFF4E0; border: 1px solid #F3C677; border-radius: 8px; padding: 12px;
    color: #7A3E00; font-size: 13pt; font-weight: 600; }
#verdict[state="busy"] { background: #EEF1F4; border: 1px solid #CBD2D9; border-radius: 8px; padding: 12px;
    color: #33414E; font-size: 13pt; }
#conflictText { background: #FFF4E0; border: 1px solid #F3C677; border-radius: 6px; padding: 8px 10px;
    color: #7A3E00; }
QRadioButton { font-weight: 600; padding-top: 4px; }
QTableWidget, QTreeWidget {
    border: 1px solid #D5DAE0; border-radius: 6px; background: white; alternate-background-color: #F7F9FB;
    selection-background-color: #D6E6FA; selection-color: #111;
}
QHeaderView::section {
    background: #F0F3F6; color: #33414E; font-weight: 600; padding: 5px 9px; border: none;
    border-bottom: 1px solid #D5DAE0;
}
QPushButton#primaryAction {
    background: #1E63C4; color: white; border: 1px solid #1A56AB; border-radius: 5px; padding: 5px 14px;
    font-weight: 600;
}
QPushButton#primaryAction:disabled { background: #A9BEDD; border-color: #A9BEDD; }
"""
