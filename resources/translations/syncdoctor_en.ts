<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityView</name>
    <message numerus="yes">
        <location filename="../../gui/activity_view.py" line="265"/>
        <source>Done: %n record(s) written.</source>
        <translation>
            <numerusform>Done: %n record written.</numerusform>
            <numerusform>Done: %n records written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message numerus="yes">
        <location filename="../../gui/app_window.py" line="163"/>
        <source>%n fix(es) were cut short before every change was confirmed (the app closed or the connection dropped). Open the Activity tab (Ctrl+2) to finish or undo them.</source>
        <translation>
            <numerusform>%n fix was cut short before every change was confirmed (the app closed or the connection dropped). Open the Activity tab (Ctrl+2) to finish or undo it.</numerusform>
            <numerusform>%n fixes were cut short before every change was confirmed (the app closed or the connection dropped). Open the Activity tab (Ctrl+2) to finish or undo them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message numerus="yes">
        <location filename="../../gui/banner.py" line="79"/>
        <source>%n invoices are ignored.</source>
        <translation>
            <numerusform>%n invoice is ignored.</numerusform>
            <numerusform>%n invoices are ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/banner.py" line="86"/>
        <source>%n invoices cannot sync</source>
        <translation>
            <numerusform>%n invoice cannot sync</numerusform>
            <numerusform>%n invoices cannot sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/banner.py" line="89"/>
        <source>%n different causes found. Pick a cause to see its invoices, or an invoice to see why QuickBooks would reject it.</source>
        <translation>
            <numerusform>%n cause found. Pick it to see its invoices, or an invoice to see why QuickBooks would reject it.</numerusform>
            <numerusform>%n different causes found. Pick a cause to see its invoices, or an invoice to see why QuickBooks would reject it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CauseCards</name>
    <message numerus="yes">
        <location filename="../../gui/cause_cards.py" line="123"/>
        <source>All causes
%n invoice(s)</source>
        <translation>
            <numerusform>All causes
%n invoice</numerusform>
            <numerusform>All causes
