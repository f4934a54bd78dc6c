<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActivityView</name>
    <message>
        <location filename="../../gui/activity_view.py" line="73"/>
        <source>Fixes made, newest first</source>
        <translation>Correcciones realizadas, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="84"/>
        <source>No fixes yet. Fixes you apply appear here, and can be undone from here.</source>
        <translation>Aún no hay correcciones. Las correcciones que aplique aparecen aquí y desde aquí puede deshacerlas.</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="86"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="88"/>
        <source>Undo the selected fix</source>
        <translation>Deshacer la corrección seleccionada</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="90"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="92"/>
        <source>Finish the interrupted fix</source>
        <translation>Terminar la corrección interrumpida</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="93"/>
        <source>Send what the interrupted fix had not sent yet</source>
        <translation>Enviar lo que la corrección interrumpida aún no había enviado</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="95"/>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="96"/>
        <source>Reload the list of fixes</source>
        <translation>Recargar la lista de correcciones</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="101"/>
        <source>Activity message</source>
        <translation>Mensaje de actividad</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="138"/>
        <source>Undo of an earlier fix</source>
        <translation>Deshacer una corrección anterior</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="161"/>
        <source>Interrupted — not finished</source>
        <translation>Interrumpida: sin terminar</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="163"/>
        <source>Undone</source>
        <translation>Deshecha</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="165"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="167"/>
        <source>Partly done</source>
        <translation>Hecha en parte</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="168"/>
        <source>Not done</source>
        <translation>No hecha</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="192"/>
        <source>Select a fix in the list.</source>
        <translation>Seleccione una corrección de la lista.</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="194"/>
        <source>You are offline, so nothing can be undone now.</source>
        <translation>No hay conexión, así que ahora no se puede deshacer nada.</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="196"/>
        <source>This was itself an undo. Apply the fix again instead.</source>
        <translation>Esto ya fue un deshacer. En su lugar, vuelva a aplicar la corrección.</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="198"/>
        <source>Nothing of this fix is in place (it failed, or was undone already).</source>
        <translation>No queda nada de esta corrección (falló o ya se deshizo).</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="199"/>
        <source>Put every record this fix changed back as it was</source>
        <translation>Dejar cada registro que cambió esta corrección como estaba antes</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="207"/>
        <source>Undoing…</source>
        <translation>Deshaciendo…</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="214"/>
        <source>Finishing…</source>
        <translation>Terminando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/activity_view.py" line="227"/>
        <source>Done: %n record(s) written.</source>
        <translation>
            <numerusform>Listo: se guardó %n registro.</numerusform>
            <numerusform>Listo: se guardaron %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="228"/>
        <source>Not complete: {what}</source>
        <translation>Incompleto: {what}</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="236"/>
        <source>Undo is not possible: {reason}</source>
        <translation>No se puede deshacer: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="238"/>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="39"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="39"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="40"/>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="40"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="41"/>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="41"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <location filename="../../gui/app_window.py" line="109"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location filename="../../gui/app_window.py" line="110"/>
        <source>Failures</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location filename="../../gui/app_window.py" line="111"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../../gui/app_window.py" line="112"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../gui/app_window.py" line="127"/>
        <source>&amp;Failures</source>
        <translation>&amp;Errores</translation>
    </message>
    <message>
        <location filename="../../gui/app_window.py" line="127"/>
        <source>&amp;Activity</source>
        <translation>&amp;Actividad</translation>
    </message>
    <message>
        <location filename="../../gui/app_window.py" line="127"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../../gui/app_window.py" line="138"/>
        <source>Apply a saved &amp;plan…</source>
        <translation>Aplicar un &amp;plan guardado…</translation>
    </message>
    <message>
        <location filename="../../gui/app_window.py" line="140"/>
        <source>Open a plan saved from a fix&apos;s preview, check it and apply it</source>
        <translation>Abra un plan guardado desde la vista previa de una corrección, revíselo y aplíquelo</translation>
    </message>
    <message>
        <location filename="../../gui/app_window.py" line="148"/>
        <source>Apply a saved plan</source>
        <translation>Aplicar un plan guardado</translation>
    </message>
    <message>
        <location filename="../../gui/app_window.py" line="150"/>
        <source>Choose a saved plan</source>
        <translation>Elija un plan guardado</translation>
    </message>
    <message>
        <location filename="../../gui/app_window.py" line="154"/>
        <source>Sync Doctor plan (*.json)</source>
        <translation>Plan de Sync Doctor (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/app_window.py" line="190"/>
        <source>%n fix(es) were cut short before every change was confirmed (the app closed or the connection dropped). Open the Activity tab (Ctrl+2) to finish or undo them.</source>
        <translation>
            <numerusform>Se interrumpió %n corrección antes de que se confirmaran todos sus cambios (la aplicación se cerró o se cortó la conexión). Abra la pestaña Actividad (Ctrl+2) para terminarla o deshacerla.</numerusform>
            <numerusform>Se interrumpieron %n correcciones antes de que se confirmaran todos sus cambios (la aplicación se cerró o se cortó la conexión). Abra la pestaña Actividad (Ctrl+2) para terminarlas o deshacerlas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/app_window.py" line="203"/>
        <source>The demo company is always connected</source>
        <translation>La empresa de demostración siempre está conectada</translation>
    </message>
    <message>
        <location filename="../../gui/app_window.py" line="204"/>
        <source>Connections come from the environment variables for this window</source>
        <translation>En esta ventana, las conexiones vienen de las variables de entorno</translation>
    </message>
    <message>
        <location filename="../../gui/app_window.py" line="242"/>
        <source>Working from the saved copy: {reason}</source>
        <translation>Trabajando con la copia guardada: {reason}</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="32"/>
        <source>Applying the changes</source>
        <translation>Aplicando los cambios</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="33"/>
        <source>Each change is written to the journal before it is sent, so it can be undone.</source>
        <translation>Cada cambio se anota en la actividad antes de enviarse, para que se pueda deshacer.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="36"/>
        <source>Progress of the changes</source>
        <translation>Avance de los cambios</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="40"/>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="42"/>
        <source>Try applying again</source>
        <translation>Intentar aplicar de nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="65"/>
        <source>Starting…</source>
        <translation>Empezando…</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="80"/>
        <source>Stopping after the current change…</source>
        <translation>Deteniendo después del cambio en curso…</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="88"/>
        <source>Writing {what}…</source>
        <translation>Guardando {what}…</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="97"/>
        <source>Finished.</source>
        <translation>Terminado.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="98"/>
        <source>{done} of {total} changes made.</source>
        <translation>{done} de {total} cambios hechos.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="101"/>
        <source>Stopped: {why} The rest can be finished from the Activity tab.</source>
        <translation>Detenido: {why} Lo que falta se puede terminar desde la pestaña Actividad.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="106"/>
        <source>The changes could not be applied.</source>
        <translation>No se pudieron aplicar los cambios.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../gui/banner.py" line="37"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="54"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="57"/>
        <source>Details of the sync failures</source>
        <translation>Detalles de los errores de sincronización</translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="58"/>
        <source>Show every failing invoice and why it fails</source>
        <translation>Mostrar cada factura con error y por qué falla</translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="67"/>
        <source>1 invoice is ignored.</source>
        <translation>1 factura está ignorada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/banner.py" line="68"/>
        <source>%n invoices are ignored.</source>
        <translation>
            <numerusform>%n factura está ignorada.</numerusform>
            <numerusform>%n facturas están ignoradas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="70"/>
        <source>All in-scope invoices can sync</source>
        <translation>Todas las facturas revisadas se pueden sincronizar</translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="71"/>
        <source>Every open and paid HubSpot invoice has what QuickBooks needs.</source>
        <translation>Cada factura abierta o pagada de HubSpot tiene lo que QuickBooks necesita.</translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="74"/>
        <source>1 invoice cannot sync</source>
        <translation>1 factura no se puede sincronizar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/banner.py" line="75"/>
        <source>%n invoices cannot sync</source>
        <translation>
            <numerusform>%n factura no se puede sincronizar</numerusform>
            <numerusform>%n facturas no se pueden sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="76"/>
        <source>One cause found. Pick an invoice below to see why QuickBooks would reject it.</source>
        <translation>Se encontró una causa. Elija una factura abajo para ver por qué QuickBooks la rechazaría.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/banner.py" line="78"/>
        <source>%n different causes found. Pick a cause to see its invoices, or an invoice to see why QuickBooks would reject it.</source>
        <translation>
            <numerusform>Se encontró %n causa. Elija una causa para ver sus facturas, o una factura para ver por qué QuickBooks la rechazaría.</numerusform>
            <numerusform>Se encontraron %n causas distintas. Elija una causa para ver sus facturas, o una factura para ver por qué QuickBooks la rechazaría.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="83"/>
        <source>Not checked yet</source>
        <translation>Aún sin revisar</translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="84"/>
        <source>Refresh to compare your HubSpot invoices with QuickBooks.</source>
        <translation>Actualice para comparar sus facturas de HubSpot con QuickBooks.</translation>
    </message>
</context>
<context>
    <name>BulkTable</name>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="134"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="134"/>
        <source>Name already used</source>
        <translation>Nombre ya usado</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="134"/>
        <source>New name</source>
        <translation>Nombre nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="134"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="136"/>
        <source>One row per invoice</source>
        <translation>Una fila por factura</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="148"/>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="158"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>CandidatesEditor</name>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="43"/>
        <source>Contacts to bill instead</source>
        <translation>Contactos a los que facturar en su lugar</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="45"/>
        <source> · same company</source>
        <translation> · misma empresa</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="46"/>
        <source>{name} &lt;{email}&gt; — QuickBooks customer “{customer}”{extra}</source>
        <translation>{name} &lt;{email}&gt; — cliente de QuickBooks “{customer}”{extra}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="67"/>
        <source>Pick the contact to bill instead.</source>
        <translation>Elija el contacto al que facturar.</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <location filename="../../gui/panel_card.py" line="171"/>
        <source>No guided fix for this cause yet: follow the steps in its explanation.</source>
        <translation>Aún no hay una corrección guiada para esta causa: siga los pasos de su explicación.</translation>
    </message>
    <message>
        <location filename="../../gui/panel_card.py" line="172"/>
        <source>Open the guided fix for this cause</source>
        <translation>Abrir la corrección guiada para esta causa</translation>
    </message>
    <message>
        <location filename="../../gui/panel_card.py" line="175"/>
        <source>The HubSpot account id of this profile is not known yet, so a link cannot be built.</source>
        <translation>Aún no se conoce el ID de la cuenta de HubSpot de este perfil, así que no se puede crear el enlace.</translation>
    </message>
    <message>
        <location filename="../../gui/panel_card.py" line="178"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../gui/panel_card.py" line="180"/>
        <source>This invoice is not in QuickBooks yet.</source>
        <translation>Esta factura aún no está en QuickBooks.</translation>
    </message>
</context>
<context>
    <name>CauseCards</name>
    <message>
        <location filename="../../gui/cause_cards.py" line="61"/>
        <source>Causes</source>
        <translation>Causas</translation>
    </message>
    <message>
        <location filename="../../gui/cause_cards.py" line="125"/>
        <source>Show every invoice (click a card again to get back here)</source>
        <translation>Mostrar todas las facturas (haga clic de nuevo en una tarjeta para volver aquí)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/cause_cards.py" line="123"/>
        <source>All causes
%n invoice(s)</source>
        <translation>
            <numerusform>Todas las causas
%n factura</numerusform>
            <numerusform>Todas las causas
%n facturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/cause_cards.py" line="124"/>
        <source>All causes, %n invoice(s)</source>
        <translation>
            <numerusform>Todas las causas, %n factura</numerusform>
            <numerusform>Todas las causas, %n facturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/cause_cards.py" line="129"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n factura</numerusform>
            <numerusform>%n facturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/cause_cards.py" line="130"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/cause_cards.py" line="133"/>
        <source>Root cause of {r} of these invoices: fix it first. Click to show only them.</source>
        <translation>Causa raíz de {r} de estas facturas: corríjala primero. Haga clic para ver solo esas.</translation>
    </message>
    <message>
        <location filename="../../gui/cause_cards.py" line="135"/>
        <source>Follows from another cause on these invoices. Click to show only them.</source>
        <translation>Se debe a otra causa en estas facturas. Haga clic para ver solo esas.</translation>
    </message>
</context>
<context>
    <name>ChangeAction</name>
    <message>
        <location filename="../../gui/wizards/words.py" line="39"/>
        <source>New</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="40"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="41"/>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="42"/>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="43"/>
        <source>Send invoice</source>
        <translation>Enviar factura</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="44"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>ChangeState</name>
    <message>
        <location filename="../../gui/wizards/words.py" line="180"/>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="181"/>
        <source>Sent, no reply yet</source>
        <translation>Enviado, aún sin respuesta</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="182"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="183"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="184"/>
        <source>Changed by someone else — not written</source>
        <translation>Otra persona lo cambió — no se escribió</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="185"/>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="140"/>
        <source>Choose a fix</source>
        <translation>Elija una corrección</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="141"/>
        <source>Pick how to fix it. You will see every change before anything is written.</source>
        <translation>Elija cómo corregirlo. Verá cada cambio antes de que se guarde nada.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="149"/>
        <source>Loading the choices…</source>
        <translation>Cargando las opciones…</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="181"/>
        <source>The choices could not be loaded.</source>
        <translation>No se pudieron cargar las opciones.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="188"/>
        <source>Sync Doctor has no automatic fix for this case.</source>
        <translation>Sync Doctor no tiene una corrección automática para este caso.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="212"/>
        <source>Not possible for this invoice.</source>
        <translation>No es posible para esta factura.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="214"/>
        <source>Not available: {reason}</source>
        <translation>No disponible: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="239"/>
        <source>To continue: {what}</source>
        <translation>Para continuar: {what}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="254"/>
        <source>Pick one of the fixes.</source>
        <translation>Elija una de las correcciones.</translation>
    </message>
</context>
<context>
    <name>CollisionsTable</name>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="23"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="23"/>
        <source>Used by</source>
        <translation>Usado por</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="23"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="23"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="24"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="24"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="25"/>
        <source>QuickBooks documents with the same number</source>
        <translation>Documentos de QuickBooks con el mismo número</translation>
    </message>
</context>
<context>
    <name>ConflictPage</name>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="43"/>
        <source>Someone changed this record</source>
        <translation>Alguien cambió este registro</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="44"/>
        <source>Nothing was overwritten.</source>
        <translation>No se sobrescribió nada.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="46"/>
        <source>Since you previewed the fix, the record below was changed in HubSpot or QuickBooks. Sync Doctor did not write over that change. Re-plan to fetch the record again and see a fresh preview.</source>
        <translation>Después de su vista previa, el registro de abajo se cambió en HubSpot o en QuickBooks. Sync Doctor no sobrescribió ese cambio. Vuelva a planificar para traer de nuevo el registro y ver una vista previa nueva.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="49"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="49"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="49"/>
        <source>When you previewed</source>
        <translation>En la vista previa</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="50"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="51"/>
        <source>What changed on the server</source>
        <translation>Qué cambió en el servidor</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="52"/>
        <source>Re-plan</source>
        <translation>Volver a planificar</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="53"/>
        <source>Fetch both systems again and prepare a new preview</source>
        <translation>Traer de nuevo los datos de ambos sistemas y preparar una vista previa nueva</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="86"/>
        <source>Fetching both systems again…</source>
        <translation>Trayendo de nuevo los datos de ambos sistemas…</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="95"/>
        <source>After the refresh this problem is gone: nothing is left to fix.</source>
        <translation>Tras la actualización este problema desapareció: no queda nada por corregir.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../gui/connect_dialog.py" line="61"/>
        <source>Connect — {profile}</source>
        <translation>Conectar — {profile}</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="65"/>
        <source>Where your connections are saved</source>
        <translation>Dónde se guardan sus conexiones</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="67"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="68"/>
        <location filename="../../gui/connect_dialog.py" line="201"/>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="69"/>
        <location filename="../../gui/connect_dialog.py" line="202"/>
        <source>QuickBooks</source>
        <translation>QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="70"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="72"/>
        <source>Stop waiting</source>
        <translation>Dejar de esperar</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="73"/>
        <source>Stop waiting for the browser</source>
        <translation>Dejar de esperar al navegador</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="102"/>
        <source>HubSpot connection</source>
        <translation>Conexión con HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="103"/>
        <location filename="../../gui/connect_dialog.py" line="156"/>
        <source>Connect in the browser</source>
        <translation>Conectar en el navegador</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="104"/>
        <source>HubSpot app client ID</source>
        <translation>ID de cliente de la app de HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="105"/>
        <source>HubSpot app client secret</source>
        <translation>Secreto de cliente de la app de HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="106"/>
        <location filename="../../gui/connect_dialog.py" line="157"/>
        <source>Connect in browser</source>
        <translation>Conectar en el navegador</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="108"/>
        <location filename="../../gui/connect_dialog.py" line="152"/>
        <source>App client ID:</source>
        <translation>ID de cliente de la app:</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="109"/>
        <location filename="../../gui/connect_dialog.py" line="153"/>
        <source>App client secret:</source>
        <translation>Secreto de cliente de la app:</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="110"/>
        <source>Entered once for this computer; the secret is kept in the system keychain.</source>
        <translation>Se escribe una sola vez en esta computadora; el secreto se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="114"/>
        <source>Or paste a private-app token or service key</source>
        <translation>O pegue un token de app privada o una clave de servicio</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="115"/>
        <source>Private-app token or service key</source>
        <translation>Token de app privada o clave de servicio</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="117"/>
        <source>HubSpot account ID</source>
        <translation>ID de la cuenta de HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="117"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="118"/>
        <source>Use this token</source>
        <translation>Usar este token</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="120"/>
        <source>Token or key:</source>
        <translation>Token o clave:</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="121"/>
        <source>Account ID:</source>
        <translation>ID de la cuenta:</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="124"/>
        <source>Permissions Sync Doctor needs</source>
        <translation>Permisos que necesita Sync Doctor</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="126"/>
        <source>Disconnect HubSpot</source>
        <translation>Desconectar HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="136"/>
        <source>QuickBooks connection</source>
        <translation>Conexión con QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="138"/>
        <source>QuickBooks environment</source>
        <translation>Entorno de QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="139"/>
        <source>Sandbox (development keys)</source>
        <translation>Sandbox (claves de desarrollo)</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="140"/>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="145"/>
        <source>Your Intuit app</source>
        <translation>Su app de Intuit</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="146"/>
        <source>Intuit app client ID</source>
        <translation>ID de cliente de la app de Intuit</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="147"/>
        <source>Intuit app client secret</source>
        <translation>Secreto de cliente de la app de Intuit</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="148"/>
        <source>HTTPS redirect address</source>
        <translation>Dirección de redirección HTTPS</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="149"/>
        <source>https://… (needed for production keys)</source>
        <translation>https://… (necesaria para claves de producción)</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="151"/>
        <source>Environment:</source>
        <translation>Entorno:</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="154"/>
        <source>Redirect address:</source>
        <translation>Dirección de redirección:</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="163"/>
        <source>Or paste the address your browser landed on</source>
        <translation>O pegue la dirección a la que llegó su navegador</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="164"/>
        <source>1. Open the sign-in page</source>
        <translation>1. Abrir la página de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="165"/>
        <source>Address your browser landed on</source>
        <translation>Dirección a la que llegó su navegador</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="166"/>
        <source>Paste the whole address from the address bar</source>
        <translation>Pegue la dirección completa de la barra de direcciones</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="167"/>
        <source>2. Finish connecting</source>
        <translation>2. Terminar la conexión</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="171"/>
        <source>After you approve, the browser lands on your redirect address. Copy that whole address from the address bar and paste it here.</source>
        <translation>Después de que usted apruebe, el navegador llega a su dirección de redirección. Copie esa dirección completa de la barra de direcciones y péguela aquí.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="177"/>
        <source>Disconnect QuickBooks</source>
        <translation>Desconectar QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="189"/>
        <source>Connections are saved in the system keychain ({backend}).</source>
        <translation>Las conexiones se guardan en el llavero del sistema ({backend}).</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="194"/>
        <source>No secure system keychain is available, so tokens are kept in memory for this session only: you will need to connect again after closing Sync Doctor.</source>
        <translation>No hay un llavero seguro del sistema disponible, así que los tokens se guardan en memoria solo durante esta sesión: tendrá que conectarse de nuevo después de cerrar Sync Doctor.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="208"/>
        <location filename="../../gui/connect_dialog.py" line="337"/>
        <source>{system} is connected.</source>
        <translation>{system} está conectado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/connect_dialog.py" line="210"/>
        <source>{system} is connected, but the connection expires in %n day(s). Connect again to renew it.</source>
        <translation>
            <numerusform>{system} está conectado, pero la conexión vence en %n día. Vuelva a conectar para renovarla.</numerusform>
            <numerusform>{system} está conectado, pero la conexión vence en %n días. Vuelva a conectar para renovarla.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="213"/>
        <source>{system} needs you to connect again.</source>
        <translation>{system} necesita que vuelva a conectarse.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="215"/>
        <source>{system} cannot be reached right now.</source>
        <translation>No se puede acceder a {system} en este momento.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="216"/>
        <source>{system} is not connected yet.</source>
        <translation>{system} aún no está conectado.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="231"/>
        <source>Intuit sends the browser back to this computer (localhost) only for development keys. For production keys, use the paste option below with your HTTPS redirect address.</source>
        <translation>Intuit devuelve el navegador a esta computadora (localhost) solo con claves de desarrollo. Con claves de producción, use la opción de pegar que está abajo con su dirección de redirección HTTPS.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="234"/>
        <source>Opens Intuit&apos;s sign-in page; after you approve, Sync Doctor finishes on its own.</source>
        <translation>Abre la página de inicio de sesión de Intuit; después de que usted apruebe, Sync Doctor termina solo.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="239"/>
        <source>saved in the keychain (type to replace)</source>
        <translation>guardado en el llavero (escriba para reemplazarlo)</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="278"/>
        <location filename="../../gui/connect_dialog.py" line="288"/>
        <source>Waiting for you to approve Sync Doctor in the browser…</source>
        <translation>Esperando a que apruebe Sync Doctor en el navegador…</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="283"/>
        <source>Checking the token with HubSpot…</source>
        <translation>Comprobando el token con HubSpot…</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="294"/>
        <source>Preparing the sign-in page…</source>
        <translation>Preparando la página de inicio de sesión…</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="301"/>
        <source>Open the sign-in page first (step 1).</source>
        <translation>Primero abra la página de inicio de sesión (paso 1).</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="303"/>
        <source>Finishing the connection with QuickBooks…</source>
        <translation>Terminando la conexión con QuickBooks…</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="308"/>
        <source>Disconnecting HubSpot…</source>
        <translation>Desconectando HubSpot…</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="312"/>
        <source>Disconnecting QuickBooks…</source>
        <translation>Desconectando QuickBooks…</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="324"/>
        <source>The sign-in page opened in your browser. After you approve, copy the address from the browser&apos;s address bar, paste it above and choose Finish.</source>
        <translation>La página de inicio de sesión se abrió en su navegador. Después de aprobar, copie la dirección de la barra de direcciones del navegador, péguela arriba y elija Terminar.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="330"/>
        <source>{system} is disconnected.</source>
        <translation>{system} está desconectado.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="339"/>
        <source>Tokens are kept in memory for this session only.</source>
        <translation>Los tokens se guardan en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="342"/>
        <source>HubSpot did not grant these permissions Sync Doctor needs. Add them to the app (or private app) and connect again:</source>
        <translation>HubSpot no concedió estos permisos que necesita Sync Doctor. Agréguelos a la app (o a la app privada) y vuelva a conectarse:</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="344"/>
        <source>Some permissions were not granted; see the list on the HubSpot tab.</source>
        <translation>No se concedieron algunos permisos; vea la lista en la pestaña HubSpot.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="364"/>
        <source>HubSpot shows an error page instead of coming back when the app does not declare every permission Sync Doctor asks for. The app needs:</source>
        <translation>HubSpot muestra una página de error en lugar de volver cuando la app no declara todos los permisos que pide Sync Doctor. La app necesita:</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="369"/>
        <source>Something went wrong while connecting ({kind}). Try again; if it keeps happening, please report it.</source>
        <translation>Algo salió mal al conectar ({kind}). Inténtelo de nuevo; si sigue ocurriendo, por favor infórmelo.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="375"/>
        <source>Connecting was cancelled. Nothing was changed.</source>
        <translation>Se canceló la conexión. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>ConnectionStrip</name>
    <message>
        <location filename="../../gui/banner.py" line="156"/>
        <source>Connection problem</source>
        <translation>Problema de conexión</translation>
    </message>
</context>
<context>
    <name>DiffTable</name>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="124"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="124"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="124"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="124"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="125"/>
        <source>After the fix</source>
        <translation>Después de la corrección</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="126"/>
        <source>Changes that will be made</source>
        <translation>Cambios que se harán</translation>
    </message>
</context>
<context>
    <name>DocumentNumberWizard</name>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="85"/>
        <source>New number for this invoice in QuickBooks</source>
        <translation>Número nuevo para esta factura en QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="91"/>
        <source>New number for QuickBooks credit memo {id}</source>
        <translation>Número nuevo para la nota de crédito {id} de QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="93"/>
        <source>New number for QuickBooks invoice {id}</source>
        <translation>Número nuevo para la factura {id} de QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="94"/>
        <source>New number for {what}</source>
        <translation>Número nuevo para {what}</translation>
    </message>
</context>
<context>
    <name>EmailEditor</name>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="77"/>
        <source>On the QuickBooks customer</source>
        <translation>En el cliente de QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="78"/>
        <source>On the HubSpot contact</source>
        <translation>En el contacto de HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="85"/>
        <source>QuickBooks customer</source>
        <translation>Cliente de QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="87"/>
        <source> (inactive)</source>
        <translation> (inactivo)</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="95"/>
        <location filename="../../gui/wizards/missing_customer.py" line="105"/>
        <source>New email</source>
        <translation>Correo nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="103"/>
        <source>Change it</source>
        <translation>Cambiarlo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="104"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="128"/>
        <source>Type the email address both systems should use, like name@example.com.</source>
        <translation>Escriba el correo que deben usar los dos sistemas, por ejemplo nombre@ejemplo.com.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="131"/>
        <source>No QuickBooks customer looks like this contact: choose “On the HubSpot contact” and type the email the right QuickBooks customer uses, or pick another fix.</source>
        <translation>Ningún cliente de QuickBooks se parece a este contacto: elija “En el contacto de HubSpot” y escriba el correo que usa el cliente correcto de QuickBooks, o elija otra corrección.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="133"/>
        <source>Pick the QuickBooks customer to change.</source>
        <translation>Elija el cliente de QuickBooks que se va a cambiar.</translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="114"/>
        <source>This step did not work</source>
        <translation>Este paso no funcionó</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="115"/>
        <source>Go Back to try again, or Cancel to close.</source>
        <translation>Elija Atrás para intentarlo de nuevo, o Cancelar para cerrar.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="117"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="119"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="121"/>
        <source>Any change already made is listed in the Activity tab, where it can be undone.</source>
        <translation>Todo cambio ya hecho aparece en la pestaña Actividad, donde se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../gui/wizards/words.py" line="54"/>
        <source>Contact&apos;s email</source>
        <translation>Correo del contacto</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="55"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="56"/>
        <location filename="../../gui/wizards/words.py" line="57"/>
        <source>Name the new customer would get</source>
        <translation>Nombre que recibiría el cliente nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="58"/>
        <location filename="../../gui/wizards/words.py" line="59"/>
        <source>Already used by</source>
        <translation>Ya lo usa</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="60"/>
        <source>QuickBooks customers with this email</source>
        <translation>Clientes de QuickBooks con este correo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="61"/>
        <source>QuickBooks invoice</source>
        <translation>Factura de QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="62"/>
        <source>Total in QuickBooks</source>
        <translation>Total en QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="63"/>
        <source>Total in HubSpot</source>
        <translation>Total en HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="64"/>
        <source>Number of lines in HubSpot</source>
        <translation>Número de líneas en HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="65"/>
        <source>Number of lines in QuickBooks</source>
        <translation>Número de líneas en QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="66"/>
        <source>Lines in HubSpot (quantity × price = amount)</source>
        <translation>Líneas en HubSpot (cantidad × precio = importe)</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="67"/>
        <source>Lines in QuickBooks (quantity × price = amount)</source>
        <translation>Líneas en QuickBooks (cantidad × precio = importe)</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="68"/>
        <location filename="../../gui/wizards/words.py" line="69"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="70"/>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="71"/>
        <source>Most QuickBooks allows</source>
        <translation>Máximo que admite QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="72"/>
        <source>QuickBooks setting</source>
        <translation>Ajuste de QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="73"/>
        <source>Lines without a service date</source>
        <translation>Líneas sin fecha de servicio</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="74"/>
        <source>Lines without a QuickBooks item</source>
        <translation>Líneas sin artículo en QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="75"/>
        <source>Invoice date</source>
        <translation>Fecha de la factura</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="76"/>
        <source>Books closed up to</source>
        <translation>Libros cerrados hasta</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="77"/>
        <source>Invoice currency</source>
        <translation>Moneda de la factura</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="78"/>
        <source>Company&apos;s home currency</source>
        <translation>Moneda principal de la empresa</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="79"/>
        <source>Customer&apos;s currency in QuickBooks</source>
        <translation>Moneda del cliente en QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="80"/>
        <source>Multicurrency on</source>
        <translation>Multidivisa activada</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="81"/>
        <source>Contains a colon</source>
        <translation>Contiene dos puntos</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="82"/>
        <source>Contains a tab or line break</source>
        <translation>Contiene una tabulación o un salto de línea</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="83"/>
        <source>HubSpot contact id</source>
        <translation>Id. del contacto en HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="87"/>
        <source>Revenue recognition (Account and settings → Advanced)</source>
        <translation>Reconocimiento de ingresos (Cuenta y configuración → Avanzado)</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="99"/>
        <source>QuickBooks invoice {id}</source>
        <translation>Factura {id} de QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="101"/>
        <source>QuickBooks credit memo {id}</source>
        <translation>Nota de crédito {id} de QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="102"/>
        <source>QuickBooks document {id}</source>
        <translation>Documento {id} de QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="109"/>
        <source>Customer “{name}”</source>
        <translation>Cliente “{name}”</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="110"/>
        <source>Customer “{name}” (inactive)</source>
        <translation>Cliente “{name}” (inactivo)</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="111"/>
        <source>Vendor “{name}”</source>
        <translation>Proveedor “{name}”</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="112"/>
        <source>Vendor “{name}” (inactive)</source>
        <translation>Proveedor “{name}” (inactivo)</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="113"/>
        <source>Employee “{name}”</source>
        <translation>Empleado “{name}”</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="114"/>
        <source>Employee “{name}” (inactive)</source>
        <translation>Empleado “{name}” (inactivo)</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="117"/>
        <source>“{name}” (inactive)</source>
        <translation>“{name}” (inactivo)</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="151"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="151"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="152"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
</context>
<context>
    <name>ExplainPage</name>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="52"/>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="54"/>
        <source>Invoice {number}</source>
        <translation>Factura {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/wizards/pages_plan.py" line="55"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n factura</numerusform>
            <numerusform>%n facturas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="59"/>
        <source>What we found</source>
        <translation>Qué encontramos</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="62"/>
        <source>What will happen</source>
        <translation>Qué pasará</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="64"/>
        <source>Next you choose how to fix it. Sync Doctor then shows every record it will change, field by field. Nothing is written to HubSpot or QuickBooks until you press “Apply changes”, and every change can be undone afterwards.</source>
        <translation>Ahora usted elige cómo corregirlo. Después, Sync Doctor muestra cada registro que cambiará, campo por campo. No se guarda nada en HubSpot ni en QuickBooks hasta que pulse “Aplicar cambios”, y cada cambio se puede deshacer después.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="69"/>
        <source>Sync Doctor cannot make this change for you. Do one of these, then refresh:</source>
        <translation>Sync Doctor no puede hacer este cambio por usted. Haga una de estas cosas y luego actualice:</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="74"/>
        <source>Loading the fixes…</source>
        <translation>Cargando las correcciones…</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="76"/>
        <source>Preview the recommended fix</source>
        <translation>Vista previa de la corrección recomendada</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="102"/>
        <source>Preview the recommended fix: {label}</source>
        <translation>Vista previa de la corrección recomendada: {label}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="100"/>
        <source>No fix can be made automatically</source>
        <translation>No se puede hacer ninguna corrección automática</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="104"/>
        <source>Fill in the recommended fix: {label}</source>
        <translation>Complete la corrección recomendada: {label}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="117"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="117"/>
        <source>Why it fails</source>
        <translation>Por qué falla</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="125"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gui/export_dialog.py" line="87"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="88"/>
        <source>Export failures and fixes</source>
        <translation>Exportar errores y correcciones</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="96"/>
        <source>Spreadsheet, plain (CSV)</source>
        <translation>Hoja de cálculo simple (CSV)</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="96"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Libro de Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="97"/>
        <source>Printable report (PDF)</source>
        <translation>Informe para imprimir (PDF)</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="99"/>
        <source>File format</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="101"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="104"/>
        <source>Invoices that do not sync</source>
        <translation>Facturas que no se sincronizan</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="104"/>
        <source>Fixes made</source>
        <translation>Correcciones realizadas</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="105"/>
        <source>Both</source>
        <translation>Ambas</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="108"/>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="110"/>
        <source>&amp;Include:</source>
        <translation>&amp;Incluir:</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="112"/>
        <source>Only invoices and fixes dated between</source>
        <translation>Solo facturas y correcciones con fecha entre</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="113"/>
        <source>Limit to a date range</source>
        <translation>Limitar a un rango de fechas</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="116"/>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="117"/>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="120"/>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="127"/>
        <source>File to save</source>
        <translation>Archivo que se guardará</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="128"/>
        <source>Choose where to save the file</source>
        <translation>Elija dónde guardar el archivo</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="130"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="131"/>
        <source>Choose the file to save</source>
        <translation>Elija el archivo que se guardará</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="136"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="145"/>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="150"/>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="153"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="156"/>
        <source>&amp;Open file</source>
        <translation>&amp;Abrir archivo</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="211"/>
        <source>A CSV file holds one table: the fixes go to a second file ending in “-fixes.csv”.</source>
        <translation>Un archivo CSV contiene una sola tabla: las correcciones van a un segundo archivo que termina en “-fixes.csv”.</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="231"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="231"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="232"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="233"/>
        <source>Save the export as</source>
        <translation>Guardar la exportación como</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="244"/>
        <source>sync-doctor-report</source>
        <translation>informe-sync-doctor</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="275"/>
        <source>Saved {names} ({pages} pages).</source>
        <translation>Se guardó {names} ({pages} páginas).</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="277"/>
        <source>Saved {names}.</source>
        <translation>Se guardó {names}.</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="286"/>
        <source>The file could not be written: {reason}</source>
        <translation>No se pudo guardar el archivo: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="289"/>
        <source>The export failed: {reason}</source>
        <translation>La exportación falló: {reason}</translation>
    </message>
</context>
<context>
    <name>FailuresModel</name>
    <message>
        <location filename="../../gui/failures_model.py" line="68"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../../gui/failures_model.py" line="69"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../gui/failures_model.py" line="70"/>
        <source>Customer / contact</source>
        <translation>Cliente / contacto</translation>
    </message>
    <message>
        <location filename="../../gui/failures_model.py" line="71"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../gui/failures_model.py" line="72"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/failures_model.py" line="73"/>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <location filename="../../gui/failures_model.py" line="78"/>
        <source>Cannot sync</source>
        <translation>No se sincroniza</translation>
    </message>
    <message>
        <location filename="../../gui/failures_model.py" line="79"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../../gui/failures_model.py" line="80"/>
        <source>Ignored</source>
        <translation>Ignorada</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../gui/filter_bar.py" line="30"/>
        <source>Search number, name or email (Ctrl+F)</source>
        <translation>Buscar número, nombre o correo (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="31"/>
        <source>Search invoices</source>
        <translation>Buscar facturas</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="38"/>
        <source>Filter by cause</source>
        <translation>Filtrar por causa</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="44"/>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="45"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="50"/>
        <source>Invoice date from</source>
        <translation>Fecha de factura desde</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="51"/>
        <source>Invoice date to</source>
        <translation>Fecha de factura hasta</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="52"/>
        <source>Minimum amount</source>
        <translation>Importe mínimo</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="53"/>
        <source>Maximum amount</source>
        <translation>Importe máximo</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="58"/>
        <location filename="../../gui/filter_bar.py" line="60"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="61"/>
        <source>Show every invoice again</source>
        <translation>Mostrar de nuevo todas las facturas</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="70"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="74"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="92"/>
        <location filename="../../gui/filter_bar.py" line="105"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="117"/>
        <source>Any cause</source>
        <translation>Cualquier causa</translation>
    </message>
</context>
<context>
    <name>FixWizard</name>
    <message>
        <location filename="../../gui/wizards/base.py" line="87"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/base.py" line="88"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/base.py" line="80"/>
        <location filename="../../gui/wizards/base.py" line="89"/>
        <source>Apply changes</source>
        <translation>Aplicar cambios</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/base.py" line="90"/>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/base.py" line="91"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/base.py" line="76"/>
        <source>Fix: {title}</source>
        <translation>Corregir: {title}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/base.py" line="196"/>
        <source>You are offline (no connection is set up for this profile), so the changes cannot be applied now. Save the plan to apply it later.</source>
        <translation>No hay conexión (este perfil no tiene ninguna configurada), así que los cambios no se pueden aplicar ahora. Guarde el plan para aplicarlo más tarde.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/base.py" line="211"/>
        <source>Something went wrong. The details were written to the log.</source>
        <translation>Algo salió mal. Los detalles se guardaron en el registro.</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <location filename="../../gui/history_chart.py" line="29"/>
        <source>Failures per cause over time</source>
        <translation>Errores por causa a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../../gui/history_chart.py" line="54"/>
        <source>No checks yet.</source>
        <translation>Aún no hay revisiones.</translation>
    </message>
    <message>
        <location filename="../../gui/history_chart.py" line="56"/>
        <source>no failures</source>
        <translation>sin errores</translation>
    </message>
    <message>
        <location filename="../../gui/history_chart.py" line="57"/>
        <source>{runs} checks. Latest: {latest}.</source>
        <translation>{runs} revisiones. La última: {latest}.</translation>
    </message>
    <message>
        <location filename="../../gui/history_chart.py" line="75"/>
        <source>No checks yet: the chart fills in as you check invoices.</source>
        <translation>Aún no hay revisiones: el gráfico se completa a medida que revisa facturas.</translation>
    </message>
    <message>
        <location filename="../../gui/history_chart.py" line="151"/>
        <source>No failures</source>
        <translation>Sin errores</translation>
    </message>
</context>
<context>
    <name>InvoiceCardPanel</name>
    <message>
        <location filename="../../gui/invoice_card.py" line="84"/>
        <source>Invoice card</source>
        <translation>Ficha de la factura</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="100"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="101"/>
        <source>Open in HubSpot</source>
        <translation>Abrir en HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="103"/>
        <source>Open in QuickBooks</source>
        <translation>Abrir en QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="117"/>
        <source>Fetch both systems again and re-check now</source>
        <translation>Traer de nuevo los datos de ambos sistemas y revisar ahora</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="129"/>
        <source>Open this invoice in HubSpot</source>
        <translation>Abrir esta factura en HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="130"/>
        <source>Open this invoice in QuickBooks</source>
        <translation>Abrir esta factura en QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="159"/>
        <source>Select an invoice to see why it cannot sync.</source>
        <translation>Seleccione una factura para ver por qué no se puede sincronizar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/invoice_card.py" line="182"/>
        <source>%n invoices are selected: Fix and Ignore apply to each selected invoice with that cause.</source>
        <translation>
            <numerusform>Hay %n factura seleccionada: Corregir e Ignorar se aplican a cada factura seleccionada con esa causa.</numerusform>
            <numerusform>Hay %n facturas seleccionadas: Corregir e Ignorar se aplican a cada factura seleccionada con esa causa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="188"/>
        <source>HubSpot and QuickBooks side by side</source>
        <translation>HubSpot y QuickBooks lado a lado</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="191"/>
        <location filename="../../gui/invoice_card.py" line="290"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="196"/>
        <source>HubSpot and QuickBooks compared</source>
        <translation>Comparación de HubSpot y QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="219"/>
        <source>— fix this first</source>
        <translation>— corrija esto primero</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="232"/>
        <source>What we found:</source>
        <translation>Qué encontramos:</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="239"/>
        <source>Ignored by {who} on {when}: {reason}</source>
        <translation>Ignorada por {who} el {when}: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="240"/>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="245"/>
        <source>Fix…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="247"/>
        <source>Fix: {title}</source>
        <translation>Corregir: {title}</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="253"/>
        <source>Unignore</source>
        <translation>Dejar de ignorar</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="253"/>
        <source>Ignore…</source>
        <translation>Ignorar…</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="264"/>
        <source>Why ignore it? (required)</source>
        <translation>¿Por qué ignorarla? (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="265"/>
        <source>Reason for ignoring</source>
        <translation>Motivo para ignorarla</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="266"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="289"/>
        <source>This invoice is no longer in the saved data.</source>
        <translation>Esta factura ya no está en los datos guardados.</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="292"/>
        <source>QuickBooks (what a sync would send)</source>
        <translation>QuickBooks (lo que enviaría una sincronización)</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="292"/>
        <source>QuickBooks</source>
        <translation>QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="293"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="293"/>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="297"/>
        <source>Line {n}</source>
        <translation>Línea {n}</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="317"/>
        <source>Nothing differs.</source>
        <translation>No hay diferencias.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/invoice_card.py" line="318"/>
        <source>%n differences, marked ≠.</source>
        <translation>
            <numerusform>%n diferencia, marcada con ≠.</numerusform>
            <numerusform>%n diferencias, marcadas con ≠.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="319"/>
        <source>1 difference, marked ≠.</source>
        <translation>1 diferencia, marcada con ≠.</translation>
    </message>
</context>
<context>
    <name>LineDiffView</name>
    <message>
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="34"/>
        <source>Loading the lines…</source>
        <translation>Cargando las líneas…</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="35"/>
        <source>HubSpot item</source>
        <translation>Artículo de HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="35"/>
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="36"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="35"/>
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="36"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="35"/>
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="36"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="36"/>
        <source>QuickBooks item</source>
        <translation>Artículo de QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="38"/>
        <source>Lines in HubSpot and in QuickBooks</source>
        <translation>Líneas en HubSpot y en QuickBooks</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="64"/>
        <source>Lines that differ: {n} of %n (marked). HubSpot&apos;s lines are the ones the invoice should have.</source>
        <translation>
            <numerusform>Líneas distintas: {n} de %n (marcadas). La línea de HubSpot es la que debe tener la factura.</numerusform>
            <numerusform>Líneas distintas: {n} de %n (marcadas). Las líneas de HubSpot son las que debe tener la factura.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="68"/>
        <source>Total: HubSpot {hs} · QuickBooks {qbo}</source>
        <translation>Total: HubSpot {hs} · QuickBooks {qbo}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="72"/>
        <source>The lines could not be loaded: {why}</source>
        <translation>No se pudieron cargar las líneas: {why}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="75"/>
        <source>Sync Doctor — {profile}</source>
        <translation>Sync Doctor — {profile}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="78"/>
        <source>No connection is configured, so Refresh is unavailable. Showing the invoices saved on this computer for profile “{profile}”.</source>
        <translation>No hay ninguna conexión configurada, así que Actualizar no está disponible. Se muestran las facturas guardadas en esta computadora para el perfil “{profile}”.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="111"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="121"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="216"/>
        <source>Loading %n invoices…</source>
        <translation>
            <numerusform>Cargando %n factura…</numerusform>
            <numerusform>Cargando %n facturas…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="253"/>
        <source>Something went wrong. The details were written to the log.</source>
        <translation>Algo salió mal. Los detalles se guardaron en el registro.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="258"/>
        <source>No invoice needs attention. New failures appear here after the next refresh.</source>
        <translation>Ninguna factura necesita atención. Los errores nuevos aparecerán aquí después de la próxima actualización.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="260"/>
        <source>Press Refresh (F5) to check your invoices.</source>
        <translation>Pulse Actualizar (F5) para revisar sus facturas.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="262"/>
        <source>No invoices are saved on this computer for this profile yet.</source>
        <translation>Aún no hay facturas guardadas en esta computadora para este perfil.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="268"/>
        <source>Last refreshed {when}</source>
        <translation>Última actualización: {when}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="268"/>
        <source>Never refreshed</source>
        <translation>Nunca actualizado</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="270"/>
        <source>offline: showing saved data</source>
        <translation>sin conexión: se muestran los datos guardados</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="274"/>
        <source>Needs a connection: no connection is configured for profile “{profile}”.</source>
        <translation>Necesita conexión: el perfil “{profile}” no tiene ninguna conexión configurada.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="281"/>
        <source>Fetch both systems again and re-check every invoice (F5)</source>
        <translation>Traer de nuevo los datos de ambos sistemas y revisar cada factura (F5)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="284"/>
        <source>A refresh is running</source>
        <translation>Hay una actualización en curso</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="297"/>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="311"/>
        <source>Refresh cancelled. The table shows the data from before.</source>
        <translation>Actualización cancelada. La tabla muestra los datos de antes.</translation>
    </message>
</context>
<context>
    <name>MessageStrip</name>
    <message>
        <location filename="../../gui/banner.py" line="117"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="118"/>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="130"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="130"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>NewCustomerNote</name>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="147"/>
        <source>New QuickBooks customer: “{name}” with email {email}</source>
        <translation>Cliente nuevo en QuickBooks: “{name}” con el correo {email}</translation>
    </message>
</context>
<context>
    <name>NumbersEditor</name>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="50"/>
        <source>New number for {what}</source>
        <translation>Número nuevo para {what}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="67"/>
        <source>Type a number of at most {n} characters for each record.</source>
        <translation>Escriba un número de {n} caracteres como máximo para cada registro.</translation>
    </message>
</context>
<context>
    <name>PanelLayout</name>
    <message>
        <location filename="../../gui/panel_layout.py" line="56"/>
        <location filename="../../gui/panel_layout.py" line="58"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="60"/>
        <source>Fetch invoices from HubSpot and QuickBooks and check them again</source>
        <translation>Traer las facturas de HubSpot y QuickBooks y revisarlas de nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="66"/>
        <source>Refresh progress</source>
        <translation>Avance de la actualización</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="68"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="70"/>
        <location filename="../../gui/panel_layout.py" line="161"/>
        <source>Cancel refresh</source>
        <translation>Cancelar la actualización</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="71"/>
        <source>Stop the refresh; the saved data stays as it was (Esc)</source>
        <translation>Detener la actualización; los datos guardados quedan como estaban (Esc)</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="75"/>
        <source>Last refreshed</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="93"/>
        <source>Invoices that cannot sync</source>
        <translation>Facturas que no se pueden sincronizar</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="159"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="163"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="165"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="167"/>
        <source>Clear &amp;filters</source>
        <translation>Quitar &amp;filtros</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="169"/>
        <source>&amp;Fix root cause…</source>
        <translation>&amp;Corregir la causa raíz…</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="171"/>
        <source>Open in &amp;HubSpot</source>
        <translation>Abrir en &amp;HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="173"/>
        <source>Open in &amp;QuickBooks</source>
        <translation>Abrir en &amp;QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="176"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="178"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="180"/>
        <source>&amp;Invoice</source>
        <translation>&amp;Factura</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="182"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="183"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>ParamEditor</name>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="237"/>
        <source>Complete the details of this fix.</source>
        <translation>Complete los datos de esta corrección.</translation>
    </message>
</context>
<context>
    <name>PatternEditor</name>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="53"/>
        <source>Name pattern</source>
        <translation>Patrón del nombre</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="58"/>
        <source>You can use: {hint}</source>
        <translation>Puede usar: {hint}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="61"/>
        <source>Proposed name</source>
        <translation>Nombre propuesto</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="73"/>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="74"/>
        <source>New name</source>
        <translation>Nombre nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="74"/>
        <source>Its new name</source>
        <translation>Su nombre nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="82"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="106"/>
        <source>Not possible: {why}</source>
        <translation>No es posible: {why}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="111"/>
        <source>{n} names, e.g. {sample}</source>
        <translation>{n} nombres, p. ej. {sample}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="122"/>
        <source>Type a name pattern.</source>
        <translation>Escriba un patrón de nombre.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="124"/>
        <source>Change the pattern: {why}</source>
        <translation>Cambie el patrón: {why}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="27"/>
        <source>Check the changes</source>
        <translation>Revise los cambios</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="28"/>
        <source>Nothing has been written yet.</source>
        <translation>Todavía no se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="39"/>
        <source>Save plan…</source>
        <translation>Guardar el plan…</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="41"/>
        <location filename="../../gui/wizards/pages_preview.py" line="136"/>
        <source>Save plan</source>
        <translation>Guardar el plan</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="42"/>
        <source>Save these changes to a file and apply them later</source>
        <translation>Guardar estos cambios en un archivo y aplicarlos más tarde</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="98"/>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="106"/>
        <source>{n} in {system}</source>
        <translation>{n} en {system}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="107"/>
        <source>Records that will change: {parts}.</source>
        <translation>Registros que cambiarán: {parts}.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="109"/>
        <source>This fix is done outside Sync Doctor. Sync Doctor will not change any record; follow the steps below, then check again.</source>
        <translation>Esta corrección se hace fuera de Sync Doctor. Sync Doctor no cambiará ningún registro; siga los pasos de abajo y luego vuelva a revisar.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="117"/>
        <source>Cannot be fixed this way:</source>
        <translation>No se puede corregir de esta forma:</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="121"/>
        <source>Apply changes</source>
        <translation>Aplicar cambios</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="121"/>
        <source>I did it — check again</source>
        <translation>Ya lo hice: revisar de nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="137"/>
        <source>Sync Doctor plan (*.json)</source>
        <translation>Plan de Sync Doctor (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="146"/>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <location filename="../../gui/profile_bar.py" line="36"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../gui/profile_bar.py" line="37"/>
        <source>The client company you are working on</source>
        <translation>La empresa cliente con la que está trabajando</translation>
    </message>
    <message>
        <location filename="../../gui/profile_bar.py" line="40"/>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <location filename="../../gui/profile_bar.py" line="43"/>
        <source>HubSpot connection</source>
        <translation>Conexión con HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/profile_bar.py" line="44"/>
        <source>QuickBooks connection</source>
        <translation>Conexión con QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/profile_bar.py" line="46"/>
        <source>Connect…</source>
        <translation>Conectar…</translation>
    </message>
    <message>
        <location filename="../../gui/profile_bar.py" line="47"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../../gui/profile_bar.py" line="48"/>
        <source>Connect HubSpot and QuickBooks for this profile</source>
        <translation>Conectar HubSpot y QuickBooks para este perfil</translation>
    </message>
    <message>
        <location filename="../../gui/profile_bar.py" line="70"/>
        <source>{name} warning</source>
        <translation>Advertencia de {name}</translation>
    </message>
    <message>
        <location filename="../../gui/profile_bar.py" line="95"/>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/profile_bar.py" line="96"/>
        <source>QuickBooks</source>
        <translation>QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/profile_bar.py" line="99"/>
        <source>{system}: {state}</source>
        <translation>{system}: {state}</translation>
    </message>
    <message>
        <location filename="../../gui/profile_bar.py" line="103"/>
        <source>The saved connection works until {date} unless it is used before then.</source>
        <translation>La conexión guardada funciona hasta el {date}, a menos que se use antes.</translation>
    </message>
    <message>
        <location filename="../../gui/profile_bar.py" line="110"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/profile_bar.py" line="110"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/profile_bar.py" line="129"/>
        <source>Expires in %n days</source>
        <translation>
            <numerusform>Vence en %n día</numerusform>
            <numerusform>Vence en %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/profile_bar.py" line="111"/>
        <source>Reconnect {system} before it expires</source>
        <translation>Vuelva a conectar {system} antes de que venza</translation>
    </message>
    <message>
        <location filename="../../gui/profile_bar.py" line="115"/>
        <source>Reconnect {system}</source>
        <translation>Volver a conectar {system}</translation>
    </message>
    <message>
        <location filename="../../gui/profile_bar.py" line="124"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../../gui/profile_bar.py" line="128"/>
        <source>Expires today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <location filename="../../gui/profile_bar.py" line="128"/>
        <source>Expires tomorrow</source>
        <translation>Vence mañana</translation>
    </message>
    <message>
        <location filename="../../gui/profile_bar.py" line="131"/>
        <source>Reconnect needed</source>
        <translation>Hay que volver a conectar</translation>
    </message>
    <message>
        <location filename="../../gui/profile_bar.py" line="133"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../../gui/profile_bar.py" line="134"/>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
</context>
<context>
    <name>RecordField</name>
    <message>
        <location filename="../../gui/wizards/words.py" line="155"/>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="156"/>
        <source>Message on invoice</source>
        <translation>Mensaje en la factura</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="157"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="157"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="158"/>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="158"/>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="159"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="159"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="160"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="161"/>
        <location filename="../../gui/wizards/words.py" line="167"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="162"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="162"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="163"/>
        <location filename="../../gui/wizards/words.py" line="168"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="164"/>
        <location filename="../../gui/wizards/words.py" line="167"/>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="165"/>
        <location filename="../../gui/wizards/words.py" line="168"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="166"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
</context>
<context>
    <name>ResultList</name>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="206"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="206"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="206"/>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="206"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="208"/>
        <source>Results of each change</source>
        <translation>Resultado de cada cambio</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <location filename="../../gui/wizards/revenue_recognition_service_date.py" line="28"/>
        <source>The invoice date</source>
        <translation>La fecha de la factura</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/revenue_recognition_service_date.py" line="29"/>
        <source>The due date</source>
        <translation>La fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/revenue_recognition_service_date.py" line="30"/>
        <source>This date:</source>
        <translation>Esta fecha:</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/revenue_recognition_service_date.py" line="39"/>
        <source>Service date</source>
        <translation>Fecha del servicio</translation>
    </message>
</context>
<context>
    <name>SendReady</name>
    <message>
        <location filename="../../gui/send_ready.py" line="56"/>
        <source>&amp;Send ready invoices to QuickBooks…</source>
        <translation>&amp;Enviar a QuickBooks las facturas listas…</translation>
    </message>
    <message>
        <location filename="../../gui/send_ready.py" line="58"/>
        <source>Create the QuickBooks copy of every invoice with no problem found</source>
        <translation>Crear en QuickBooks la copia de cada factura sin problemas detectados</translation>
    </message>
    <message>
        <location filename="../../gui/send_ready.py" line="77"/>
        <source>Needs a connection to QuickBooks.</source>
        <translation>Necesita conexión con QuickBooks.</translation>
    </message>
    <message>
        <location filename="../../gui/send_ready.py" line="88"/>
        <source>Send to QuickBooks</source>
        <translation>Enviar a QuickBooks</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/send_ready.py" line="89"/>
        <source>Create %n invoice(s) in QuickBooks now? Each one is recorded in Activity first.</source>
        <translation>
            <numerusform>¿Crear ahora %n factura en QuickBooks? Primero queda registrada en Actividad.</numerusform>
            <numerusform>¿Crear ahora %n facturas en QuickBooks? Cada una queda registrada primero en Actividad.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/send_ready.py" line="95"/>
        <source>No invoice is ready to send: each one is in QuickBooks already or has a problem to fix first.</source>
        <translation>Ninguna factura está lista para enviar: cada una ya está en QuickBooks o tiene un problema que resolver antes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/send_ready.py" line="108"/>
        <source>%n invoice(s) sent to QuickBooks.</source>
        <translation>
            <numerusform>%n factura enviada a QuickBooks.</numerusform>
            <numerusform>%n facturas enviadas a QuickBooks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/send_ready.py" line="110"/>
        <source>QuickBooks refused %n; see Activity.</source>
        <translation>
            <numerusform>QuickBooks rechazó %n; consulte Actividad.</numerusform>
            <numerusform>QuickBooks rechazó %n; consulte Actividad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsLink</name>
    <message>
        <location filename="../../gui/wizards/revenue_recognition_service_date.py" line="73"/>
        <source>Open QuickBooks settings</source>
        <translation>Abrir los ajustes de QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/revenue_recognition_service_date.py" line="75"/>
        <source>Open QuickBooks settings in the browser</source>
        <translation>Abrir los ajustes de QuickBooks en el navegador</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <location filename="../../gui/wizards/words.py" line="25"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="27"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="156"/>
        <source>Check the invoice</source>
        <translation>Revisar la factura</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="157"/>
        <source>Sync Doctor fetches both systems again and re-checks.</source>
        <translation>Sync Doctor trae de nuevo los datos de ambos sistemas y vuelve a revisar.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="164"/>
        <location filename="../../gui/wizards/pages_run.py" line="166"/>
        <source>Check again</source>
        <translation>Revisar de nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="168"/>
        <location filename="../../gui/wizards/pages_run.py" line="170"/>
        <source>Undo this fix</source>
        <translation>Deshacer esta corrección</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="171"/>
        <source>Put every record this fix changed back as it was</source>
        <translation>Dejar cada registro que cambió esta corrección como estaba antes</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="187"/>
        <source>What was changed</source>
        <translation>Qué se cambió</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="210"/>
        <source>Checking…</source>
        <translation>Revisando…</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="224"/>
        <source>✓ Invoice {number} can now sync to QuickBooks.</source>
        <translation>✓ La factura {number} ya se puede sincronizar con QuickBooks.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="226"/>
        <source>✓ All {n} invoices can now sync to QuickBooks.</source>
        <translation>✓ Las {n} facturas ya se pueden sincronizar con QuickBooks.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="236"/>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="238"/>
        <source>Invoice {number} still cannot sync.</source>
        <translation>La factura {number} todavía no se puede sincronizar.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="240"/>
        <source>{fixed} of {total} invoices can now sync; {n} still cannot.</source>
        <translation>{fixed} de {total} facturas ya se pueden sincronizar; {n} todavía no.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="243"/>
        <source>What still stops them:</source>
        <translation>Qué las sigue bloqueando:</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="263"/>
        <source>Undoing…</source>
        <translation>Deshaciendo…</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="274"/>
        <source>Undo was not complete: {what}</source>
        <translation>No se deshizo todo: {what}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/wizards/pages_run.py" line="277"/>
        <source>Undone: %n record(s) put back as they were.</source>
        <translation>
            <numerusform>Deshecho: %n registro volvió a como estaba.</numerusform>
            <numerusform>Deshecho: %n registros volvieron a como estaban.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="278"/>
        <source>The fix was undone. The invoice is back to how it was.</source>
        <translation>Se deshizo la corrección. La factura volvió a como estaba.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="285"/>
        <source>Undo is not possible: {reason}</source>
        <translation>No se puede deshacer: {reason}</translation>
    </message>
</context>
</TS>