%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/cause_cards.py" line="124"/>
        <source>All causes, %n invoice(s)</source>
        <translation>
            <numerusform>All causes, %n invoice</numerusform>
            <numerusform>All causes, %n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/cause_cards.py" line="129"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/cause_cards.py" line="130"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/cause_cards.py" line="141"/>
        <source>Fix all %n…</source>
        <translation>
            <numerusform>Fix %n…</numerusform>
            <numerusform>Fix all %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/cause_cards.py" line="142"/>
        <source>Fix all %n invoice(s): {title}</source>
        <translation>
            <numerusform>Fix %n invoice: {title}</numerusform>
            <numerusform>Fix all %n invoices: {title}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message numerus="yes">
        <location filename="../../gui/connect_dialog.py" line="110"/>
        <source>{system} is connected, but the connection expires in %n day(s). Connect again to renew it.</source>
        <translation>
            <numerusform>{system} is connected, but the connection expires in %n day. Connect again to renew it.</numerusform>
            <numerusform>{system} is connected, but the connection expires in %n days. Connect again to renew it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplainPage</name>
    <message numerus="yes">
        <location filename="../../gui/wizards/pages_plan.py" line="52"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <location filename="../../gui/filter_bar.py" line="197"/>
        <source>No invoice with this status matches the search; %n invoice(s) with another status do.</source>
        <translation>
            <numerusform>No invoice with this status matches the search; %n invoice with another status does.</numerusform>
            <numerusform>No invoice with this status matches the search; %n invoices with another status do.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/filter_bar.py" line="208"/>
        <source>More filters (%n)</source>
        <translation>
            <numerusform>More filters (%n)</numerusform>
            <numerusform>More filters (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceCardPanel</name>
    <message numerus="yes">
        <location filename="../../gui/invoice_card.py" line="201"/>
        <source>%n invoices are selected: Fix and Ignore apply to each selected invoice with that cause.</source>
        <translation>
            <numerusform>%n invoice is selected: Fix and Ignore apply to it.</numerusform>
            <numerusform>%n invoices are selected: Fix and Ignore apply to each selected invoice with that cause.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/invoice_card.py" line="347"/>
        <source>%n differences, marked ≠.</source>
        <translation>
            <numerusform>%n difference, marked ≠.</numerusform>
            <numerusform>%n differences, marked ≠.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineDiffView</name>
    <message numerus="yes">
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="66"/>
        <source>Lines that differ: {n} of %n (marked). HubSpot&apos;s lines are the ones the invoice should have.</source>
        <translation>
            <numerusform>Lines that differ: {n} of %n (marked). HubSpot&apos;s line is the one the invoice should have.</numerusform>
            <numerusform>Lines that differ: {n} of %n (marked). HubSpot&apos;s lines are the ones the invoice should have.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="231"/>
        <source>Loading %n invoices…</source>
        <translation>
            <numerusform>Loading %n invoice…</numerusform>
            <numerusform>Loading %n invoices…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message numerus="yes">
        <location filename="../../gui/profile_bar.py" line="110"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/profile_bar.py" line="129"/>
        <source>Expires in %n days</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message numerus="yes">
        <location filename="../../gui/progress_text.py" line="21"/>
        <source>%n record(s) read</source>
        <translation>
            <numerusform>%n record read</numerusform>
            <numerusform>%n records read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/progress_text.py" line="23"/>
        <source>%n request(s) sent</source>
        <translation>
            <numerusform>%n request sent</numerusform>
            <numerusform>%n requests sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/progress_text.py" line="27"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendReady</name>
    <message numerus="yes">
        <location filename="../../gui/send_ready.py" line="89"/>
        <source>Create %n invoice(s) in QuickBooks now? Each one is recorded in Activity first.</source>
        <translation>
            <numerusform>Create %n invoice in QuickBooks now? It is recorded in Activity first.</numerusform>
            <numerusform>Create %n invoices in QuickBooks now? Each one is recorded in Activity first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/send_ready.py" line="108"/>
        <source>%n invoice(s) sent to QuickBooks.</source>
        <translation>
            <numerusform>%n invoice sent to QuickBooks.</numerusform>
            <numerusform>%n invoices sent to QuickBooks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/send_ready.py" line="110"/>
        <source>QuickBooks refused %n; see Activity.</source>
        <translation>
            <numerusform>QuickBooks refused %n; see Activity.</numerusform>
            <numerusform>QuickBooks refused %n; see Activity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message numerus="yes">
        <location filename="../../gui/undo_dialog.py" line="110"/>
        <source>Undo puts %n record(s) back as they were. Nothing is written until you click Undo.</source>
        <translation>
            <numerusform>Undo puts %n record back as it was. Nothing is written until you click Undo.</numerusform>
            <numerusform>Undo puts %n records back as they were. Nothing is written until you click Undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/undo_dialog.py" line="117"/>
        <source>Undo %n fix(es)</source>
        <translation>
            <numerusform>Undo %n fix</numerusform>
            <numerusform>Undo %n fixes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/undo_dialog.py" line="163"/>
        <source>Undone: %n record(s) put back as they were.</source>
        <translation>
            <numerusform>Undone: %n record put back as it was.</numerusform>
            <numerusform>Undone: %n records put back as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message numerus="yes">
        <location filename="../../gui/wizards/page_verify.py" line="136"/>
        <source>✓ Fixed: all %n invoice(s) can now sync to QuickBooks.</source>
        <translation>
            <numerusform>✓ Fixed: the invoice can now sync to QuickBooks.</numerusform>
            <numerusform>✓ Fixed: all %n invoices can now sync to QuickBooks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/wizards/page_verify.py" line="141"/>
        <source>✓ Fixed on %n invoice(s); {still} of them still blocked by another cause.</source>
        <translation>
            <numerusform>✓ Fixed on %n invoice; {still} still blocked by another cause.</numerusform>
            <numerusform>✓ Fixed on %n invoices; {still} of them still blocked by another cause.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/wizards/page_verify.py" line="147"/>
        <source>{fixed} of %n invoice(s) can now sync; {n} still cannot.</source>
        <translation>
            <numerusform>{fixed} of %n invoice can now sync; {n} still cannot.</numerusform>
            <numerusform>{fixed} of %n invoices can now sync; {n} still cannot.</numerusform>
        </translation>
    </message>
</context>
</TS>
