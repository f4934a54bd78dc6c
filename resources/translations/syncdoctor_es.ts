<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActivityView</name>
    <message>
        <location filename="../../gui/activity_view.py" line="81"/>
        <source>Fixes made, newest first</source>
        <translation>Correcciones realizadas, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="92"/>
        <source>No fixes yet. Fixes you apply appear here, and can be undone from here.</source>
        <translation>Aún no hay correcciones. Las correcciones que aplique aparecen aquí y desde aquí puede deshacerlas.</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="94"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="96"/>
        <source>Undo the selected fix</source>
        <translation>Deshacer la corrección seleccionada</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="98"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="100"/>
        <source>Finish the interrupted fix</source>
        <translation>Terminar la corrección interrumpida</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="101"/>
        <source>Send what the interrupted fix had not sent yet</source>
        <translation>Enviar lo que la corrección interrumpida aún no había enviado</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="103"/>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="104"/>
        <source>Reload the list of fixes</source>
        <translation>Recargar la lista de correcciones</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="109"/>
        <source>Activity message</source>
        <translation>Mensaje de actividad</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="146"/>
        <source>Undo of an earlier fix</source>
        <translation>Deshacer una corrección anterior</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="170"/>
        <source>Interrupted — not finished</source>
        <translation>Interrumpida: sin terminar</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="172"/>
        <source>Undo refused</source>
        <translation>Deshacer rechazado</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="174"/>
        <source>Undone</source>
        <translation>Deshecha</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="176"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="178"/>
        <source>Partly done</source>
        <translation>Hecha en parte</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="179"/>
        <source>Not done</source>
        <translation>No hecha</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="207"/>
        <source>Select a fix in the list.</source>
        <translation>Seleccione una corrección de la lista.</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="209"/>
        <source>You are offline, so nothing can be undone now.</source>
        <translation>No hay conexión, así que ahora no se puede deshacer nada.</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="211"/>
        <source>This was itself an undo. Apply the fix again instead.</source>
        <translation>Esto ya fue un deshacer. En su lugar, vuelva a aplicar la corrección.</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="213"/>
        <source>This fix was interrupted. Finish it first, then undo it.</source>
        <translation>Esta corrección se interrumpió. Termínela primero y después deshágala.</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="215"/>
        <source>Nothing of this fix is in place (it failed, or was undone already).</source>
        <translation>No queda nada de esta corrección (falló o ya se deshizo).</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="216"/>
        <source>Put every record this fix changed back as it was</source>
        <translation>Dejar cada registro que cambió esta corrección como estaba antes</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="251"/>
        <source>Finishing…</source>
        <translation>Terminando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/activity_view.py" line="265"/>
        <source>Done: %n record(s) written.</source>
        <translation>
            <numerusform>Listo: se guardó %n registro.</numerusform>
            <numerusform>Listo: se guardaron %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="266"/>
        <source>Not complete: {what}</source>
        <translation>Incompleto: {what}</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="273"/>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="41"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="41"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="42"/>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="42"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="43"/>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location filename="../../gui/activity_view.py" line="43"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>AppMenus</name>
    <message>
        <location filename="../../gui/menus.py" line="58"/>
        <source>&amp;New client company…</source>
        <translation>&amp;Nueva empresa cliente…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="60"/>
        <source>Re&amp;name client company…</source>
        <translation>Cambiar el &amp;nombre de la empresa cliente…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="61"/>
        <source>Re&amp;move client company…</source>
        <translation>&amp;Quitar la empresa cliente…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="62"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="65"/>
        <source>&amp;Undo last fix…</source>
        <translation>&amp;Deshacer la última corrección…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="67"/>
        <source>Put back what the most recent fix changed (after you confirm)</source>
        <translation>Devuelve a su estado anterior lo que cambió la corrección más reciente (después de que usted lo confirme)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="79"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="80"/>
        <source>&amp;Causes explained</source>
        <translation>&amp;Causas explicadas</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="81"/>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="82"/>
        <source>&amp;About Sync Doctor</source>
        <translation>&amp;Acerca de Sync Doctor</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="97"/>
        <source>&amp;Failures</source>
        <translation>&amp;Errores</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="97"/>
        <source>&amp;Activity</source>
        <translation>&amp;Actividad</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="97"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="108"/>
        <source>Causes explained</source>
        <translation>Causas explicadas</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="123"/>
        <source>About Sync Doctor</source>
        <translation>Acerca de Sync Doctor</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="124"/>
        <source>&lt;h2&gt;Sync Doctor {version}&lt;/h2&gt;&lt;p&gt;Finds why HubSpot invoices do not reach QuickBooks Online, and helps fix the cause.&lt;/p&gt;&lt;p&gt;Log file: {log}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Sync Doctor {version}&lt;/h2&gt;&lt;p&gt;Averigua por qué las facturas de HubSpot no llegan a QuickBooks Online y le ayuda a corregir la causa.&lt;/p&gt;&lt;p&gt;Archivo de registro: {log}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <location filename="../../gui/app_window.py" line="104"/>
        <source>Sync Doctor</source>
        <translation>Sync Doctor</translation>
    </message>
    <message>
        <location filename="../../gui/app_window.py" line="130"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location filename="../../gui/app_window.py" line="131"/>
        <source>Failures</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location filename="../../gui/app_window.py" line="132"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../../gui/app_window.py" line="133"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/app_window.py" line="163"/>
        <source>%n fix(es) were cut short before every change was confirmed (the app closed or the connection dropped). Open the Activity tab (Ctrl+2) to finish or undo them.</source>
        <translation>
            <numerusform>Se interrumpió %n corrección antes de que se confirmaran todos sus cambios (la aplicación se cerró o se cortó la conexión). Abra la pestaña Actividad (Ctrl+2) para terminarla o deshacerla.</numerusform>
            <numerusform>Se interrumpieron %n correcciones antes de que se confirmaran todos sus cambios (la aplicación se cerró o se cortó la conexión). Abra la pestaña Actividad (Ctrl+2) para terminarlas o deshacerlas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/app_window.py" line="176"/>
        <source>The demo company is always connected</source>
        <translation>La empresa de demostración siempre está conectada</translation>
    </message>
    <message>
        <location filename="../../gui/app_window.py" line="179"/>
        <source>Connections come from the environment variables for this window</source>
        <translation>En esta ventana, las conexiones vienen de las variables de entorno</translation>
    </message>
    <message>
        <location filename="../../gui/app_window.py" line="182"/>
        <source>Add the client company first (File ▸ New client company…), then connect it</source>
        <translation>Primero agregue la empresa cliente (Archivo ▸ Nueva empresa cliente…) y luego conéctela</translation>
    </message>
    <message>
        <location filename="../../gui/app_window.py" line="226"/>
        <source>Working from the saved copy: {reason}</source>
        <translation>Trabajando con la copia guardada: {reason}</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="28"/>
        <source>Applying the changes</source>
        <translation>Aplicando los cambios</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="29"/>
        <source>Each change is written to the journal before it is sent, so it can be undone.</source>
        <translation>Cada cambio se anota en la actividad antes de enviarse, para que se pueda deshacer.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="32"/>
        <source>Progress of the changes</source>
        <translation>Avance de los cambios</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="36"/>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="38"/>
        <source>Try applying again</source>
        <translation>Intentar aplicar de nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="61"/>
        <source>Starting…</source>
        <translation>Empezando…</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="76"/>
        <source>Stopping after the current change…</source>
        <translation>Deteniendo después del cambio en curso…</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="87"/>
        <source>Writing {what}…</source>
        <translation>Guardando {what}…</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="96"/>
        <source>Finished.</source>
        <translation>Terminado.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="97"/>
        <source>{done} of {total} changes made.</source>
        <translation>{done} de {total} cambios hechos.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="100"/>
        <source>Stopped: {why} The rest can be finished from the Activity tab.</source>
        <translation>Detenido: {why} Lo que falta se puede terminar desde la pestaña Actividad.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_run.py" line="105"/>
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
        <location filename="../../gui/banner.py" line="62"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="65"/>
        <source>Details of the sync failures</source>
        <translation>Detalles de los errores de sincronización</translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="66"/>
        <source>Show every failing invoice and why it fails</source>
        <translation>Mostrar cada factura con error y por qué falla</translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="76"/>
        <source>{amount} blocked</source>
        <translation>{amount} bloqueados</translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="78"/>
        <source>1 invoice is ignored.</source>
        <translation>1 factura está ignorada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/banner.py" line="79"/>
        <source>%n invoices are ignored.</source>
        <translation>
            <numerusform>%n factura está ignorada.</numerusform>
            <numerusform>%n facturas están ignoradas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="81"/>
        <source>All in-scope invoices can sync</source>
        <translation>Todas las facturas revisadas se pueden sincronizar</translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="82"/>
        <source>Every open and paid HubSpot invoice has what QuickBooks needs.</source>
        <translation>Cada factura abierta o pagada de HubSpot tiene lo que QuickBooks necesita.</translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="85"/>
        <source>1 invoice cannot sync</source>
        <translation>1 factura no se puede sincronizar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/banner.py" line="86"/>
        <source>%n invoices cannot sync</source>
        <translation>
            <numerusform>%n factura no se puede sincronizar</numerusform>
            <numerusform>%n facturas no se pueden sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="87"/>
        <source>One cause found. Pick an invoice below to see why QuickBooks would reject it.</source>
        <translation>Se encontró una causa. Elija una factura abajo para ver por qué QuickBooks la rechazaría.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/banner.py" line="89"/>
        <source>%n different causes found. Pick a cause to see its invoices, or an invoice to see why QuickBooks would reject it.</source>
        <translation>
            <numerusform>Se encontró %n causa. Elija una causa para ver sus facturas, o una factura para ver por qué QuickBooks la rechazaría.</numerusform>
            <numerusform>Se encontraron %n causas distintas. Elija una causa para ver sus facturas, o una factura para ver por qué QuickBooks la rechazaría.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="95"/>
        <source>Not checked yet</source>
        <translation>Aún sin revisar</translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="96"/>
        <source>Refresh to compare your HubSpot invoices with QuickBooks.</source>
        <translation>Actualice para comparar sus facturas de HubSpot con QuickBooks.</translation>
    </message>
</context>
<context>
    <name>BulkTable</name>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="136"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="136"/>
        <source>Name already used</source>
        <translation>Nombre ya usado</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="136"/>
        <source>New name</source>
        <translation>Nombre nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="136"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="138"/>
        <source>One row per invoice</source>
        <translation>Una fila por factura</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="150"/>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="163"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <location filename="../../core/store/db.py" line="19"/>
        <source>The local cache was written by a newer Sync Doctor. Update the app to open it.</source>
        <translation>La caché local la escribió una versión más reciente de Sync Doctor. Actualice la aplicación para abrirla.</translation>
    </message>
    <message>
        <location filename="../../core/store/set_aside.py" line="19"/>
        <source>The damaged local copy {path} could not be moved aside ({reason}). Close other programs using it, or move it by hand, then refresh.</source>
        <translation>No se pudo apartar la copia local dañada {path} ({reason}). Cierre los demás programas que la usen, o muévala a mano, y después actualice.</translation>
    </message>
</context>
<context>
    <name>CacheRescue</name>
    <message>
        <location filename="../../gui/cache_rescue.py" line="71"/>
        <source>The local copy is damaged</source>
        <translation>La copia local está dañada</translation>
    </message>
    <message>
        <location filename="../../gui/cache_rescue.py" line="72"/>
        <source>Sync Doctor&apos;s copy of this client company on this computer is damaged and cannot be read. Nothing in HubSpot or QuickBooks is affected, and the record of your fixes is kept apart.

Move the damaged copy aside and rebuild it with a refresh?</source>
        <translation>La copia de esta empresa cliente que Sync Doctor guarda en este equipo está dañada y no se puede leer. Nada ha cambiado en HubSpot ni en QuickBooks, y el registro de sus correcciones se guarda aparte.

¿Desea apartar la copia dañada y reconstruirla con una actualización?</translation>
    </message>
    <message>
        <location filename="../../gui/cache_rescue.py" line="78"/>
        <source>Move aside and rebuild</source>
        <translation>Apartar y reconstruir</translation>
    </message>
    <message>
        <location filename="../../gui/cache_rescue.py" line="80"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../gui/cache_rescue.py" line="104"/>
        <source>The damaged copy was moved to {path}. A refresh is rebuilding it now.</source>
        <translation>La copia dañada se movió a {path}. Una actualización la está reconstruyendo ahora.</translation>
    </message>
    <message>
        <location filename="../../gui/cache_rescue.py" line="106"/>
        <source>The damaged copy was moved to {path}. Refresh once connected to rebuild it.</source>
        <translation>La copia dañada se movió a {path}. Actualice cuando tenga conexión para reconstruirla.</translation>
    </message>
</context>
<context>
    <name>CandidatesEditor</name>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="42"/>
        <source>Contacts to bill instead</source>
        <translation>Contactos a los que facturar en su lugar</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="44"/>
        <source> · another company</source>
        <translation> · otra empresa</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="45"/>
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
    <name>Card</name>
    <message>
        <location filename="../../core/card.py" line="45"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../core/card.py" line="45"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../core/card.py" line="45"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../core/card.py" line="46"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../core/card.py" line="46"/>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../../core/card.py" line="46"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../core/card.py" line="47"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <location filename="../../gui/panel_card.py" line="238"/>
        <source>No guided fix for this cause yet: follow the steps in its explanation.</source>
        <translation>Aún no hay una corrección guiada para esta causa: siga los pasos de su explicación.</translation>
    </message>
    <message>
        <location filename="../../gui/panel_card.py" line="239"/>
        <source>Open the guided fix for this cause</source>
        <translation>Abrir la corrección guiada para esta causa</translation>
    </message>
    <message>
        <location filename="../../gui/panel_card.py" line="242"/>
        <source>The HubSpot account id of this profile is not known yet, so a link cannot be built.</source>
        <translation>Aún no se conoce el ID de la cuenta de HubSpot de este perfil, así que no se puede crear el enlace.</translation>
    </message>
    <message>
        <location filename="../../gui/panel_card.py" line="245"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../gui/panel_card.py" line="247"/>
        <source>This invoice is not in QuickBooks yet.</source>
        <translation>Esta factura aún no está en QuickBooks.</translation>
    </message>
</context>
<context>
    <name>CauseCards</name>
    <message>
        <location filename="../../gui/cause_cards.py" line="36"/>
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
        <location filename="../../gui/cause_cards.py" line="135"/>
        <source>Root cause of {r} of these invoices: fix it first. Click to show only them.</source>
        <translation>Causa raíz de {r} de estas facturas: corríjala primero. Haga clic para ver solo esas.</translation>
    </message>
    <message>
        <location filename="../../gui/cause_cards.py" line="137"/>
        <source>Follows from another cause on these invoices. Click to show only them.</source>
        <translation>Se debe a otra causa en estas facturas. Haga clic para ver solo esas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/cause_cards.py" line="141"/>
        <source>Fix all %n…</source>
        <translation>
            <numerusform>Corregir %n…</numerusform>
            <numerusform>Corregir las %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/cause_cards.py" line="142"/>
        <source>Fix all %n invoice(s): {title}</source>
        <translation>
            <numerusform>Corregir %n factura: {title}</numerusform>
            <numerusform>Corregir las %n facturas: {title}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/cause_cards.py" line="144"/>
        <source>Open the fix for every invoice with this cause at once</source>
        <translation>Abrir la corrección para todas las facturas con esta causa a la vez</translation>
    </message>
</context>
<context>
    <name>ChangeAction</name>
    <message>
        <location filename="../../gui/wizards/words.py" line="36"/>
        <source>New</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="37"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="38"/>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="39"/>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="40"/>
        <source>Send invoice</source>
        <translation>Enviar factura</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="41"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>ChangeState</name>
    <message>
        <location filename="../../gui/wizards/words.py" line="72"/>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="73"/>
        <source>Sent, no reply yet</source>
        <translation>Enviado, aún sin respuesta</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="74"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="75"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="76"/>
        <source>Changed by someone else — not written</source>
        <translation>Otra persona lo cambió — no se escribió</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/words.py" line="77"/>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="142"/>
        <source>Choose a fix</source>
        <translation>Elija una corrección</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="143"/>
        <source>Pick how to fix it. You will see every change before anything is written.</source>
        <translation>Elija cómo corregirlo. Verá cada cambio antes de que se guarde nada.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="151"/>
        <source>Loading the choices…</source>
        <translation>Cargando las opciones…</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="183"/>
        <source>The choices could not be loaded.</source>
        <translation>No se pudieron cargar las opciones.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="192"/>
        <source>No fix is clearly right for this invoice: read the evidence under each fix, then choose one.</source>
        <translation>Ninguna corrección es claramente la correcta para esta factura: lea los indicios de cada corrección y elija una.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="194"/>
        <source>Sync Doctor has no automatic fix for this case.</source>
        <translation>Sync Doctor no tiene una corrección automática para este caso.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="225"/>
        <source>Not possible for this invoice.</source>
        <translation>No es posible para esta factura.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="227"/>
        <source>Not available: {reason}</source>
        <translation>No disponible: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="252"/>
        <source>To continue: {what}</source>
        <translation>Para continuar: {what}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="267"/>
        <source>Pick one of the fixes.</source>
        <translation>Elija una de las correcciones.</translation>
    </message>
</context>
<context>
    <name>CollisionsTable</name>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="25"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="25"/>
        <source>Used by</source>
        <translation>Usado por</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="25"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="25"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="26"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="26"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="27"/>
        <source>QuickBooks documents with the same number</source>
        <translation>Documentos de QuickBooks con el mismo número</translation>
    </message>
</context>
<context>
    <name>Companies</name>
    <message>
        <location filename="../../gui/companies.py" line="105"/>
        <source>New client company</source>
        <translation>Nueva empresa cliente</translation>
    </message>
    <message>
        <location filename="../../gui/companies.py" line="106"/>
        <source>Name the client company. Each company has its own HubSpot and QuickBooks connections and its own saved copy on this computer.</source>
        <translation>Escriba el nombre de la empresa cliente. Cada empresa tiene sus propias conexiones con HubSpot y QuickBooks y su propia copia guardada en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../gui/companies.py" line="126"/>
        <source>Only a saved client company can be renamed.</source>
        <translation>Solo se puede cambiar el nombre de una empresa cliente guardada.</translation>
    </message>
    <message>
        <location filename="../../gui/companies.py" line="128"/>
        <source>Rename client company</source>
        <translation>Cambiar el nombre de la empresa cliente</translation>
    </message>
    <message>
        <location filename="../../gui/companies.py" line="129"/>
        <source>New name for “{name}”:</source>
        <translation>Nuevo nombre para «{name}»:</translation>
    </message>
    <message>
        <location filename="../../gui/companies.py" line="149"/>
        <source>Sync Doctor could not save the name.</source>
        <translation>Sync Doctor no pudo guardar el nombre.</translation>
    </message>
    <message>
        <location filename="../../gui/companies.py" line="161"/>
        <source>Only a saved client company can be removed.</source>
        <translation>Solo se puede quitar una empresa cliente guardada.</translation>
    </message>
    <message>
        <location filename="../../gui/companies.py" line="164"/>
        <location filename="../../gui/companies.py" line="205"/>
        <source>Remove client company</source>
        <translation>Quitar la empresa cliente</translation>
    </message>
    <message>
        <location filename="../../gui/companies.py" line="165"/>
        <source>Remove “{name}” from Sync Doctor? Its saved copy, its record of fixes and its saved HubSpot and QuickBooks connections are deleted from this computer. Nothing in HubSpot or QuickBooks is changed.</source>
        <translation>¿Quitar «{name}» de Sync Doctor? Se borrarán de esta computadora su copia guardada, su registro de correcciones y sus conexiones guardadas con HubSpot y QuickBooks. No se cambia nada en HubSpot ni en QuickBooks.</translation>
    </message>
    <message>
        <location filename="../../gui/companies.py" line="168"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../gui/companies.py" line="189"/>
        <source>“{name}” was removed from this computer.</source>
        <translation>«{name}» se quitó de esta computadora.</translation>
    </message>
    <message>
        <location filename="../../gui/companies.py" line="200"/>
        <source>The client company could not be removed.</source>
        <translation>No se pudo quitar la empresa cliente.</translation>
    </message>
</context>
<context>
    <name>ConflictPage</name>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="41"/>
        <source>Someone changed this record</source>
        <translation>Alguien cambió este registro</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="42"/>
        <source>Nothing was overwritten.</source>
        <translation>No se sobrescribió nada.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="44"/>
        <source>Since you previewed the fix, the record below was changed in HubSpot or QuickBooks. Sync Doctor did not write over that change. Re-plan to fetch the record again and see a fresh preview.</source>
        <translation>Después de su vista previa, el registro de abajo se cambió en HubSpot o en QuickBooks. Sync Doctor no sobrescribió ese cambio. Vuelva a planificar para traer de nuevo el registro y ver una vista previa nueva.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="47"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="47"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="47"/>
        <source>When you previewed</source>
        <translation>En la vista previa</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="48"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="49"/>
        <source>What changed on the server</source>
        <translation>Qué cambió en el servidor</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="50"/>
        <source>Re-plan</source>
        <translation>Volver a planificar</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="51"/>
        <source>Fetch both systems again and prepare a new preview</source>
        <translation>Traer de nuevo los datos de ambos sistemas y preparar una vista previa nueva</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="84"/>
        <source>Fetching both systems again…</source>
        <translation>Trayendo de nuevo los datos de ambos sistemas…</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="93"/>
        <source>After the refresh this problem is gone: nothing is left to fix.</source>
        <translation>Tras la actualización este problema desapareció: no queda nada por corregir.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../gui/connect_dialog.py" line="59"/>
        <source>Connect — {profile}</source>
        <translation>Conectar — {profile}</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="63"/>
        <source>Where your connections are saved</source>
        <translation>Dónde se guardan sus conexiones</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="65"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="66"/>
        <location filename="../../gui/connect_dialog.py" line="101"/>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="67"/>
        <location filename="../../gui/connect_dialog.py" line="102"/>
        <source>QuickBooks</source>
        <translation>QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="69"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="71"/>
        <source>Stop waiting</source>
        <translation>Dejar de esperar</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="72"/>
        <source>Stop waiting for the browser</source>
        <translation>Dejar de esperar al navegador</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="108"/>
        <location filename="../../gui/connect_dialog.py" line="231"/>
        <source>{system} is connected.</source>
        <translation>{system} está conectado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/connect_dialog.py" line="110"/>
        <source>{system} is connected, but the connection expires in %n day(s). Connect again to renew it.</source>
        <translation>
            <numerusform>{system} está conectado, pero la conexión vence en %n día. Vuelva a conectar para renovarla.</numerusform>
            <numerusform>{system} está conectado, pero la conexión vence en %n días. Vuelva a conectar para renovarla.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="113"/>
        <source>{system} needs you to connect again.</source>
        <translation>{system} necesita que vuelva a conectarse.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="115"/>
        <source>{system} cannot be reached right now.</source>
        <translation>No se puede acceder a {system} en este momento.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="116"/>
        <source>{system} is not connected yet.</source>
        <translation>{system} aún no está conectado.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="171"/>
        <location filename="../../gui/connect_dialog.py" line="181"/>
        <source>Waiting for you to approve Sync Doctor in the browser…</source>
        <translation>Esperando a que apruebe Sync Doctor en el navegador…</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="176"/>
        <source>Checking the token with HubSpot…</source>
        <translation>Comprobando el token con HubSpot…</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="187"/>
        <source>Preparing the sign-in page…</source>
        <translation>Preparando la página de inicio de sesión…</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="194"/>
        <source>Open the sign-in page first (step 1).</source>
        <translation>Primero abra la página de inicio de sesión (paso 1).</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="196"/>
        <source>Finishing the connection with QuickBooks…</source>
        <translation>Terminando la conexión con QuickBooks…</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="201"/>
        <source>Disconnecting HubSpot…</source>
        <translation>Desconectando HubSpot…</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="205"/>
        <source>Disconnecting QuickBooks…</source>
        <translation>Desconectando QuickBooks…</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="217"/>
        <source>The sign-in page opened in your browser. After you approve, copy the address from the browser&apos;s address bar, paste it above and choose Finish.</source>
        <translation>La página de inicio de sesión se abrió en su navegador. Después de aprobar, copie la dirección de la barra de direcciones del navegador, péguela arriba y elija Terminar.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="223"/>
        <source>{system} is disconnected.</source>
        <translation>{system} está desconectado.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="233"/>
        <source>Tokens are kept in memory for this session only.</source>
        <translation>Los tokens se guardan en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="236"/>
        <source>HubSpot did not grant these permissions Sync Doctor needs. Add them to the app (or private app) and connect again:</source>
        <translation>HubSpot no concedió estos permisos que necesita Sync Doctor. Agréguelos a la app (o a la app privada) y vuelva a conectarse:</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="238"/>
        <source>Some permissions were not granted; see the list on the HubSpot tab.</source>
        <translation>No se concedieron algunos permisos; vea la lista en la pestaña HubSpot.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="248"/>
        <source>Both are connected: close this window to watch Sync Doctor check every invoice.</source>
        <translation>Los dos están conectados: cierre esta ventana para ver cómo Sync Doctor comprueba todas las facturas.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="262"/>
        <source>HubSpot shows an error page instead of coming back when the app does not declare every permission Sync Doctor asks for. The app needs:</source>
        <translation>HubSpot muestra una página de error en lugar de volver cuando la app no declara todos los permisos que pide Sync Doctor. La app necesita:</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="267"/>
        <source>Something unexpected went wrong while connecting. Try again; if it keeps happening, send the log file (Help ▸ Open log folder) to support.</source>
        <translation>Algo inesperado falló al conectar. Inténtelo de nuevo; si vuelve a ocurrir, envíe el archivo de registro (Ayuda ▸ Abrir la carpeta de registros) al soporte.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_dialog.py" line="273"/>
        <source>Connecting was cancelled. Nothing was changed.</source>
        <translation>Se canceló la conexión. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>ConnectPages</name>
    <message>
        <location filename="../../gui/connect_pages.py" line="72"/>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="73"/>
        <source>Advanced settings for {name}</source>
        <translation>Ajustes avanzados de {name}</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="91"/>
        <source>HubSpot connection</source>
        <translation>Conexión con HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="92"/>
        <source>HubSpot app</source>
        <translation>Aplicación de HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="93"/>
        <source>Sign in with HubSpot</source>
        <translation>Iniciar sesión con HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="94"/>
        <source>Sign in with HubSpot…</source>
        <translation>Iniciar sesión con HubSpot…</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="97"/>
        <source>Opens HubSpot in your browser. Choose the client&apos;s account and approve; Sync Doctor finishes on its own.</source>
        <translation>Abre HubSpot en su navegador. Elija la cuenta del cliente y apruebe el acceso; Sync Doctor termina por sí solo.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="101"/>
        <source>Or paste a private-app token or service key</source>
        <translation>O pegue un token de app privada o una clave de servicio</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="102"/>
        <source>Private-app token or service key</source>
        <translation>Token de app privada o clave de servicio</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="104"/>
        <source>HubSpot account ID</source>
        <translation>ID de la cuenta de HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="104"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="105"/>
        <source>Use this token</source>
        <translation>Usar este token</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="107"/>
        <source>Token or key:</source>
        <translation>Token o clave:</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="108"/>
        <source>Account ID:</source>
        <translation>ID de la cuenta:</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="111"/>
        <source>Permissions Sync Doctor needs</source>
        <translation>Permisos que necesita Sync Doctor</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="114"/>
        <source>HubSpot app client ID</source>
        <translation>ID de cliente de la app de HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="115"/>
        <source>HubSpot app client secret</source>
        <translation>Secreto de cliente de la app de HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="116"/>
        <location filename="../../gui/connect_pages.py" line="162"/>
        <source>App client ID:</source>
        <translation>ID de cliente de la app:</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="117"/>
        <location filename="../../gui/connect_pages.py" line="163"/>
        <source>App client secret:</source>
        <translation>Secreto de cliente de la app:</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="120"/>
        <source>Disconnect HubSpot</source>
        <translation>Desconectar HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="126"/>
        <source>QuickBooks connection</source>
        <translation>Conexión con QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="127"/>
        <source>QuickBooks app</source>
        <translation>Aplicación de QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="128"/>
        <source>Sign in with QuickBooks</source>
        <translation>Iniciar sesión con QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="129"/>
        <source>Sign in with QuickBooks…</source>
        <translation>Iniciar sesión con QuickBooks…</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="135"/>
        <source>Or paste the address your browser landed on</source>
        <translation>O pegue la dirección a la que llegó su navegador</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="136"/>
        <source>1. Open the sign-in page</source>
        <translation>1. Abrir la página de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="137"/>
        <source>Address your browser landed on</source>
        <translation>Dirección a la que llegó su navegador</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="138"/>
        <source>Paste the whole address from the address bar</source>
        <translation>Pegue la dirección completa de la barra de direcciones</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="139"/>
        <source>2. Finish connecting</source>
        <translation>2. Terminar la conexión</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="143"/>
        <source>For QuickBooks production keys: after you approve, the browser lands on your firm&apos;s redirect address. Copy that whole address from the address bar and paste it here.</source>
        <translation>Para las claves de producción de QuickBooks: después de aprobar, el navegador llega a la dirección de redirección de su despacho. Copie esa dirección completa de la barra de direcciones y péguela aquí.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="151"/>
        <source>QuickBooks environment</source>
        <translation>Entorno de QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="152"/>
        <source>Production (real companies)</source>
        <translation>Producción (empresas reales)</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="153"/>
        <source>Sandbox (development keys)</source>
        <translation>Sandbox (claves de desarrollo)</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="157"/>
        <source>Intuit app client ID</source>
        <translation>ID de cliente de la app de Intuit</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="158"/>
        <source>Intuit app client secret</source>
        <translation>Secreto de cliente de la app de Intuit</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="159"/>
        <source>HTTPS redirect address</source>
        <translation>Dirección de redirección HTTPS</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="160"/>
        <source>https://… (needed for production keys)</source>
        <translation>https://… (necesaria para claves de producción)</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="161"/>
        <source>Environment:</source>
        <translation>Entorno:</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="164"/>
        <source>Redirect address:</source>
        <translation>Dirección de redirección:</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="168"/>
        <source>Disconnect QuickBooks</source>
        <translation>Desconectar QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="188"/>
        <source>Connections are saved in the system keychain ({backend}).</source>
        <translation>Las conexiones se guardan en el llavero del sistema ({backend}).</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="191"/>
        <source>Entered once for this computer; the secret is kept in the system keychain.</source>
        <translation>Se escribe una sola vez en esta computadora; el secreto se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="194"/>
        <source>No secure system keychain is available, so tokens are kept in memory for this session only: you will need to connect again after closing Sync Doctor.</source>
        <translation>No hay un llavero seguro del sistema disponible, así que los tokens se guardan en memoria solo durante esta sesión: tendrá que conectarse de nuevo después de cerrar Sync Doctor.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="197"/>
        <source>Without a keychain the secret is kept only until Sync Doctor closes.</source>
        <translation>Sin llavero, el secreto se conserva solo hasta que se cierre Sync Doctor.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="216"/>
        <source>Intuit sends the browser back to this computer only for development keys. With production keys, use the paste option below.</source>
        <translation>Intuit devuelve el navegador a esta computadora solo con claves de desarrollo. Con claves de producción, use la opción de pegar que aparece abajo.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="219"/>
        <source>Opens QuickBooks in your browser. Choose the client&apos;s company and approve; Sync Doctor finishes on its own.</source>
        <translation>Abre QuickBooks en su navegador. Elija la empresa del cliente y apruebe el acceso; Sync Doctor termina por sí solo.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="226"/>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="227"/>
        <source>QuickBooks</source>
        <translation>QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="230"/>
        <source>This computer has no {system} app set up yet. Ask your firm&apos;s administrator for the app settings file (oauth-apps.json), or enter the app&apos;s details under Advanced.</source>
        <translation>Esta computadora todavía no tiene configurada una aplicación de {system}. Pida al administrador de su despacho el archivo de ajustes de aplicaciones (oauth-apps.json) o escriba los datos de la aplicación en Avanzado.</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="242"/>
        <source>saved in the keychain (type to replace)</source>
        <translation>guardado en el llavero (escriba para reemplazarlo)</translation>
    </message>
    <message>
        <location filename="../../gui/connect_pages.py" line="243"/>
        <source>saved for this session (type to replace)</source>
        <translation>guardado para esta sesión (escriba para reemplazarlo)</translation>
    </message>
</context>
<context>
    <name>Connecting</name>
    <message>
        <location filename="../../core/auth/words.py" line="9"/>
        <source>Enter the app&apos;s client id.</source>
        <translation>Escriba el ID de cliente de la app.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="10"/>
        <source>Enter the app&apos;s client secret.</source>
        <translation>Escriba el secreto de cliente de la app.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="11"/>
        <source>This computer has no {service} app set up yet. Ask your firm&apos;s administrator for the app settings file (oauth-apps.json), or enter the app&apos;s details under Advanced.</source>
        <translation>Este equipo aún no tiene configurada ninguna app de {service}. Pida al administrador de su firma el archivo de ajustes de las apps (oauth-apps.json) o escriba los datos de la app en Avanzado.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="13"/>
        <source>The firm&apos;s app settings file ({path}) cannot be read: {reason}. Ask your administrator for a new copy.</source>
        <translation>No se puede leer el archivo de ajustes de las apps de la firma ({path}): {reason}. Pida a su administrador una copia nueva.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="15"/>
        <source>it is missing or may not be read</source>
        <translation>no existe o no se permite leerlo</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="16"/>
        <source>it is not valid JSON</source>
        <translation>no es un JSON válido</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="17"/>
        <source>the disk refused to read it</source>
        <translation>el disco no permitió leerlo</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="18"/>
        <source>The firm&apos;s app settings file ({path}) is not in the expected form. Ask your administrator for a new copy.</source>
        <translation>El archivo de ajustes de las apps de la firma ({path}) no tiene la forma esperada. Pida a su administrador una copia nueva.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="20"/>
        <source>The loopback_port of &quot;{name}&quot; in {path} must be a port number (1024-65535).</source>
        <translation>El loopback_port de &quot;{name}&quot; en {path} debe ser un número de puerto (1024-65535).</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="21"/>
        <source>The &quot;{name}&quot; entry of {path} must hold text values only.</source>
        <translation>La entrada &quot;{name}&quot; de {path} solo puede contener valores de texto.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="22"/>
        <source>The &quot;{name}&quot; entry of {path} needs a client_id and a client_secret.</source>
        <translation>La entrada &quot;{name}&quot; de {path} necesita un client_id y un client_secret.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="23"/>
        <source>The QuickBooks environment in {path} must be &quot;production&quot; or &quot;sandbox&quot;.</source>
        <translation>El entorno de QuickBooks en {path} debe ser &quot;production&quot; o &quot;sandbox&quot;.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="26"/>
        <source>Paste the whole address from your browser&apos;s address bar first.</source>
        <translation>Primero pegue la dirección completa de la barra de direcciones de su navegador.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="27"/>
        <source>That does not look like the address the browser landed on after you approved. Copy the whole address from the address bar (it contains &quot;code=&quot;) and paste it again.</source>
        <translation>Eso no parece la dirección a la que llegó el navegador después de que usted dio su aprobación. Copie la dirección completa de la barra de direcciones (contiene &quot;code=&quot;) y péguela de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="30"/>
        <source>You did not allow Sync Doctor to access {service}. Nothing was changed. Start again and choose Connect (or Allow) to go on.</source>
        <translation>Usted no permitió que Sync Doctor accediera a {service}. No se cambió nada. Empiece de nuevo y elija Conectar (o Permitir) para continuar.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="32"/>
        <source>{service} did not give access: {detail}.</source>
        <translation>{service} no dio acceso: {detail}.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="33"/>
        <source>This answer does not belong to the sign-in Sync Doctor started (the security check did not match). It may be from an older attempt. Start connecting {service} again and use only the newest browser tab.</source>
        <translation>Esta respuesta no corresponde al inicio de sesión que empezó Sync Doctor (la comprobación de seguridad no coincidió). Puede ser de un intento anterior. Vuelva a conectar {service} y use solo la pestaña más reciente del navegador.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="36"/>
        <source>The address has no sign-in code from {service}. Copy the whole address after you approved, and paste it again.</source>
        <translation>La dirección no tiene ningún código de inicio de sesión de {service}. Copie la dirección completa después de dar su aprobación y péguela de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="38"/>
        <source>QuickBooks did not say which company you chose (the address has no realmId). Copy the whole address and paste it again.</source>
        <translation>QuickBooks no indicó qué empresa eligió usted (la dirección no tiene realmId). Copie la dirección completa y péguela de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="40"/>
        <source>No answer came back from the browser within {duration}. If the sign-in page showed an error, fix what it says; then start the connection again.</source>
        <translation>No llegó ninguna respuesta del navegador en {duration}. Si la página de inicio de sesión mostró un error, corrija lo que indica y vuelva a iniciar la conexión.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="42"/>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="43"/>
        <source>{n} seconds</source>
        <translation>{n} segundos</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="44"/>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="46"/>
        <source>{timeout} HubSpot shows an error page when the app does not declare every permission Sync Doctor asks for: {scopes}.</source>
        <translation>{timeout} HubSpot muestra una página de error cuando la app no declara todos los permisos que pide Sync Doctor: {scopes}.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="50"/>
        <source>Paste the private-app token or service key first.</source>
        <translation>Primero pegue el token de app privada o la clave de servicio.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="51"/>
        <source>Could not reach HubSpot to check the token: {reason}. Check your internet connection and try again.</source>
        <translation>No se pudo contactar con HubSpot para comprobar el token: {reason}. Revise su conexión a internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="53"/>
        <source>HubSpot did not accept this token. Copy it again from HubSpot (private app or service key) and paste the whole token.</source>
        <translation>HubSpot no aceptó este token. Cópielo de nuevo desde HubSpot (app privada o clave de servicio) y pegue el token completo.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="55"/>
        <source>HubSpot accepted the token but it may not read contacts. Give the private app or service key these scopes: {scopes}.</source>
        <translation>HubSpot aceptó el token, pero no tiene permiso para leer contactos. Dé a la app privada o a la clave de servicio estos permisos: {scopes}.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="57"/>
        <source>HubSpot answered {status} when checking the token. Try again later.</source>
        <translation>HubSpot respondió {status} al comprobar el token. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="58"/>
        <source>HubSpot no longer accepts the saved private-app token or service key (it was deleted or rotated). Paste the current one to reconnect.</source>
        <translation>HubSpot ya no acepta el token de app privada o la clave de servicio guardados (se eliminaron o se renovaron). Pegue los actuales para volver a conectar.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="62"/>
        <source>Intuit accepts a redirect to this computer (localhost) only for development keys. For production, use &quot;paste the address your browser landed on&quot; with the HTTPS redirect address registered for your app.</source>
        <translation>Intuit solo acepta una redirección a este equipo (localhost) con claves de desarrollo. Para producción, use &quot;pegue la dirección a la que llegó su navegador&quot; con la dirección de redirección HTTPS registrada para su app.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="65"/>
        <source>Enter the redirect address registered for your Intuit app (it starts with https://) before connecting this way.</source>
        <translation>Escriba la dirección de redirección registrada para su app de Intuit (empieza por https://) antes de conectar de esta manera.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="69"/>
        <source>{service} is not connected for the profile &quot;{profile}&quot;. Choose Connect… to connect it.</source>
        <translation>{service} no está conectado para el perfil &quot;{profile}&quot;. Elija Conectar… para conectarlo.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="71"/>
        <source>{service} needs you to reconnect: no saved connection was found. Connect {service} again.</source>
        <translation>{service} necesita que usted vuelva a conectar: no se encontró ninguna conexión guardada. Conecte {service} de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="72"/>
        <source>{service} needs you to reconnect: no saved connection was found (it was kept in memory only and Sync Doctor was restarted). Connect {service} again.</source>
        <translation>{service} necesita que usted vuelva a conectar: no se encontró ninguna conexión guardada (solo se guardaba en memoria y Sync Doctor se reinició). Conecte {service} de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="74"/>
        <source>{service} needs you to reconnect: no saved connection was found. Connect {service}.</source>
        <translation>{service} necesita que usted vuelva a conectar: no se encontró ninguna conexión guardada. Conecte {service}.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="75"/>
        <source>Another Sync Doctor window is busy refreshing the same connection. Wait a moment and try again.</source>
        <translation>Otra ventana de Sync Doctor está renovando la misma conexión. Espere un momento e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="79"/>
        <source>Could not reach {service} to sign in: {reason}. Check your internet connection and try again.</source>
        <translation>No se pudo contactar con {service} para iniciar sesión: {reason}. Revise su conexión a internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="81"/>
        <source>the connection failed</source>
        <translation>la conexión falló</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="82"/>
        <source>{service} answered the sign-in without the expected tokens.</source>
        <translation>{service} respondió al inicio de sesión sin los tokens esperados.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="83"/>
        <source>{service} answered the sign-in without the expected tokens. Try again; if it keeps happening, the app&apos;s settings may be wrong.</source>
        <translation>{service} respondió al inicio de sesión sin los tokens esperados. Inténtelo de nuevo; si vuelve a ocurrir, puede que los ajustes de la app estén mal.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="85"/>
        <source>{service} did not accept this app&apos;s client id and secret. Check them in the app credentials and try again.</source>
        <translation>{service} no aceptó el ID y el secreto de cliente de esta app. Revíselos en las credenciales de la app e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="87"/>
        <source>{service} needs you to reconnect: the saved connection was refused (it expired, was revoked, or the app was uninstalled). Connect {service} again.</source>
        <translation>{service} necesita que usted vuelva a conectar: se rechazó la conexión guardada (venció, se revocó o se desinstaló la app). Conecte {service} de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="89"/>
        <source>{service} refused the sign-in code: it was already used, has expired, or belongs to another attempt. Start the connection again.</source>
        <translation>{service} rechazó el código de inicio de sesión: ya se usó, venció o pertenece a otro intento. Vuelva a iniciar la conexión.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="91"/>
        <source>{service} answered {status} when signing in ({code}).</source>
        <translation>{service} respondió {status} al iniciar sesión ({code}).</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="92"/>
        <source>no error code</source>
        <translation>sin código de error</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="95"/>
        <source>the app&apos;s client id and secret are not saved</source>
        <translation>el id de cliente y el secreto de la app no están guardados</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="97"/>
        <source>Sync Doctor forgot the connection, but could not tell {service} ({reason}). To be sure, remove Sync Doctor from the connected apps in {service}&apos;s settings.</source>
        <translation>Sync Doctor olvidó la conexión, pero no pudo avisar a {service} ({reason}). Para asegurarse, quite Sync Doctor de las apps conectadas en la configuración de {service}.</translation>
    </message>
    <message>
        <location filename="../../core/auth/words.py" line="99"/>
        <source>Sync Doctor forgot the token. HubSpot keeps it valid until you delete or rotate it in the private app or service key settings.</source>
        <translation>Sync Doctor olvidó el token. HubSpot lo mantiene válido hasta que usted lo elimine o lo rote en la configuración de la app privada o de la clave de servicio.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../../core/auth/expiry.py" line="25"/>
        <source>{service}: connected</source>
        <translation>{service}: conectado</translation>
    </message>
    <message>
        <location filename="../../core/auth/expiry.py" line="26"/>
        <source>{service}: connection expires today. Reconnect to keep it working.</source>
        <translation>{service}: la conexión vence hoy. Vuelva a conectar para que siga funcionando.</translation>
    </message>
    <message>
        <location filename="../../core/auth/expiry.py" line="27"/>
        <source>{service}: connection expires tomorrow. Reconnect to keep it working.</source>
        <translation>{service}: la conexión vence mañana. Vuelva a conectar para que siga funcionando.</translation>
    </message>
    <message>
        <location filename="../../core/auth/expiry.py" line="28"/>
        <source>{service}: connection expires in {days} days. Reconnect to keep it working.</source>
        <translation>{service}: la conexión vence en {days} días. Vuelva a conectar para que siga funcionando.</translation>
    </message>
    <message>
        <location filename="../../core/auth/expiry.py" line="29"/>
        <source>{service}: reconnect needed</source>
        <translation>{service}: hay que volver a conectar</translation>
    </message>
    <message>
        <location filename="../../core/auth/expiry.py" line="30"/>
        <source>{service}: offline (cannot be reached right now)</source>
        <translation>{service}: sin conexión (no se puede contactar ahora)</translation>
    </message>
    <message>
        <location filename="../../core/auth/expiry.py" line="31"/>
        <source>{service}: not connected</source>
        <translation>{service}: no conectado</translation>
    </message>
</context>
<context>
    <name>ConnectionStrip</name>
    <message>
        <location filename="../../gui/banner.py" line="168"/>
        <source>Connection problem</source>
        <translation>Problema de conexión</translation>
    </message>
</context>
<context>
    <name>DiffTable</name>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="128"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="128"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="128"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="128"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="129"/>
        <source>After the fix</source>
        <translation>Después de la corrección</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="129"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="130"/>
        <source>Changes that will be made</source>
        <translation>Cambios que se harán</translation>
    </message>
</context>
<context>
    <name>DocumentNumberWizard</name>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="89"/>
        <source>New number for this invoice in QuickBooks</source>
        <translation>Número nuevo para esta factura en QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="95"/>
        <source>New number for the QuickBooks credit memo of {customer}</source>
        <translation>Número nuevo para la nota de crédito de QuickBooks de {customer}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="97"/>
        <source>New number for the QuickBooks invoice of {customer}</source>
        <translation>Número nuevo para la factura de QuickBooks de {customer}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="98"/>
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
        <source>Choose a customer…</source>
        <translation>Elija un cliente…</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="89"/>
        <source> (inactive)</source>
        <translation> (inactivo)</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="90"/>
        <source> · another company</source>
        <translation> · otra empresa</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="101"/>
        <location filename="../../gui/wizards/missing_customer.py" line="111"/>
        <source>New email</source>
        <translation>Correo nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="109"/>
        <source>Change it</source>
        <translation>Cambiarlo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="110"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="134"/>
        <source>Type the email address both systems should use, like name@example.com.</source>
        <translation>Escriba el correo que deben usar los dos sistemas, por ejemplo nombre@ejemplo.com.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="137"/>
        <source>No QuickBooks customer looks like this contact: choose “On the HubSpot contact” and type the email the right QuickBooks customer uses, or pick another fix.</source>
        <translation>Ningún cliente de QuickBooks se parece a este contacto: elija “En el contacto de HubSpot” y escriba el correo que usa el cliente correcto de QuickBooks, o elija otra corrección.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="139"/>
        <source>Pick the QuickBooks customer to change.</source>
        <translation>Elija el cliente de QuickBooks que se va a cambiar.</translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="112"/>
        <source>This step did not work</source>
        <translation>Este paso no funcionó</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="113"/>
        <source>Go Back to try again, or Cancel to close.</source>
        <translation>Elija Atrás para intentarlo de nuevo, o Cancelar para cerrar.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="115"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="117"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_other.py" line="119"/>
        <source>Any change already made is listed in the Activity tab, where it can be undone.</source>
        <translation>Todo cambio ya hecho aparece en la pestaña Actividad, donde se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../core/error_text.py" line="42"/>
        <source>Sync Doctor ran out of memory. Close other programs and try again; nothing was changed in the local copy.</source>
        <translation>Sync Doctor se quedó sin memoria. Cierre otros programas e inténtelo de nuevo; no se cambió nada en la copia local.</translation>
    </message>
    <message>
        <location filename="../../core/error_text.py" line="45"/>
        <source>Sync Doctor&apos;s local files{where} are in use by another program. Close it (or wait until it finishes) and try again.</source>
        <translation>Otro programa está usando los archivos locales de Sync Doctor{where}. Ciérrelo (o espere a que termine) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/error_text.py" line="47"/>
        <source>Sync Doctor could not write its local files{where}: the disk is full (or the file may not grow). Free some space and try again; nothing was changed.</source>
        <translation>Sync Doctor no pudo escribir sus archivos locales{where}: el disco está lleno (o el archivo no puede crecer). Libere espacio e inténtelo de nuevo; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../core/error_text.py" line="49"/>
        <source>Sync Doctor may not write to its data folder{where} (read-only, or no permission). Check the folder&apos;s permissions, or set SYNCDOCTOR_HOME to a folder you can write to.</source>
        <translation>Sync Doctor no tiene permiso para escribir en su carpeta de datos{where} (es de solo lectura o falta el permiso). Revise los permisos de la carpeta o defina SYNCDOCTOR_HOME con una carpeta en la que usted pueda escribir.</translation>
    </message>
    <message>
        <location filename="../../core/error_text.py" line="51"/>
        <source>A local file{where} is damaged. Nothing in HubSpot or QuickBooks is affected. A damaged cache.db can be moved aside and rebuilt by a refresh; keep journal.sqlite (the record of every fix) and contact support if it is the damaged one.</source>
        <translation>Un archivo local{where} está dañado. Nada en HubSpot ni en QuickBooks se ve afectado. Un cache.db dañado se puede apartar y reconstruir con una actualización; conserve journal.sqlite (el registro de cada corrección) y contacte con soporte si es el que está dañado.</translation>
    </message>
    <message>
        <location filename="../../core/error_text.py" line="54"/>
        <source>Sync Doctor&apos;s local files{where} could not be used: {reason}.</source>
        <translation>No se pudieron usar los archivos locales de Sync Doctor{where}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../core/error_text.py" line="55"/>
        <source>The disk is full, so Sync Doctor could not save its files{where}. Free some space and try again.</source>
        <translation>El disco está lleno, así que Sync Doctor no pudo guardar sus archivos{where}. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/error_text.py" line="57"/>
        <source>Sync Doctor may not write where it keeps its files{where}. Check the folder&apos;s permissions, or set SYNCDOCTOR_HOME to a folder you can write to.</source>
        <translation>Sync Doctor no tiene permiso para escribir donde guarda sus archivos{where}. Revise los permisos de la carpeta o defina SYNCDOCTOR_HOME con una carpeta en la que usted pueda escribir.</translation>
    </message>
    <message>
        <location filename="../../core/error_text.py" line="59"/>
        <source>Sync Doctor could not use a file{where}: {reason}.</source>
        <translation>Sync Doctor no pudo usar un archivo{where}: {reason}.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../core/failures/evidence.py" line="20"/>
        <source>Contact&apos;s email</source>
        <translation>Correo del contacto</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="21"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="22"/>
        <source>Name the new customer would get</source>
        <translation>Nombre que recibiría el cliente nuevo</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="23"/>
        <source>Already used by</source>
        <translation>Ya lo usa</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="24"/>
        <source>QuickBooks customers with this email</source>
        <translation>Clientes de QuickBooks con este correo</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="25"/>
        <source>QuickBooks invoice</source>
        <translation>Factura de QuickBooks</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="26"/>
        <source>Total in QuickBooks</source>
        <translation>Total en QuickBooks</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="27"/>
        <source>Total in HubSpot</source>
        <translation>Total en HubSpot</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="28"/>
        <source>Number of lines in HubSpot</source>
        <translation>Número de líneas en HubSpot</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="29"/>
        <source>Number of lines in QuickBooks</source>
        <translation>Número de líneas en QuickBooks</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="30"/>
        <source>Lines in HubSpot (quantity × price = amount)</source>
        <translation>Líneas en HubSpot (cantidad × precio = importe)</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="31"/>
        <source>Lines in QuickBooks (quantity × price = amount)</source>
        <translation>Líneas en QuickBooks (cantidad × precio = importe)</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="32"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="33"/>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="34"/>
        <source>Most QuickBooks allows</source>
        <translation>Máximo que admite QuickBooks</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="35"/>
        <source>QuickBooks setting</source>
        <translation>Ajuste de QuickBooks</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="36"/>
        <source>Lines without a service date</source>
        <translation>Líneas sin fecha de servicio</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="37"/>
        <source>Lines without a QuickBooks item</source>
        <translation>Líneas sin artículo en QuickBooks</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="38"/>
        <source>Invoice date</source>
        <translation>Fecha de la factura</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="39"/>
        <source>Books closed up to</source>
        <translation>Libros cerrados hasta</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="40"/>
        <source>Invoice currency</source>
        <translation>Moneda de la factura</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="41"/>
        <source>Company&apos;s home currency</source>
        <translation>Moneda principal de la empresa</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="42"/>
        <source>Customer&apos;s currency in QuickBooks</source>
        <translation>Moneda del cliente en QuickBooks</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="43"/>
        <source>Multicurrency on</source>
        <translation>Multidivisa activada</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="44"/>
        <source>Contains a colon</source>
        <translation>Contiene dos puntos</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="45"/>
        <source>Contains a tab or line break</source>
        <translation>Contiene una tabulación o un salto de línea</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="53"/>
        <source>QuickBooks invoice of {customer}</source>
        <translation>Factura de QuickBooks de {customer}</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="54"/>
        <source>QuickBooks credit memo of {customer}</source>
        <translation>Nota de crédito de QuickBooks de {customer}</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="55"/>
        <source>QuickBooks customer</source>
        <translation>Cliente de QuickBooks</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="62"/>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="63"/>
        <source>{document} · {details}</source>
        <translation>{document} · {details}</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="19"/>
        <source>HubSpot contact id</source>
        <translation>Id. del contacto en HubSpot</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="49"/>
        <source>Revenue recognition (Account and settings → Advanced)</source>
        <translation>Reconocimiento de ingresos (Cuenta y configuración → Avanzado)</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="50"/>
        <source>QuickBooks invoice {id}</source>
        <translation>Factura {id} de QuickBooks</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="51"/>
        <source>QuickBooks credit memo {id}</source>
        <translation>Nota de crédito {id} de QuickBooks</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="52"/>
        <source>QuickBooks document {id}</source>
        <translation>Documento {id} de QuickBooks</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="56"/>
        <source>Customer “{name}”</source>
        <translation>Cliente “{name}”</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="57"/>
        <source>Customer “{name}” (inactive)</source>
        <translation>Cliente “{name}” (inactivo)</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="58"/>
        <source>Vendor “{name}”</source>
        <translation>Proveedor “{name}”</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="59"/>
        <source>Vendor “{name}” (inactive)</source>
        <translation>Proveedor “{name}” (inactivo)</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="60"/>
        <source>Employee “{name}”</source>
        <translation>Empleado “{name}”</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="61"/>
        <source>Employee “{name}” (inactive)</source>
        <translation>Empleado “{name}” (inactivo)</translation>
    </message>
    <message>
        <location filename="../../core/failures/evidence.py" line="62"/>
        <source>“{name}” (inactive)</source>
        <translation>“{name}” (inactivo)</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="50"/>
        <source>{qty} × {price} = {amount}</source>
        <translation>{qty} × {price} = {amount}</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="157"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="157"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="158"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
</context>
<context>
    <name>ExplainPage</name>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="49"/>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="51"/>
        <source>Invoice {number}</source>
        <translation>Factura {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/wizards/pages_plan.py" line="52"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n factura</numerusform>
            <numerusform>%n facturas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="56"/>
        <source>What we found</source>
        <translation>Qué encontramos</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="59"/>
        <source>What will happen</source>
        <translation>Qué pasará</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="61"/>
        <source>Next you choose how to fix it. Sync Doctor then shows every record it will change, field by field. Nothing is written to HubSpot or QuickBooks until you press “Apply changes”, and every change can be undone afterwards.</source>
        <translation>Ahora usted elige cómo corregirlo. Después, Sync Doctor muestra cada registro que cambiará, campo por campo. No se guarda nada en HubSpot ni en QuickBooks hasta que pulse “Aplicar cambios”, y cada cambio se puede deshacer después.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="66"/>
        <source>Sync Doctor cannot make this change for you. Do one of these, then refresh:</source>
        <translation>Sync Doctor no puede hacer este cambio por usted. Haga una de estas cosas y luego actualice:</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="71"/>
        <source>Loading the fixes…</source>
        <translation>Cargando las correcciones…</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="73"/>
        <source>Preview the recommended fix</source>
        <translation>Vista previa de la corrección recomendada</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="98"/>
        <source>No fix is clearly right: choose one</source>
        <translation>Ninguna corrección es claramente la correcta: elija una</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="104"/>
        <source>Preview the recommended fix: {label}</source>
        <translation>Vista previa de la corrección recomendada: {label}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="101"/>
        <source>No fix can be made automatically</source>
        <translation>No se puede hacer ninguna corrección automática</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="107"/>
        <source>Fill in the recommended fix: {label}</source>
        <translation>Complete la corrección recomendada: {label}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="120"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="120"/>
        <source>Why it fails</source>
        <translation>Por qué falla</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_plan.py" line="128"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gui/export_dialog.py" line="88"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="89"/>
        <source>Export failures and fixes</source>
        <translation>Exportar errores y correcciones</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="97"/>
        <source>Spreadsheet, plain (CSV)</source>
        <translation>Hoja de cálculo simple (CSV)</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="97"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Libro de Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="98"/>
        <source>Printable report (PDF)</source>
        <translation>Informe para imprimir (PDF)</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="100"/>
        <source>File format</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="102"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="105"/>
        <source>Invoices that do not sync</source>
        <translation>Facturas que no se sincronizan</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="105"/>
        <source>Fixes made</source>
        <translation>Correcciones realizadas</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="106"/>
        <source>Both</source>
        <translation>Ambas</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="109"/>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="111"/>
        <source>&amp;Include:</source>
        <translation>&amp;Incluir:</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="113"/>
        <source>Only invoices and fixes dated between</source>
        <translation>Solo facturas y correcciones con fecha entre</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="114"/>
        <source>Limit to a date range</source>
        <translation>Limitar a un rango de fechas</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="117"/>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="118"/>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="121"/>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="128"/>
        <source>File to save</source>
        <translation>Archivo que se guardará</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="129"/>
        <source>Choose where to save the file</source>
        <translation>Elija dónde guardar el archivo</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="131"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="132"/>
        <source>Choose the file to save</source>
        <translation>Elija el archivo que se guardará</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="137"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="146"/>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="151"/>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="154"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="157"/>
        <source>&amp;Open file</source>
        <translation>&amp;Abrir archivo</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="212"/>
        <source>A CSV file holds one table: the fixes go to a second file ending in “-fixes.csv”.</source>
        <translation>Un archivo CSV contiene una sola tabla: las correcciones van a un segundo archivo que termina en “-fixes.csv”.</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="232"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="232"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="233"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="234"/>
        <source>Save the export as</source>
        <translation>Guardar la exportación como</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="245"/>
        <source>sync-doctor-report</source>
        <translation>informe-sync-doctor</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="276"/>
        <source>Saved {names} ({pages} pages).</source>
        <translation>Se guardó {names} ({pages} páginas).</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="278"/>
        <source>Saved {names}.</source>
        <translation>Se guardó {names}.</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="287"/>
        <source>The file could not be written: {reason}</source>
        <translation>No se pudo guardar el archivo: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="291"/>
        <source>The export failed: {reason}</source>
        <translation>La exportación falló: {reason}</translation>
    </message>
</context>
<context>
    <name>FailuresModel</name>
    <message>
        <location filename="../../gui/failures_model.py" line="66"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../../gui/failures_model.py" line="67"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../gui/failures_model.py" line="68"/>
        <source>Customer / contact</source>
        <translation>Cliente / contacto</translation>
    </message>
    <message>
        <location filename="../../gui/failures_model.py" line="69"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../gui/failures_model.py" line="70"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/failures_model.py" line="71"/>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <location filename="../../gui/failures_model.py" line="76"/>
        <source>Cannot sync</source>
        <translation>No se sincroniza</translation>
    </message>
    <message>
        <location filename="../../gui/failures_model.py" line="77"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../../gui/failures_model.py" line="78"/>
        <source>Ignored</source>
        <translation>Ignorada</translation>
    </message>
    <message>
        <location filename="../../gui/failures_model.py" line="79"/>
        <source>Ready to sync</source>
        <translation>Lista para sincronizar</translation>
    </message>
    <message>
        <location filename="../../gui/failures_model.py" line="80"/>
        <source>Synced</source>
        <translation>Sincronizada</translation>
    </message>
    <message>
        <location filename="../../gui/failures_model.py" line="81"/>
        <source>Out of scope</source>
        <translation>Fuera de alcance</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../gui/filter_bar.py" line="48"/>
        <source>Search number, name or email (Ctrl+F)</source>
        <translation>Buscar número, nombre o correo (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="49"/>
        <source>Search invoices</source>
        <translation>Buscar facturas</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="58"/>
        <source>Filter by cause</source>
        <translation>Filtrar por causa</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="67"/>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="68"/>
        <source>Needs attention</source>
        <translation>Requieren atención</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="71"/>
        <source>Every invoice</source>
        <translation>Todas las facturas</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="72"/>
        <source>Which invoices to list: those that need attention (cannot sync or warning), one status, or every invoice</source>
        <translation>Qué facturas mostrar: las que requieren atención (no se sincronizan o tienen un aviso), las de un estado o todas</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="76"/>
        <source>Invoice date from</source>
        <translation>Fecha de factura desde</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="77"/>
        <source>Invoice date to</source>
        <translation>Fecha de factura hasta</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="78"/>
        <source>Minimum amount</source>
        <translation>Importe mínimo</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="79"/>
        <source>Maximum amount</source>
        <translation>Importe máximo</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="84"/>
        <location filename="../../gui/filter_bar.py" line="86"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="87"/>
        <source>Back to the invoices that need attention, with no other filter</source>
        <translation>Volver a las facturas que requieren atención, sin ningún otro filtro</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="95"/>
        <source>Filter by date and amount</source>
        <translation>Filtrar por fecha e importe</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="96"/>
        <source>Filter by invoice date and amount</source>
        <translation>Filtrar por fecha de la factura e importe</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="106"/>
        <source>Show every invoice</source>
        <translation>Mostrar todas las facturas</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="133"/>
        <source>Invoice date</source>
        <translation>Fecha de la factura</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/filter_bar.py" line="197"/>
        <source>No invoice with this status matches the search; %n invoice(s) with another status do.</source>
        <translation>
            <numerusform>Ninguna factura con este estado coincide con la búsqueda; coincide %n factura con otro estado.</numerusform>
            <numerusform>Ninguna factura con este estado coincide con la búsqueda; coinciden %n facturas con otro estado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/filter_bar.py" line="208"/>
        <source>More filters (%n)</source>
        <translation>
            <numerusform>Más filtros (%n)</numerusform>
            <numerusform>Más filtros (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="208"/>
        <source>More filters</source>
        <translation>Más filtros</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="134"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="154"/>
        <location filename="../../gui/filter_bar.py" line="167"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="179"/>
        <source>Any cause</source>
        <translation>Cualquier causa</translation>
    </message>
</context>
<context>
    <name>FixWizard</name>
    <message>
        <location filename="../../gui/wizards/base.py" line="84"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/base.py" line="85"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/base.py" line="77"/>
        <location filename="../../gui/wizards/base.py" line="86"/>
        <source>Apply changes</source>
        <translation>Aplicar cambios</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/base.py" line="87"/>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/base.py" line="88"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/base.py" line="73"/>
        <source>Fix: {title}</source>
        <translation>Corregir: {title}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/base.py" line="188"/>
        <source>You are offline (no connection is set up for this profile), so the changes cannot be applied now. Save the plan to apply it later.</source>
        <translation>No hay conexión (este perfil no tiene ninguna configurada), así que los cambios no se pueden aplicar ahora. Guarde el plan para aplicarlo más tarde.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/base.py" line="203"/>
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
    <name>HubSpot</name>
    <message>
        <location filename="../../core/hubspot/client.py" line="63"/>
        <source>HubSpot answered {status}: {message}</source>
        <translation>HubSpot respondió {status}: {message}</translation>
    </message>
    <message>
        <location filename="../../core/hubspot/client.py" line="64"/>
        <source>HubSpot answered {status}: no details</source>
        <translation>HubSpot respondió {status}: sin detalles</translation>
    </message>
    <message>
        <location filename="../../core/hubspot/client.py" line="65"/>
        <source>HubSpot answered {status}: {reason} (the reply was not HubSpot&apos;s own)</source>
        <translation>HubSpot respondió {status}: {reason} (la respuesta no era de HubSpot)</translation>
    </message>
    <message>
        <location filename="../../core/hubspot/client.py" line="66"/>
        <source>HubSpot answered {status}: an error (the reply was not HubSpot&apos;s own)</source>
        <translation>HubSpot respondió {status}: un error (la respuesta no era de HubSpot)</translation>
    </message>
</context>
<context>
    <name>InvoiceCard</name>
    <message>
        <location filename="../../gui/card_history.py" line="30"/>
        <source>First seen {first}; last checked {last}.</source>
        <translation>Detectado por primera vez el {first}; última comprobación: {last}</translation>
    </message>
    <message>
        <location filename="../../gui/card_history.py" line="34"/>
        <source>QuickBooks replied on {when}: error {code}: {text}</source>
        <translation>Respuesta de QuickBooks del {when}: error {code}: {text}</translation>
    </message>
    <message>
        <location filename="../../gui/card_history.py" line="36"/>
        <source>QuickBooks replied on {when}: {text}</source>
        <translation>Respuesta de QuickBooks del {when}: {text}</translation>
    </message>
    <message>
        <location filename="../../gui/card_history.py" line="44"/>
        <source>This invoice is in QuickBooks, and the last check found nothing wrong with it.</source>
        <translation>Esta factura está en QuickBooks y la última comprobación no encontró ningún problema.</translation>
    </message>
    <message>
        <location filename="../../gui/card_history.py" line="47"/>
        <source>Nothing stops this invoice from syncing: it is ready to be sent to QuickBooks.</source>
        <translation>Nada impide sincronizar esta factura: está lista para enviarse a QuickBooks.</translation>
    </message>
    <message>
        <location filename="../../gui/card_history.py" line="50"/>
        <source>Only open and paid invoices are synced, so this one is not checked.</source>
        <translation>Solo se sincronizan las facturas abiertas y pagadas, así que esta no se comprueba.</translation>
    </message>
</context>
<context>
    <name>InvoiceCardPanel</name>
    <message>
        <location filename="../../gui/invoice_card.py" line="78"/>
        <source>Invoice card</source>
        <translation>Ficha de la factura</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="98"/>
        <source>Re-check</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="99"/>
        <source>Open in HubSpot</source>
        <translation>Abrir en HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="101"/>
        <source>Open in QuickBooks</source>
        <translation>Abrir en QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="116"/>
        <source>Fetch both systems again and re-check now</source>
        <translation>Traer de nuevo los datos de ambos sistemas y revisar ahora</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="128"/>
        <source>Open this invoice in HubSpot</source>
        <translation>Abrir esta factura en HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="129"/>
        <source>Open this invoice in QuickBooks</source>
        <translation>Abrir esta factura en QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="169"/>
        <source>Select an invoice to see why it cannot sync.</source>
        <translation>Seleccione una factura para ver por qué no se puede sincronizar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/invoice_card.py" line="201"/>
        <source>%n invoices are selected: Fix and Ignore apply to each selected invoice with that cause.</source>
        <translation>
            <numerusform>Hay %n factura seleccionada: Corregir e Ignorar se aplican a cada factura seleccionada con esa causa.</numerusform>
            <numerusform>Hay %n facturas seleccionadas: Corregir e Ignorar se aplican a cada factura seleccionada con esa causa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="212"/>
        <source>HubSpot and QuickBooks side by side</source>
        <translation>HubSpot y QuickBooks lado a lado</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="215"/>
        <location filename="../../gui/invoice_card.py" line="315"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="220"/>
        <source>HubSpot and QuickBooks compared</source>
        <translation>Comparación de HubSpot y QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="244"/>
        <source>— fix this first</source>
        <translation>— corrija esto primero</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="257"/>
        <source>What we found:</source>
        <translation>Qué encontramos:</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="264"/>
        <source>Ignored by {who} on {when}: {reason}</source>
        <translation>Ignorada por {who} el {when}: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="265"/>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="271"/>
        <source>Fix…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="273"/>
        <source>Fix: {title}</source>
        <translation>Corregir: {title}</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="279"/>
        <source>Unignore</source>
        <translation>Dejar de ignorar</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="279"/>
        <source>Ignore…</source>
        <translation>Ignorar…</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="289"/>
        <source>Why ignore it? (required)</source>
        <translation>¿Por qué ignorarla? (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="290"/>
        <source>Reason for ignoring</source>
        <translation>Motivo para ignorarla</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="291"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="314"/>
        <source>This invoice is no longer in the saved data.</source>
        <translation>Esta factura ya no está en los datos guardados.</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="348"/>
        <source>QuickBooks does not have this invoice yet: its column shows what a sync would send.</source>
        <translation>QuickBooks todavía no tiene esta factura: su columna muestra lo que enviaría una sincronización.</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="317"/>
        <source>QuickBooks</source>
        <translation>QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="317"/>
        <source>QuickBooks
(preview)</source>
        <translation>QuickBooks
(vista previa)</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="318"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="318"/>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="327"/>
        <source>Line {n}</source>
        <translation>Línea {n}</translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="346"/>
        <source>Nothing differs.</source>
        <translation>No hay diferencias.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/invoice_card.py" line="347"/>
        <source>%n differences, marked ≠.</source>
        <translation>
            <numerusform>%n diferencia, marcada con ≠.</numerusform>
            <numerusform>%n diferencias, marcadas con ≠.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/invoice_card.py" line="347"/>
        <source>1 difference, marked ≠.</source>
        <translation>1 diferencia, marcada con ≠.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../core/journal.py" line="89"/>
        <source>The fix journal {path} is damaged or unreadable ({detail}). It was left exactly as it is, and nothing was sent. Keep the file (it records every change made) and contact support.</source>
        <translation>El registro de correcciones {path} está dañado o no se puede leer ({detail}). Se dejó exactamente como estaba y no se envió nada. Conserve el archivo (registra cada cambio realizado) y contacte con soporte.</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <location filename="../../core/secrets.py" line="35"/>
        <source>The system keychain ({backend}) is locked. Unlock it (for example by logging in again or opening your keychain app), then try again.</source>
        <translation>El llavero del sistema ({backend}) está bloqueado. Desbloquéelo (por ejemplo, volviendo a iniciar sesión o abriendo su aplicación de llavero) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/secrets.py" line="37"/>
        <source>The system keychain ({backend}) cannot be used right now. Unlock it or check that it is running, then try again.</source>
        <translation>El llavero del sistema ({backend}) no se puede usar en este momento. Desbloquéelo o compruebe que esté en funcionamiento e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/secrets.py" line="39"/>
        <source>The system keychain ({backend}) did not return what was saved in it. Unlock it or check its settings, then try again.</source>
        <translation>El llavero del sistema ({backend}) no devolvió lo que se guardó en él. Desbloquéelo o revise su configuración e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/secrets.py" line="41"/>
        <source>This secret is {length} characters long; Sync Doctor refuses secrets over {max} characters because Windows&apos; Credential Manager cannot store them (its limit is about 1280 characters).</source>
        <translation>Este secreto tiene {length} caracteres; Sync Doctor rechaza los secretos de más de {max} caracteres porque el Administrador de credenciales de Windows no puede guardarlos (su límite es de unos 1280 caracteres).</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../gui/i18n.py" line="76"/>
        <source>Menus and buttons will be in English the next time you start Sync Doctor.</source>
        <extracomment>&quot;in English&quot; names the language of the translation itself: &quot;en español&quot;.</extracomment>
        <translation>Los menús y botones estarán en español la próxima vez que abra Sync Doctor.</translation>
    </message>
</context>
<context>
    <name>Likeness</name>
    <message>
        <location filename="../../core/fixes/likeness.py" line="37"/>
        <source>same email ({email})</source>
        <translation>mismo correo ({email})</translation>
    </message>
    <message>
        <location filename="../../core/fixes/likeness.py" line="38"/>
        <source>same company ({company})</source>
        <translation>misma empresa ({company})</translation>
    </message>
    <message>
        <location filename="../../core/fixes/likeness.py" line="39"/>
        <source>same email domain ({domain})</source>
        <translation>mismo dominio de correo ({domain})</translation>
    </message>
    <message>
        <location filename="../../core/fixes/likeness.py" line="40"/>
        <source>same name ({name})</source>
        <translation>mismo nombre ({name})</translation>
    </message>
    <message>
        <location filename="../../core/fixes/likeness.py" line="41"/>
        <source>similar name ({name})</source>
        <translation>nombre parecido ({name})</translation>
    </message>
    <message>
        <location filename="../../core/fixes/likeness.py" line="42"/>
        <source>another company ({company})</source>
        <translation>otra empresa ({company})</translation>
    </message>
    <message>
        <location filename="../../core/fixes/likeness.py" line="43"/>
        <source>another business with the same name (email at {domain}, not {mine})</source>
        <translation>otro negocio con el mismo nombre (correo en {domain}, no en {mine})</translation>
    </message>
    <message>
        <location filename="../../core/fixes/likeness.py" line="44"/>
        <source>nothing in common</source>
        <translation>nada en común</translation>
    </message>
    <message>
        <location filename="../../core/fixes/likeness.py" line="45"/>
        <source>Evidence: {evidence}.</source>
        <translation>Indicios: {evidence}.</translation>
    </message>
</context>
<context>
    <name>LineDiffView</name>
    <message>
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="35"/>
        <source>Loading the lines…</source>
        <translation>Cargando las líneas…</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="36"/>
        <source>HubSpot item</source>
        <translation>Artículo de HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="36"/>
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="37"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="36"/>
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="37"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="36"/>
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="37"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="37"/>
        <source>QuickBooks item</source>
        <translation>Artículo de QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="39"/>
        <source>Lines in HubSpot and in QuickBooks</source>
        <translation>Líneas en HubSpot y en QuickBooks</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="66"/>
        <source>Lines that differ: {n} of %n (marked). HubSpot&apos;s lines are the ones the invoice should have.</source>
        <translation>
            <numerusform>Líneas distintas: {n} de %n (marcadas). La línea de HubSpot es la que debe tener la factura.</numerusform>
            <numerusform>Líneas distintas: {n} de %n (marcadas). Las líneas de HubSpot son las que debe tener la factura.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="70"/>
        <source>Total: HubSpot {hs} · QuickBooks {qbo}</source>
        <translation>Total: HubSpot {hs} · QuickBooks {qbo}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/edited_in_quickbooks.py" line="74"/>
        <source>The lines could not be loaded: {why}</source>
        <translation>No se pudieron cargar las líneas: {why}</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <location filename="../../core/writer_lock.py" line="41"/>
        <source>This client company is busy: {who} is writing to it. Wait until it finishes, then try again.</source>
        <translation>Esta empresa cliente está ocupada: {who} está escribiendo en ella. Espere a que termine e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/writer_lock.py" line="42"/>
        <source>process {pid} ({what}, since {since})</source>
        <translation>el proceso {pid} ({what}, desde las {since})</translation>
    </message>
    <message>
        <location filename="../../core/writer_lock.py" line="43"/>
        <source>another task of this window ({what})</source>
        <translation>otra tarea de esta ventana ({what})</translation>
    </message>
    <message>
        <location filename="../../core/writer_lock.py" line="44"/>
        <source>another Sync Doctor process</source>
        <translation>otro proceso de Sync Doctor</translation>
    </message>
    <message>
        <location filename="../../core/writer_lock.py" line="45"/>
        <source>refresh</source>
        <translation>actualización</translation>
    </message>
    <message>
        <location filename="../../core/writer_lock.py" line="45"/>
        <source>push</source>
        <translation>envío</translation>
    </message>
    <message>
        <location filename="../../core/writer_lock.py" line="45"/>
        <source>apply</source>
        <translation>aplicación de una corrección</translation>
    </message>
    <message>
        <location filename="../../core/writer_lock.py" line="46"/>
        <source>finish</source>
        <translation>finalización de una corrección</translation>
    </message>
    <message>
        <location filename="../../core/writer_lock.py" line="46"/>
        <source>set aside a damaged cache</source>
        <translation>apartado de una caché dañada</translation>
    </message>
    <message>
        <location filename="../../core/writer_lock.py" line="47"/>
        <source>working</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../core/writer_lock.py" line="48"/>
        <source>Sync Doctor cannot lock the folder {folder} ({reason}). Check that it exists and that you may write to it.</source>
        <translation>Sync Doctor no puede bloquear la carpeta {folder} ({reason}). Compruebe que exista y que usted pueda escribir en ella.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="85"/>
        <source>Sync Doctor — {profile}</source>
        <translation>Sync Doctor — {profile}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="88"/>
        <source>No connection is configured, so Refresh is unavailable. Showing the invoices saved on this computer for profile “{profile}”.</source>
        <translation>No hay ninguna conexión configurada, así que Actualizar no está disponible. Se muestran las facturas guardadas en esta computadora para el perfil “{profile}”.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="124"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="135"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="231"/>
        <source>Loading %n invoices…</source>
        <translation>
            <numerusform>Cargando %n factura…</numerusform>
            <numerusform>Cargando %n facturas…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="274"/>
        <source>Something went wrong. The details were written to the log.</source>
        <translation>Algo salió mal. Los detalles se guardaron en el registro.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="282"/>
        <source>No invoice needs attention. Choose another status in the filter above to see the others.</source>
        <translation>Ninguna factura requiere atención. Elija otro estado en el filtro de arriba para ver las demás.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="288"/>
        <source>No invoice needs attention. New failures appear here after the next refresh.</source>
        <translation>Ninguna factura necesita atención. Los errores nuevos aparecerán aquí después de la próxima actualización.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="290"/>
        <source>Press Refresh (F5) to check your invoices.</source>
        <translation>Pulse Actualizar (F5) para revisar sus facturas.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="292"/>
        <source>No invoices are saved on this computer for this profile yet.</source>
        <translation>Aún no hay facturas guardadas en esta computadora para este perfil.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="298"/>
        <source>Last refreshed {when}</source>
        <translation>Última actualización: {when}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="298"/>
        <source>Never refreshed</source>
        <translation>Nunca actualizado</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="300"/>
        <source>offline: showing saved data</source>
        <translation>sin conexión: se muestran los datos guardados</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="304"/>
        <source>Needs a connection: no connection is configured for profile “{profile}”.</source>
        <translation>Necesita conexión: el perfil “{profile}” no tiene ninguna conexión configurada.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="311"/>
        <source>Fetch both systems again and re-check every invoice (F5)</source>
        <translation>Traer de nuevo los datos de ambos sistemas y revisar cada factura (F5)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="314"/>
        <source>A refresh is running</source>
        <translation>Hay una actualización en curso</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="337"/>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="353"/>
        <source>Refresh cancelled. The table shows the data from before.</source>
        <translation>Actualización cancelada. La tabla muestra los datos de antes.</translation>
    </message>
</context>
<context>
    <name>MessageStrip</name>
    <message>
        <location filename="../../gui/banner.py" line="129"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="130"/>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="142"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../gui/banner.py" line="142"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../gui/companies.py" line="42"/>
        <source>Client company name</source>
        <translation>Nombre de la empresa cliente</translation>
    </message>
    <message>
        <location filename="../../gui/companies.py" line="43"/>
        <source>For example: Acme Ltd</source>
        <translation>Por ejemplo: Acme S.A.</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <location filename="../../core/http_words.py" line="12"/>
        <source>The {what} address {address} is not a valid web address. Correct it and try again.</source>
        <translation>La dirección ({what}) {address} no es una dirección web válida. Corríjala e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="13"/>
        <source>The {what} address {address} must use https (a secure connection); plain http is only allowed to this computer (localhost). Correct the address and try again.</source>
        <translation>La dirección ({what}) {address} debe usar https (una conexión segura); http sin cifrar solo se permite hacia este equipo (localhost). Corrija la dirección e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="15"/>
        <source>{service} refused access (HTTP 403): the connection lacks a permission or is not authorised for this company. Reconnect and grant every requested permission.</source>
        <translation>{service} denegó el acceso (HTTP 403): a la conexión le falta un permiso o no está autorizada para esta empresa. Vuelva a conectar y conceda todos los permisos solicitados.</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="17"/>
        <source>{service} did not accept the login (HTTP 401): it has expired or was revoked. Reconnect to continue.</source>
        <translation>{service} no aceptó el inicio de sesión (HTTP 401): venció o se revocó. Vuelva a conectar para continuar.</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="19"/>
        <source>{service} kept refusing requests because of its rate limit. Wait a minute and try again.</source>
        <translation>{service} siguió rechazando solicitudes por su límite de frecuencia. Espere un minuto e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="21"/>
        <source>{service} asks Sync Doctor to wait {duration} before trying again (its rate limit). Try again later.</source>
        <translation>{service} pide a Sync Doctor que espere {duration} antes de volver a intentarlo (su límite de frecuencia). Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="23"/>
        <source>Cannot reach {service} at {address}: {reason}.</source>
        <translation>No se puede contactar con {service} en {address}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="24"/>
        <source>{service} {reason} to {what}; stopped reading.</source>
        <translation>{service} {reason} para {what}; se dejó de leer.</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="25"/>
        <source>{service} {reason} to {what}; stopped waiting.</source>
        <translation>{service} {reason} para {what}; se dejó de esperar.</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="28"/>
        <source>took longer than {seconds} s to send its reply</source>
        <translation>tardó más de {seconds} s en enviar su respuesta</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="29"/>
        <source>sent more than {size} in one reply</source>
        <translation>envió más de {size} en una sola respuesta</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="30"/>
        <source>the service stopped sending in the middle of its reply</source>
        <translation>el servicio dejó de enviar a mitad de su respuesta</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="31"/>
        <source>the reply was cut off before its end</source>
        <translation>la respuesta se cortó antes de terminar</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="32"/>
        <source>the reply&apos;s compression is damaged</source>
        <translation>la compresión de la respuesta está dañada</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="33"/>
        <source>the connection failed while the reply was being read</source>
        <translation>la conexión falló mientras se leía la respuesta</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="34"/>
        <source>its certificate could not be verified, so no data was sent (is something intercepting the connection?)</source>
        <translation>no se pudo verificar su certificado, así que no se envió ningún dato (¿hay algo interceptando la conexión?)</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="36"/>
        <source>the secure connection failed</source>
        <translation>la conexión segura falló</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="37"/>
        <source>the connection failed (check the network, or whether the address is right)</source>
        <translation>la conexión falló (revise la red o si la dirección es correcta)</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="38"/>
        <source>the service took too long to answer</source>
        <translation>el servicio tardó demasiado en responder</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="39"/>
        <source>the connection was dropped before a reply came</source>
        <translation>la conexión se cortó antes de que llegara una respuesta</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="40"/>
        <source>the request could not be made ({error})</source>
        <translation>no se pudo hacer la solicitud ({error})</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="43"/>
        <source>{service} sent a reply that is {problem}, in answer to {what}; it was not used.</source>
        <translation>{service} envió una respuesta {problem} para {what}; no se utilizó.</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="44"/>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="45"/>
        <source>not valid UTF-8 (at byte {position})</source>
        <translation>que no es UTF-8 válido (en el byte {position})</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="46"/>
        <source>not valid JSON (nested too deeply)</source>
        <translation>que no es JSON válido (anidada a demasiada profundidad)</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="47"/>
        <source>not valid JSON (it looks like a web page)</source>
        <translation>que no es JSON válido (parece una página web)</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="48"/>
        <source>not valid JSON ({error} at line {line} column {column})</source>
        <translation>que no es JSON válido ({error} en la línea {line}, columna {column})</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="49"/>
        <source>not valid JSON ({error})</source>
        <translation>que no es JSON válido ({error})</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="50"/>
        <source>not valid JSON (a string holds half of a UTF-16 pair)</source>
        <translation>que no es JSON válido (un texto contiene la mitad de un par UTF-16)</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="52"/>
        <source>{n} seconds</source>
        <translation>{n} segundos</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="53"/>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <location filename="../../core/http_words.py" line="54"/>
        <source>{n} hours</source>
        <translation>{n} horas</translation>
    </message>
</context>
<context>
    <name>NewCustomerNote</name>
    <message>
        <location filename="../../gui/wizards/missing_customer.py" line="153"/>
        <source>New QuickBooks customer: “{name}” with email {email}</source>
        <translation>Cliente nuevo en QuickBooks: “{name}” con el correo {email}</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../core/failures/notices.py" line="39"/>
        <source>QuickBooks numbers invoices itself</source>
        <translation>QuickBooks numera las facturas por su cuenta</translation>
    </message>
    <message>
        <location filename="../../core/failures/notices.py" line="40"/>
        <source>Custom transaction numbers are off in QuickBooks, so QuickBooks gives synced invoices its own numbers instead of HubSpot&apos;s. Matching HubSpot invoices to their QuickBooks copies by number then becomes unreliable.</source>
        <translation>Los números de transacción personalizados están desactivados en QuickBooks, así que QuickBooks asigna sus propios números a las facturas sincronizadas en lugar de los de HubSpot. Relacionar cada factura de HubSpot con su copia por número deja de ser fiable.</translation>
    </message>
    <message>
        <location filename="../../core/failures/notices.py" line="43"/>
        <source>Turn on custom transaction numbers in QuickBooks if you want HubSpot&apos;s numbers kept.</source>
        <translation>Activar los números de transacción personalizados si se quieren conservar los de HubSpot.</translation>
    </message>
    <message>
        <location filename="../../core/failures/notices.py" line="47"/>
        <source>Connection problem</source>
        <translation>Problema de conexión</translation>
    </message>
    <message>
        <location filename="../../core/failures/notices.py" line="48"/>
        <source>The last refresh could not read everything from this service, so what you see may be out of date. The login may have expired or been revoked, a permission may be missing, or the service could not be reached.</source>
        <translation>La última actualización no pudo leer todo de este servicio, así que lo que ve puede estar desactualizado. Puede que el acceso haya caducado o se haya revocado, que falte un permiso o que no se pudiera contactar con el servicio.</translation>
    </message>
    <message>
        <location filename="../../core/failures/notices.py" line="51"/>
        <source>Reconnect the account if the login expired or was revoked.</source>
        <translation>Volver a conectar la cuenta si el acceso caducó o se revocó.</translation>
    </message>
    <message>
        <location filename="../../core/failures/notices.py" line="52"/>
        <source>Check the network and refresh again.</source>
        <translation>Comprobar la red y actualizar de nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/failures/notices.py" line="55"/>
        <source>Custom transaction numbers are off in QuickBooks</source>
        <translation>Los números de transacción personalizados están desactivados en QuickBooks</translation>
    </message>
</context>
<context>
    <name>NumbersEditor</name>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="52"/>
        <source>New number for {what}</source>
        <translation>Número nuevo para {what}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_document_number.py" line="70"/>
        <source>Type a number of at most {n} characters for each record.</source>
        <translation>Escriba un número de {n} caracteres como máximo para cada registro.</translation>
    </message>
</context>
<context>
    <name>PanelLayout</name>
    <message>
        <location filename="../../gui/panel_layout.py" line="78"/>
        <location filename="../../gui/panel_layout.py" line="80"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="82"/>
        <source>Fetch invoices from HubSpot and QuickBooks and check them again</source>
        <translation>Traer las facturas de HubSpot y QuickBooks y revisarlas de nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="88"/>
        <source>Refresh progress</source>
        <translation>Avance de la actualización</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="90"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="92"/>
        <location filename="../../gui/panel_layout.py" line="184"/>
        <source>Cancel refresh</source>
        <translation>Cancelar la actualización</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="93"/>
        <source>Stop the refresh; the saved data stays as it was (Esc)</source>
        <translation>Detener la actualización; los datos guardados quedan como estaban (Esc)</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="97"/>
        <source>Last refreshed</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="117"/>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="182"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="186"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="188"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="190"/>
        <source>Clear &amp;filters</source>
        <translation>Quitar &amp;filtros</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="192"/>
        <source>&amp;Fix root cause…</source>
        <translation>&amp;Corregir la causa raíz…</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="194"/>
        <source>Open in &amp;HubSpot</source>
        <translation>Abrir en &amp;HubSpot</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="196"/>
        <source>Open in &amp;QuickBooks</source>
        <translation>Abrir en &amp;QuickBooks</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="199"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="201"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="203"/>
        <source>&amp;Invoice</source>
        <translation>&amp;Factura</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="205"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../gui/panel_layout.py" line="206"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>ParamEditor</name>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="241"/>
        <source>Complete the details of this fix.</source>
        <translation>Complete los datos de esta corrección.</translation>
    </message>
</context>
<context>
    <name>PatternEditor</name>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="55"/>
        <source>Name pattern</source>
        <translation>Patrón del nombre</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="60"/>
        <source>You can use: {hint}</source>
        <translation>Puede usar: {hint}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="63"/>
        <source>Proposed name</source>
        <translation>Nombre propuesto</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="75"/>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="76"/>
        <source>New name</source>
        <translation>Nombre nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="76"/>
        <source>Its new name</source>
        <translation>Su nombre nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="84"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="108"/>
        <source>Not possible: {why}</source>
        <translation>No es posible: {why}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="113"/>
        <source>{n} names, e.g. {sample}</source>
        <translation>{n} nombres, p. ej. {sample}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="124"/>
        <source>Type a name pattern.</source>
        <translation>Escriba un patrón de nombre.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/duplicate_display_name.py" line="126"/>
        <source>Change the pattern: {why}</source>
        <translation>Cambie el patrón: {why}</translation>
    </message>
</context>
<context>
    <name>Payload</name>
    <message>
        <location filename="../../core/sync/payload.py" line="90"/>
        <source>The number</source>
        <translation>El número</translation>
    </message>
    <message>
        <location filename="../../core/sync/payload.py" line="90"/>
        <source>The private note</source>
        <translation>La nota privada</translation>
    </message>
    <message>
        <location filename="../../core/sync/payload.py" line="91"/>
        <source>The billing email</source>
        <translation>El correo de facturación</translation>
    </message>
    <message>
        <location filename="../../core/sync/payload.py" line="92"/>
        <source>Line {n}&apos;s description</source>
        <translation>La descripción de la línea {n}</translation>
    </message>
    <message>
        <location filename="../../core/sync/payload.py" line="93"/>
        <source>{what} is {length} characters long; QuickBooks keeps at most {limit}.</source>
        <translation>{what} tiene {length} caracteres; QuickBooks admite {limit} como máximo.</translation>
    </message>
    <message>
        <location filename="../../core/sync/payload.py" line="94"/>
        <source>{what} contains an invisible control character QuickBooks would not keep.</source>
        <translation>{what} contiene un carácter de control invisible que QuickBooks no guardaría.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../../core/failures/base.py" line="87"/>
        <source>Show me how</source>
        <translation>Cómo hacerlo</translation>
    </message>
    <message>
        <location filename="../../core/failures/base.py" line="88"/>
        <source>Sync Doctor cannot change this for you. It lists the steps to take, and you check again when they are done.</source>
        <translation>Sync Doctor no puede cambiar esto por usted. Le indica los pasos a seguir y, cuando los haya hecho, podrá volver a comprobar.</translation>
    </message>
    <message>
        <location filename="../../core/failures/base.py" line="90"/>
        <source>&quot;{option}&quot; is not a fix for {kind}; the fixes are: {options}</source>
        <translation>&quot;{option}&quot; no es una solución para {kind}; las soluciones son: {options}</translation>
    </message>
    <message>
        <location filename="../../core/fixes/candidates.py" line="27"/>
        <source>Contact {id} is not in the cache; refresh first.</source>
        <translation>El contacto {id} no está en la caché; actualice primero.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/candidates.py" line="28"/>
        <source>{contact} has no active QuickBooks customer with that email.</source>
        <translation>{contact} no tiene un cliente activo en QuickBooks con ese correo.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/candidates.py" line="29"/>
        <source>Invoice {number}: remove contact {contact}</source>
        <translation>Factura {number}: quitar el contacto {contact}</translation>
    </message>
    <message>
        <location filename="../../core/fixes/candidates.py" line="30"/>
        <source>Invoice {number}: bill to {contact}</source>
        <translation>Factura {number}: facturar a {contact}</translation>
    </message>
    <message>
        <location filename="../../core/fixes/naming.py" line="31"/>
        <source>Unknown placeholder {placeholder}; use {placeholders}</source>
        <translation>Marcador desconocido {placeholder}; use {placeholders}</translation>
    </message>
    <message>
        <location filename="../../core/fixes/naming.py" line="32"/>
        <source>The pattern has a brace without its pair</source>
        <translation>El modelo tiene una llave sin su pareja</translation>
    </message>
    <message>
        <location filename="../../core/fixes/naming.py" line="33"/>
        <source>The pattern is empty</source>
        <translation>El modelo está vacío</translation>
    </message>
    <message>
        <location filename="../../core/fixes/params.py" line="18"/>
        <source>&quot;{email}&quot; is not an email address.</source>
        <translation>&quot;{email}&quot; no es una dirección de correo.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/params.py" line="19"/>
        <source>Type a number.</source>
        <translation>Escriba un número.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/params.py" line="20"/>
        <source>&quot;{number}&quot; is longer than the 21 characters QuickBooks allows.</source>
        <translation>&quot;{number}&quot; supera los 21 caracteres que admite QuickBooks.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/params.py" line="21"/>
        <source>The number &quot;{number}&quot; is already used.</source>
        <translation>El número &quot;{number}&quot; ya se usa.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/plans.py" line="26"/>
        <source>&quot;{kind}&quot; is not a known failure kind</source>
        <translation>&quot;{kind}&quot; no es un tipo de error conocido</translation>
    </message>
    <message>
        <location filename="../../core/fixes/plans.py" line="27"/>
        <source>No {kind} failures to fix</source>
        <translation>No hay errores de tipo {kind} que corregir</translation>
    </message>
    <message>
        <location filename="../../core/fixes/plans.py" line="28"/>
        <source>The failures given are of other kinds ({kinds}), not {kind}</source>
        <translation>Los errores indicados son de otros tipos ({kinds}), no de {kind}</translation>
    </message>
    <message>
        <location filename="../../core/fixes/plans.py" line="29"/>
        <source>This invoice is no longer in HubSpot&apos;s data; refresh and check again.</source>
        <translation>Esta factura ya no está en los datos de HubSpot; actualice y vuelva a comprobar.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/plans.py" line="30"/>
        <source>Recommended: the usual fix for this problem, with nothing to decide per record.</source>
        <translation>Recomendada: la corrección habitual para este problema, sin nada que decidir registro por registro.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/records.py" line="29"/>
        <source>HubSpot invoice {id} is not in the cache; refresh first</source>
        <translation>La factura {id} de HubSpot no está en la caché; actualice primero</translation>
    </message>
    <message>
        <location filename="../../core/fixes/records.py" line="30"/>
        <source>It is already in QuickBooks (invoice {id}).</source>
        <translation>Ya está en QuickBooks (factura {id}).</translation>
    </message>
    <message>
        <location filename="../../core/fixes/records.py" line="31"/>
        <source>Fix this first: {titles}.</source>
        <translation>Primero hay que resolver: {titles}.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/records.py" line="32"/>
        <source>No QuickBooks customer has the contact&apos;s email yet.</source>
        <translation>Todavía ningún cliente de QuickBooks tiene el correo del contacto.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/records.py" line="33"/>
        <source>QuickBooks would not keep it as it is: {problems}</source>
        <translation>QuickBooks no lo guardaría tal cual: {problems}</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="51"/>
        <source>{line} ({name})</source>
        <translation>{line} ({name})</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <location filename="../../core/fixes/plan_file.py" line="46"/>
        <source>The plan could not be saved to {path}: {reason}</source>
        <translation>No se pudo guardar el plan en {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../core/fixes/plan_file.py" line="47"/>
        <source>The file {path} does not exist.</source>
        <translation>El archivo {path} no existe.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/plan_file.py" line="48"/>
        <source>The file {path} cannot be read as a Sync Doctor plan.</source>
        <translation>El archivo {path} no se puede leer como un plan de Sync Doctor.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/plan_file.py" line="49"/>
        <source>{name} is not a Sync Doctor plan. Choose a file saved with “Save plan…” on a fix&apos;s preview.</source>
        <translation>{name} no es un plan de Sync Doctor. Elija un archivo guardado con «Guardar el plan…» en la vista previa de una corrección.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/plan_file.py" line="51"/>
        <source>{name} was saved by a newer version of Sync Doctor. Update the app to apply it.</source>
        <translation>{name} se guardó con una versión más reciente de Sync Doctor. Actualice la aplicación para aplicarlo.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/plan_file.py" line="52"/>
        <source>{name} was saved by an earlier version of Sync Doctor and does not say which QuickBooks company it is for. Open the fix again and save a new plan.</source>
        <translation>{name} se guardó con una versión anterior de Sync Doctor y no indica para qué empresa de QuickBooks es. Vuelva a abrir la corrección y guarde un plan nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/plan_file.py" line="54"/>
        <source>{name} is damaged and cannot be applied ({error}).</source>
        <translation>{name} está dañado y no se puede aplicar ({error}).</translation>
    </message>
    <message>
        <location filename="../../core/fixes/plan_file.py" line="55"/>
        <source>This plan does not say which QuickBooks company it is for, so it cannot be applied. Open the fix again and save a new plan.</source>
        <translation>Este plan no indica para qué empresa de QuickBooks es, así que no se puede aplicar. Vuelva a abrir la corrección y guarde un plan nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/plan_file.py" line="57"/>
        <source>Refresh first: Sync Doctor does not know yet which QuickBooks company this profile is connected to, so it cannot check that the plan is for it.</source>
        <translation>Actualice primero: Sync Doctor aún no sabe a qué empresa de QuickBooks está conectado este perfil, así que no puede comprobar que el plan sea para ella.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/plan_file.py" line="59"/>
        <source>This plan is for another QuickBooks company ({company}, saved in profile “{profile}”). Open that company&apos;s profile to apply it.</source>
        <translation>Este plan es para otra empresa de QuickBooks ({company}, guardado en el perfil «{profile}»). Abra el perfil de esa empresa para aplicarlo.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/plan_file.py" line="61"/>
        <source>This plan is for another HubSpot account (portal {portal}). Open the profile connected to it to apply the plan.</source>
        <translation>Este plan es para otra cuenta de HubSpot (portal {portal}). Abra el perfil conectado a ella para aplicar el plan.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/plan_file.py" line="63"/>
        <source>This plan fixes a kind of problem this version of Sync Doctor does not know (“{kind}”). Update the app to apply it.</source>
        <translation>Este plan corrige un tipo de problema que esta versión de Sync Doctor no conoce («{kind}»). Actualice la aplicación para aplicarlo.</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../../core/fixes/preview.py" line="25"/>
        <source>{n} to create in {system}</source>
        <translation>{n} por crear en {system}</translation>
    </message>
    <message>
        <location filename="../../core/fixes/preview.py" line="26"/>
        <source>{n} to change in {system}</source>
        <translation>{n} por cambiar en {system}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="25"/>
        <source>Check the changes</source>
        <translation>Revise los cambios</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="26"/>
        <source>Nothing has been written yet.</source>
        <translation>Todavía no se ha guardado nada.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="38"/>
        <source>Confirm changing another client&apos;s document</source>
        <translation>Confirmar el cambio en un documento de otro cliente</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="45"/>
        <source>Save plan…</source>
        <translation>Guardar el plan…</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="47"/>
        <location filename="../../gui/wizards/pages_preview.py" line="153"/>
        <source>Save plan</source>
        <translation>Guardar el plan</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="48"/>
        <source>Save these changes to a file and apply them later</source>
        <translation>Guardar estos cambios en un archivo y aplicarlos más tarde</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="109"/>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="116"/>
        <source>Records: {parts}.</source>
        <translation>Registros: {parts}.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="118"/>
        <source>This fix is done outside Sync Doctor. Sync Doctor will not change any record; follow the steps below, then check again.</source>
        <translation>Esta corrección se hace fuera de Sync Doctor. Sync Doctor no cambiará ningún registro; siga los pasos de abajo y luego vuelva a revisar.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="128"/>
        <source>I understand: change it anyway</source>
        <translation>Lo entiendo: cambiarlo de todos modos</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="132"/>
        <source>Cannot be fixed this way:</source>
        <translation>No se puede corregir de esta forma:</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="136"/>
        <source>Apply changes</source>
        <translation>Aplicar cambios</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="136"/>
        <source>I did it — check again</source>
        <translation>Ya lo hice: revisar de nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="154"/>
        <source>Sync Doctor plan (*.json)</source>
        <translation>Plan de Sync Doctor (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/pages_preview.py" line="163"/>
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
    <name>Profiles</name>
    <message>
        <location filename="../../core/profiles.py" line="40"/>
        <source>Give the client company a name, for example its own name.</source>
        <translation>Dé un nombre a la empresa cliente, por ejemplo su propio nombre.</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="41"/>
        <source>Client company names can be at most {max} characters long.</source>
        <translation>Los nombres de las empresas cliente pueden tener como máximo {max} caracteres.</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="42"/>
        <source>The profile list ({path}) cannot be read ({error}). Restore it from a backup or delete it to start over.</source>
        <translation>No se puede leer la lista de perfiles ({path}) ({error}). Restáurela desde una copia de seguridad o elimínela para empezar de cero.</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="44"/>
        <source>The profile list ({path}) is damaged. Delete it to start over.</source>
        <translation>La lista de perfiles ({path}) está dañada. Elimínela para empezar de cero.</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="45"/>
        <source>There is no profile named &quot;{name}&quot;.</source>
        <translation>No hay ningún perfil llamado &quot;{name}&quot;.</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="46"/>
        <source>The QuickBooks environment must be sandbox or production.</source>
        <translation>El entorno de QuickBooks debe ser sandbox o production.</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="47"/>
        <source>A client company named &quot;{name}&quot; already exists. Choose another name.</source>
        <translation>Ya existe una empresa cliente llamada &quot;{name}&quot;. Elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="48"/>
        <source>&quot;{name}&quot; is too close to the name of another client company. Choose another.</source>
        <translation>&quot;{name}&quot; se parece demasiado al nombre de otra empresa cliente. Elija otro.</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="49"/>
        <source>A folder for &quot;{name}&quot; already exists in {folder}. Choose another.</source>
        <translation>Ya existe una carpeta para &quot;{name}&quot; en {folder}. Elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../core/profiles.py" line="50"/>
        <source>Warn between 1 and 90 days before a connection expires.</source>
        <translation>Elija avisar entre 1 y 90 días antes de que venza una conexión.</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message numerus="yes">
        <location filename="../../gui/progress_text.py" line="21"/>
        <source>%n record(s) read</source>
        <translation>
            <numerusform>%n registro leído</numerusform>
            <numerusform>%n registros leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/progress_text.py" line="23"/>
        <source>%n request(s) sent</source>
        <translation>
            <numerusform>%n solicitud enviada</numerusform>
            <numerusform>%n solicitudes enviadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/progress_text.py" line="26"/>
        <source>less than a minute left</source>
        <translation>falta menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/progress_text.py" line="27"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>falta alrededor de %n minuto</numerusform>
            <numerusform>faltan alrededor de %n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Push</name>
    <message>
        <location filename="../../core/sync/engine.py" line="26"/>
        <source>An earlier push of it has no known outcome yet; a real push settles it first.</source>
        <translation>Un envío anterior de esta factura aún no tiene un resultado conocido; un envío real lo resuelve antes que nada.</translation>
    </message>
    <message>
        <location filename="../../core/sync/push.py" line="24"/>
        <source>HubSpot invoice {id} is not in the cache. Refresh, then try again.</source>
        <translation>La factura {id} de HubSpot no está en la caché. Actualice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../core/sync/push.py" line="25"/>
        <source>Not pushed: {problems}</source>
        <translation>No se envió: {problems}</translation>
    </message>
    <message>
        <location filename="../../core/sync/push.py" line="26"/>
        <source>Already in QuickBooks as invoice {id}.</source>
        <translation>Ya está en QuickBooks como factura {id}.</translation>
    </message>
</context>
<context>
    <name>QuickBooks</name>
    <message>
        <location filename="../../core/qbo/client.py" line="36"/>
        <source>QuickBooks answered {status} without details.</source>
        <translation>QuickBooks respondió {status} sin detalles.</translation>
    </message>
    <message>
        <location filename="../../core/qbo/client.py" line="37"/>
        <source>QuickBooks did not accept the login: {reason}. Reconnect to continue.</source>
        <translation>QuickBooks no aceptó el inicio de sesión: {reason}. Vuelva a conectar para continuar.</translation>
    </message>
    <message>
        <location filename="../../core/qbo/faults.py" line="15"/>
        <source>QuickBooks error {code}: {message}</source>
        <translation>Error de QuickBooks {code}: {message}</translation>
    </message>
    <message>
        <location filename="../../core/qbo/faults.py" line="16"/>
        <source>QuickBooks error {code}: {message} ({detail})</source>
        <translation>Error de QuickBooks {code}: {message} ({detail})</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../../core/fixes/txn_words.py" line="23"/>
        <source>QuickBooks requires a service date on every line while revenue recognition is on; the invoice date is used where a line has none.</source>
        <translation>QuickBooks exige una fecha de servicio en cada línea mientras el reconocimiento de ingresos está activado; se usa la fecha de la factura donde una línea no la tiene.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/txn_words.py" line="25"/>
        <source>QuickBooks does not accept invoices for an inactive customer, so it is made active again.</source>
        <translation>QuickBooks no acepta facturas para un cliente inactivo, así que se vuelve a activar.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/txn_words.py" line="27"/>
        <source>HubSpot bills one contact per invoice: the current one is removed first.</source>
        <translation>HubSpot factura a un solo contacto por factura: primero se quita el actual.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/txn_words.py" line="28"/>
        <source>{record} is {state}: its lines and total change on a document the client may already have.</source>
        <translation>{record} está {state}: sus líneas y su total cambian en un documento que el cliente quizá ya tenga.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/txn_words.py" line="30"/>
        <source>{record} belongs to another client and is already {state}: its number changes on a document the client may have.</source>
        <translation>{record} pertenece a otro cliente y ya está {state}: su número cambia en un documento que el cliente quizá tenga.</translation>
    </message>
</context>
<context>
    <name>Recommend</name>
    <message>
        <location filename="../../core/fixes/recommend.py" line="22"/>
        <source>Recommended: bill {contact}. {evidence}</source>
        <translation>Recomendada: facturar a {contact}. {evidence}</translation>
    </message>
    <message>
        <location filename="../../core/fixes/recommend.py" line="23"/>
        <source>Recommended: the QuickBooks customer “{customer}” is this client. {evidence}</source>
        <translation>Recomendada: el cliente de QuickBooks «{customer}» es este cliente. {evidence}</translation>
    </message>
    <message>
        <location filename="../../core/fixes/recommend.py" line="24"/>
        <source>Recommended: no QuickBooks customer looks like this client.</source>
        <translation>Recomendada: ningún cliente de QuickBooks se parece a este cliente.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/recommend.py" line="25"/>
        <source>Recommended: the look-alikes belong to other companies, so this client has no QuickBooks customer yet.</source>
        <translation>Recomendada: los parecidos pertenecen a otras empresas, así que este cliente aún no tiene cliente en QuickBooks.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/recommend.py" line="27"/>
        <source>Not recommended: {who} belongs to another company. {evidence}</source>
        <translation>No recomendada: {who} pertenece a otra empresa. {evidence}</translation>
    </message>
    <message>
        <location filename="../../core/fixes/recommend.py" line="28"/>
        <source>Not recommended: nothing shows that {who} is this client. {evidence}</source>
        <translation>No recomendada: nada indica que {who} sea este cliente. {evidence}</translation>
    </message>
    <message>
        <location filename="../../core/fixes/recommend.py" line="29"/>
        <source>Not recommended: a customer may already exist for this client ({who}); check it first.</source>
        <translation>No recomendada: puede que ya exista un cliente para este cliente ({who}); compruébelo antes.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/recommend.py" line="31"/>
        <source>Recommended: none of these clients looks like an existing QuickBooks customer.</source>
        <translation>Recomendada: ninguno de estos clientes se parece a un cliente existente de QuickBooks.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/recommend.py" line="141"/>
        <source>Not recommended: this client already looks like a QuickBooks customer; a new one would be a second customer for the same client.</source>
        <translation>No recomendada: este cliente ya parece tener un cliente en QuickBooks; uno nuevo sería un segundo cliente para el mismo cliente.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/recommend.py" line="143"/>
        <source>Recommended: “{name}” is another business. {evidence} This client gets a customer of its own.</source>
        <translation>Recomendada: «{name}» es otro negocio. {evidence} Este cliente recibe un cliente propio.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/recommend.py" line="145"/>
        <source>Recommended: “{name}” is the same company but bills another person ({email}); this contact gets a customer of its own. {evidence}</source>
        <translation>Recomendada: «{name}» es la misma empresa, pero factura a otra persona ({email}); este contacto recibe un cliente propio. {evidence}</translation>
    </message>
    <message>
        <location filename="../../core/fixes/recommend.py" line="147"/>
        <source>Recommended: “{name}” is this client. {evidence} Its email {email} is replaced.</source>
        <translation>Recomendada: «{name}» es este cliente. {evidence} Su correo {email} se sustituye.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/recommend.py" line="148"/>
        <source>Not recommended: “{name}” is another business. {evidence}</source>
        <translation>No recomendada: «{name}» es otro negocio. {evidence}</translation>
    </message>
    <message>
        <location filename="../../core/fixes/recommend.py" line="149"/>
        <source>Not recommended: “{name}” bills {email}; giving it this contact&apos;s email takes it from them.</source>
        <translation>No recomendada: «{name}» factura a {email}; darle el correo de este contacto se lo quitaría a esa persona.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/recommend.py" line="151"/>
        <source>Not recommended unless “{name}” should change its name: its invoices and history stay, but it is known by the new name from now on.</source>
        <translation>No recomendada, salvo que «{name}» deba cambiar de nombre: sus facturas e historial se conservan, pero a partir de ahora se conoce por el nombre nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/recommend.py" line="153"/>
        <source>Not recommended: “{name}” is already this client&apos;s customer; a new one would be a duplicate.</source>
        <translation>No recomendada: «{name}» ya es el cliente de este cliente; uno nuevo sería un duplicado.</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <location filename="../../core/fixes/words.py" line="15"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="15"/>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="15"/>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="16"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="16"/>
        <source>Credit memo</source>
        <translation>Nota de crédito</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="17"/>
        <source>QuickBooks settings</source>
        <translation>Ajustes de QuickBooks</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="17"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="18"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="18"/>
        <source>HubSpot invoice</source>
        <translation>Factura de HubSpot</translation>
    </message>
    <message>
        <location filename="../../core/fixes/txn_words.py" line="15"/>
        <source>{entity} &quot;{number}&quot; of {customer}</source>
        <translation>{entity} &quot;{number}&quot; de {customer}</translation>
    </message>
    <message>
        <location filename="../../core/fixes/txn_words.py" line="44"/>
        <location filename="../../core/fixes/words.py" line="20"/>
        <source>{entity} &quot;{name}&quot;</source>
        <translation>{entity} &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="21"/>
        <source>Undo: {label}</source>
        <translation>Deshacer: {label}</translation>
    </message>
    <message>
        <location filename="../../core/fixes/undo.py" line="45"/>
        <source>no number, {customer}, total {total}</source>
        <translation>sin número, {customer}, total {total}</translation>
    </message>
</context>
<context>
    <name>RecordField</name>
    <message>
        <location filename="../../core/fixes/words.py" line="25"/>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="25"/>
        <source>Message on invoice</source>
        <translation>Mensaje en la factura</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="26"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="26"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="27"/>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="27"/>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="28"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="28"/>
        <location filename="../../core/fixes/words.py" line="41"/>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="29"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="30"/>
        <location filename="../../core/fixes/words.py" line="36"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="30"/>
        <location filename="../../core/fixes/words.py" line="31"/>
        <location filename="../../core/fixes/words.py" line="34"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="31"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="32"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="32"/>
        <location filename="../../core/fixes/words.py" line="36"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="33"/>
        <location filename="../../core/fixes/words.py" line="35"/>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="33"/>
        <location filename="../../core/fixes/words.py" line="35"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="34"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="37"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="38"/>
        <source>Custom transaction numbers</source>
        <translation>Números de transacción personalizados</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="39"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="39"/>
        <source>Billing email</source>
        <translation>Correo de facturación</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="40"/>
        <source>Terms</source>
        <translation>Condiciones de pago</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="40"/>
        <source>Shipping address</source>
        <translation>Dirección de envío</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="41"/>
        <source>Email status</source>
        <translation>Estado del envío por correo</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="42"/>
        <source>Print status</source>
        <translation>Estado de impresión</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="42"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="43"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="43"/>
        <source>Taxable</source>
        <translation>Sujeto a impuestos</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="44"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="44"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="45"/>
        <source>Service date (every line)</source>
        <translation>Fecha de servicio (cada línea)</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="46"/>
        <source>Service date (lines without one)</source>
        <translation>Fecha de servicio (líneas sin ella)</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="48"/>
        <source>Line {n}</source>
        <translation>Línea {n}</translation>
    </message>
    <message>
        <location filename="../../core/fixes/words.py" line="49"/>
        <source>(removed)</source>
        <translation>(eliminada)</translation>
    </message>
</context>
<context>
    <name>Refresh</name>
    <message>
        <location filename="../../core/hubspot/client.py" line="59"/>
        <source>More than {cap} HubSpot {object_type} changed in the same millisecond; a full refresh is needed.</source>
        <translation>Más de {cap} registros de HubSpot ({object_type}) cambiaron en el mismo milisegundo; hace falta una actualización completa.</translation>
    </message>
    <message>
        <location filename="../../core/qbo/client.py" line="34"/>
        <source>More than 1000 QuickBooks records changed at the same moment; a full refresh is needed.</source>
        <translation>Más de 1000 registros de QuickBooks cambiaron en el mismo instante; hace falta una actualización completa.</translation>
    </message>
    <message>
        <location filename="../../core/refresh/__init__.py" line="60"/>
        <source>An incremental refresh is not possible: {reason} Run a full refresh.</source>
        <translation>No es posible una actualización incremental: {reason} Haga una actualización completa.</translation>
    </message>
    <message>
        <location filename="../../core/refresh/__init__.py" line="61"/>
        <source>No complete refresh to continue from.</source>
        <translation>No hay ninguna actualización completa desde la que continuar.</translation>
    </message>
    <message>
        <location filename="../../core/refresh/__init__.py" line="62"/>
        <source>The cache&apos;s layout changed since the last refresh.</source>
        <translation>La estructura de la caché cambió desde la última actualización.</translation>
    </message>
    <message>
        <location filename="../../core/refresh/__init__.py" line="63"/>
        <source>The cache holds another HubSpot portal or QuickBooks company.</source>
        <translation>La caché contiene otro portal de HubSpot u otra empresa de QuickBooks.</translation>
    </message>
    <message>
        <location filename="../../core/refresh/__init__.py" line="64"/>
        <source>The last refresh is older than the 30 days QuickBooks keeps changes for.</source>
        <translation>La última actualización tiene más de los 30 días durante los que QuickBooks conserva los cambios.</translation>
    </message>
    <message>
        <location filename="../../core/refresh/incremental.py" line="61"/>
        <source>QuickBooks no longer has the changes since {since}: {error}</source>
        <translation>QuickBooks ya no conserva los cambios desde el {since}: {error}</translation>
    </message>
</context>
<context>
    <name>Replies</name>
    <message>
        <location filename="../../core/reply_words.py" line="24"/>
        <source>{service} sent an unexpected reply to {what}: {detail}.</source>
        <translation>{service} envió una respuesta inesperada para {what}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="26"/>
        <source>It is not known whether {service} saved {what}: its reply could not be read. {error}</source>
        <translation>No se sabe si {service} guardó {what}: no se pudo leer su respuesta. {error}</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="29"/>
        <source>the archived {object_type} list</source>
        <translation>la lista archivada de {object_type}</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="30"/>
        <source>the {object_type} list</source>
        <translation>la lista de {object_type}</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="31"/>
        <source>the {object_type} count</source>
        <translation>el recuento de {object_type}</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="32"/>
        <source>the {object_type} search</source>
        <translation>la búsqueda de {object_type}</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="33"/>
        <source>the {object_type} batch read</source>
        <translation>la lectura por lotes de {object_type}</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="34"/>
        <source>the {from_type} → {to_type} associations</source>
        <translation>las asociaciones {from_type} → {to_type}</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="35"/>
        <source>the {to_type} associations of {from_type} {from_id}</source>
        <translation>las asociaciones con {to_type} de {from_type} {from_id}</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="36"/>
        <source>the removal of the link from {from_type} {from_id} to {to_type} {to_id}</source>
        <translation>la eliminación del vínculo de {from_type} {from_id} con {to_type} {to_id}</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="37"/>
        <source>the link from {from_type} {from_id} to {to_type} {to_id}</source>
        <translation>el vínculo de {from_type} {from_id} con {to_type} {to_id}</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="38"/>
        <source>the change to the preferences</source>
        <translation>el cambio en las preferencias</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="39"/>
        <source>the read of {entity} {record_id}</source>
        <translation>la lectura de {entity} {record_id}</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="40"/>
        <source>the change to {entity} {record_id}</source>
        <translation>el cambio en {entity} {record_id}</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="41"/>
        <source>the deletion of {entity} {record_id}</source>
        <translation>la eliminación de {entity} {record_id}</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="42"/>
        <source>the new {entity}</source>
        <translation>el nuevo registro {entity}</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="43"/>
        <source>a query</source>
        <translation>una consulta</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="44"/>
        <source>the {entity} query</source>
        <translation>la consulta de {entity}</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="45"/>
        <source>the list of changes (CDC)</source>
        <translation>la lista de cambios (CDC)</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="46"/>
        <source>the company info</source>
        <translation>la información de la empresa</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="47"/>
        <source>the preferences</source>
        <translation>las preferencias</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="48"/>
        <source>the company&apos;s lists (batch)</source>
        <translation>las listas de la empresa (por lotes)</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="52"/>
        <source>invoices</source>
        <translation>facturas</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="52"/>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="53"/>
        <source>companies</source>
        <translation>empresas</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="53"/>
        <source>line_items</source>
        <translation>líneas de factura</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="66"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="67"/>
        <source>true/false</source>
        <translation>verdadero/falso</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="68"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="69"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="70"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="71"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="73"/>
        <source>{field} is {kind}, not an id</source>
        <translation>{field} es {kind}, no un id</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="74"/>
        <source>{field} is empty</source>
        <translation>{field} está vacío</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="75"/>
        <source>{field} is {length} characters long (ids have at most {most})</source>
        <translation>{field} tiene {length} caracteres (los id tienen como máximo {most})</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="76"/>
        <source>{field} contains a control character</source>
        <translation>{field} contiene un carácter de control</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="77"/>
        <source>it holds a text of {length} characters</source>
        <translation>contiene un texto de {length} caracteres</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="78"/>
        <source>{field} is {kind}, not an object</source>
        <translation>{field} es {kind}, no un objeto</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="79"/>
        <source>{field} is {kind}, not a list</source>
        <translation>{field} es {kind}, no una lista</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="80"/>
        <source>{field} is {kind}, not text</source>
        <translation>{field} es {kind}, no texto</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="81"/>
        <source>{field} is {kind}, not true or false</source>
        <translation>{field} es {kind}, no verdadero o falso</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="82"/>
        <source>{field} is {kind}, not a cursor</source>
        <translation>{field} es {kind}, no un cursor</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="83"/>
        <source>{field} is not a usable cursor</source>
        <translation>{field} no es un cursor utilizable</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="84"/>
        <source>{field} is not a number</source>
        <translation>{field} no es un número</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="85"/>
        <source>{field}&apos;s {stamp} is not a date</source>
        <translation>{stamp} de {field} no es una fecha</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="86"/>
        <source>association {number} has no type name</source>
        <translation>la asociación {number} no tiene nombre de tipo</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="87"/>
        <source>{field} has no whole-number typeId</source>
        <translation>{field} no tiene un typeId entero</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="89"/>
        <source>property {name} of {field} is {length} characters long (HubSpot allows {most})</source>
        <translation>la propiedad {name} de {field} tiene {length} caracteres (HubSpot admite {most})</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="90"/>
        <source>property {name} of {field} is {kind}, not a value</source>
        <translation>la propiedad {name} de {field} es {kind}, no un valor</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="91"/>
        <source>{field} is {length} characters long (QuickBooks allows {most})</source>
        <translation>{field} tiene {length} caracteres (QuickBooks admite {most})</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="92"/>
        <source>it is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="93"/>
        <source>its pages are not in record id order</source>
        <translation>sus páginas no siguen el orden de los id de registro</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="94"/>
        <source>item {number} answers a question that was not asked</source>
        <translation>el elemento {number} responde a una pregunta que no se hizo</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="95"/>
        <source>it left {count} of the questions unanswered</source>
        <translation>dejó sin responder {count} de las preguntas</translation>
    </message>
    <message>
        <location filename="../../core/reply_words.py" line="97"/>
        <source>it holds {count} {key} objects, not one</source>
        <translation>contiene {count} objetos {key}, no uno</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../core/report.py" line="96"/>
        <source>Invoices that do not sync</source>
        <translation>Facturas que no se sincronizan</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="96"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="97"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="97"/>
        <source>Prepared</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="98"/>
        <source>Last checked</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="98"/>
        <source>No invoices</source>
        <translation>Sin facturas</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="99"/>
        <source>Invoices per cause</source>
        <translation>Facturas por causa</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="99"/>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="100"/>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="100"/>
        <source>Invoices with a problem</source>
        <translation>Facturas con algún problema</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="101"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="101"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="101"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="102"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="102"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="102"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="103"/>
        <source>Causes</source>
        <translation>Causas</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="103"/>
        <source>Ignored</source>
        <translation>Ignorada</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="104"/>
        <source>Does not sync</source>
        <translation>No se sincroniza</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="104"/>
        <source>May not sync</source>
        <translation>Puede no sincronizarse</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="105"/>
        <source>Ignored by you</source>
        <translation>Ignorada por usted</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="105"/>
        <source>Fixes made</source>
        <translation>Correcciones hechas</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="106"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="106"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="106"/>
        <source>Details</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="107"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="107"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="107"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="108"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="108"/>
        <source>No invoices with problems.</source>
        <translation>Ninguna factura con problemas.</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="109"/>
        <source>{cause} (ignored)</source>
        <translation>{cause} (ignorada)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="109"/>
        <source>No fixes made.</source>
        <translation>Ninguna corrección hecha.</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="110"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="110"/>
        <source>Failures</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="111"/>
        <source>Fixes</source>
        <translation>Correcciones</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="111"/>
        <source>(may not block the sync)</source>
        <translation>(puede no impedir la sincronización)</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="112"/>
        <source>Not sent yet</source>
        <translation>Aún no enviado</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="112"/>
        <source>Sent, no answer</source>
        <translation>Enviado, sin respuesta</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="113"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="113"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="114"/>
        <source>Changed meanwhile, not written</source>
        <translation>Cambió mientras tanto, no se escribió</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="114"/>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="115"/>
        <source>Undo of an earlier fix</source>
        <translation>Deshacer una corrección anterior</translation>
    </message>
    <message>
        <location filename="../../core/report.py" line="117"/>
        <source>{field}: {before} → {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
</context>
<context>
    <name>ResultList</name>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="210"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="210"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="210"/>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="210"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_widgets.py" line="212"/>
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
    <name>SavedPlans</name>
    <message>
        <location filename="../../gui/saved_plans.py" line="25"/>
        <source>Apply a saved &amp;plan…</source>
        <translation>Aplicar un &amp;plan guardado…</translation>
    </message>
    <message>
        <location filename="../../gui/saved_plans.py" line="27"/>
        <source>Open a plan saved from a fix&apos;s preview, check it and apply it</source>
        <translation>Abra un plan guardado desde la vista previa de una corrección, revíselo y aplíquelo</translation>
    </message>
    <message>
        <location filename="../../gui/saved_plans.py" line="35"/>
        <source>Apply a saved plan</source>
        <translation>Aplicar un plan guardado</translation>
    </message>
    <message>
        <location filename="../../gui/saved_plans.py" line="37"/>
        <source>Choose a saved plan</source>
        <translation>Elija un plan guardado</translation>
    </message>
    <message>
        <location filename="../../gui/saved_plans.py" line="41"/>
        <source>Sync Doctor plan (*.json)</source>
        <translation>Plan de Sync Doctor (*.json)</translation>
    </message>
</context>
<context>
    <name>Send</name>
    <message>
        <location filename="../../core/fixes/send.py" line="25"/>
        <source>{label} was changed in HubSpot at {updated}, after the plan was made ({version}), so nothing was written.</source>
        <translation>{label} se modificó en HubSpot el {updated}, después de preparar el plan ({version}), así que no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/send.py" line="28"/>
        <source>QuickBooks has no {action} write for {entity}.</source>
        <translation>QuickBooks no admite la escritura «{action}» para {entity}.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/send.py" line="29"/>
        <source>Sync Doctor does not {action} HubSpot {entity}.</source>
        <translation>Sync Doctor no realiza «{action}» en {entity} de HubSpot.</translation>
    </message>
    <message>
        <location filename="../../core/qbo/writes.py" line="25"/>
        <source>{entity} {record_id} was changed in QuickBooks after the plan was made, so nothing was written.</source>
        <translation>{entity} {record_id} se modificó en QuickBooks después de preparar el plan, así que no se escribió nada.</translation>
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
    <name>Settings</name>
    <message>
        <location filename="../../core/app.py" line="34"/>
        <source>Missing settings: {names}. Set them all, or none.</source>
        <translation>Faltan ajustes: {names}. Defínalos todos o ninguno.</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="92"/>
        <source>{name} must be a number of seconds ({least}), not &apos;{value}&apos;. Correct it or unset it.</source>
        <translation>{name} debe ser un número de segundos ({least}), no &apos;{value}&apos;. Corríjalo o elimínelo.</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="93"/>
        <source>more than 0</source>
        <translation>más de 0</translation>
    </message>
    <message>
        <location filename="../../core/errors.py" line="94"/>
        <source>0 or more</source>
        <translation>0 o más</translation>
    </message>
    <message>
        <location filename="../../core/paths.py" line="36"/>
        <source>The data folder {folder} has a name that is not valid text (UTF-8). Set SYNCDOCTOR_HOME to a folder whose name is.</source>
        <translation>El nombre de la carpeta de datos {folder} no es un texto válido (UTF-8). Defina SYNCDOCTOR_HOME con una carpeta cuyo nombre sí lo sea.</translation>
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
    <name>TxnState</name>
    <message>
        <location filename="../../core/fixes/txn_words.py" line="16"/>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <location filename="../../core/fixes/txn_words.py" line="17"/>
        <source>not sent</source>
        <translation>no enviada</translation>
    </message>
    <message>
        <location filename="../../core/fixes/txn_words.py" line="18"/>
        <source>paid</source>
        <translation>pagada</translation>
    </message>
    <message>
        <location filename="../../core/fixes/txn_words.py" line="19"/>
        <source>partly paid, balance {balance}</source>
        <translation>pagada en parte, saldo {balance}</translation>
    </message>
    <message>
        <location filename="../../core/fixes/txn_words.py" line="20"/>
        <source>unpaid, balance {balance}</source>
        <translation>sin pagar, saldo {balance}</translation>
    </message>
    <message>
        <location filename="../../core/fixes/txn_words.py" line="21"/>
        <source>deposited</source>
        <translation>depositada</translation>
    </message>
    <message>
        <location filename="../../core/fixes/txn_words.py" line="22"/>
        <source>credit left {balance}</source>
        <translation>crédito pendiente {balance}</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../core/fixes/undo.py" line="37"/>
        <source>The journal has no record of that run.</source>
        <translation>El registro de correcciones no tiene constancia de esa corrección.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/undo.py" line="38"/>
        <source>This run was itself an undo. Apply the fix again instead of undoing the undo.</source>
        <translation>Esa corrección ya era deshacer otra. Vuelva a aplicar la corrección en lugar de deshacer lo deshecho.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/undo.py" line="39"/>
        <source>This run did not finish. Resume it first, then undo it.</source>
        <translation>Esta corrección no terminó. Termínela primero y después deshágala.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/undo.py" line="40"/>
        <source>Nothing in this run was applied (or it was already undone), so there is nothing to undo.</source>
        <translation>No se aplicó nada de esta corrección (o ya se deshizo), así que no hay nada que deshacer.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/undo.py" line="41"/>
        <source>{label} cannot be read back from QuickBooks ({error}), so it cannot be restored.</source>
        <translation>No se puede volver a leer {label} en QuickBooks ({error}), así que no se puede restaurar.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/undo.py" line="42"/>
        <source>{label} was changed in QuickBooks after the fix. Undo would overwrite that change, so it was not planned; restore it by hand if needed.</source>
        <translation>{label} se modificó en QuickBooks después de la corrección. Deshacer sobrescribiría ese cambio, así que no se ha previsto; restáurelo a mano si hace falta.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/undo.py" line="44"/>
        <source>{label} was deleted in QuickBooks; a deleted record cannot be brought back.</source>
        <translation>{label} se eliminó en QuickBooks; un registro eliminado no se puede recuperar.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/undo.py" line="46"/>
        <source>The journal has no copy of {label} from before the fix, so it cannot be restored.</source>
        <translation>El registro de correcciones no tiene una copia de {label} de antes de la corrección, así que no se puede restaurar.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/undo.py" line="47"/>
        <source>{label} cannot be undone by Sync Doctor.</source>
        <translation>Sync Doctor no puede deshacer {label}.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/undo.py" line="48"/>
        <source>{label} cannot be read back from HubSpot ({error}).</source>
        <translation>No se puede volver a leer {label} en HubSpot ({error}).</translation>
    </message>
    <message>
        <location filename="../../core/fixes/undo.py" line="49"/>
        <source>{label} was changed in HubSpot after the fix. Undo would overwrite that change, so it was not planned; restore it by hand if needed.</source>
        <translation>{label} se modificó en HubSpot después de la corrección. Deshacer sobrescribiría ese cambio, así que no se ha previsto; restáurelo a mano si hace falta.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/undo_plan.py" line="32"/>
        <source>A later fix ({cause}) changed {label} again.</source>
        <translation>Una corrección posterior ({cause}) volvió a modificar {label}.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/undo_plan.py" line="33"/>
        <source>A later fix ({cause}) wrote {later}, which refers to {label}.</source>
        <translation>Una corrección posterior ({cause}) guardó {later}, que hace referencia a {label}.</translation>
    </message>
    <message>
        <location filename="../../core/fixes/undo_plan.py" line="34"/>
        <source>invoice sent to QuickBooks by Sync Doctor</source>
        <translation>factura enviada a QuickBooks por Sync Doctor</translation>
    </message>
    <message>
        <location filename="../../core/fixes/undo_plan.py" line="35"/>
        <source>A later fix ({cause}) depends on this one and cannot be undone: {reason}</source>
        <translation>Una corrección posterior ({cause}) depende de esta y no se puede deshacer: {reason}</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../../gui/undo_dialog.py" line="173"/>
        <source>Not undone: {system} refused, so the fix is still in place.</source>
        <translation>No se deshizo: {system} lo rechazó, así que la corrección sigue aplicada.</translation>
    </message>
    <message>
        <location filename="../../gui/undo_dialog.py" line="176"/>
        <source>Partly undone. Put back: {done}. Not put back: {left}</source>
        <translation>Deshecho en parte. Restaurado: {done}. Sin restaurar: {left}</translation>
    </message>
    <message>
        <location filename="../../gui/undo_dialog.py" line="59"/>
        <source>Undo a fix</source>
        <translation>Deshacer una corrección</translation>
    </message>
    <message>
        <location filename="../../gui/undo_dialog.py" line="62"/>
        <source>Reading the records the fix wrote…</source>
        <translation>Leyendo los registros que guardó la corrección…</translation>
    </message>
    <message>
        <location filename="../../gui/undo_dialog.py" line="66"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../gui/undo_dialog.py" line="66"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../gui/undo_dialog.py" line="66"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../gui/undo_dialog.py" line="67"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../../gui/undo_dialog.py" line="67"/>
        <source>After the undo</source>
        <translation>Después de deshacer</translation>
    </message>
    <message>
        <location filename="../../gui/undo_dialog.py" line="68"/>
        <source>What the undo would put back</source>
        <translation>Lo que restauraría deshacer</translation>
    </message>
    <message>
        <location filename="../../gui/undo_dialog.py" line="74"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../gui/undo_dialog.py" line="78"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/undo_dialog.py" line="100"/>
        <source>You are offline, so nothing can be undone now.</source>
        <translation>No hay conexión, así que ahora no se puede deshacer nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/undo_dialog.py" line="110"/>
        <source>Undo puts %n record(s) back as they were. Nothing is written until you click Undo.</source>
        <translation>
            <numerusform>Deshacer deja %n registro como estaba. No se guarda nada hasta que pulse Deshacer.</numerusform>
            <numerusform>Deshacer deja %n registros como estaban. No se guarda nada hasta que pulse Deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/undo_dialog.py" line="114"/>
        <source>Later fixes depend on this one, so they are undone with it, newest first:</source>
        <translation>Hay correcciones posteriores que dependen de esta, así que se deshacen con ella, de la más reciente a la más antigua:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/undo_dialog.py" line="117"/>
        <source>Undo %n fix(es)</source>
        <translation>
            <numerusform>Deshacer %n corrección</numerusform>
            <numerusform>Deshacer %n correcciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/undo_dialog.py" line="125"/>
        <location filename="../../gui/undo_dialog.py" line="182"/>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
    <message>
        <location filename="../../gui/undo_dialog.py" line="126"/>
        <source>Undo is not possible: {reason}</source>
        <translation>No se puede deshacer: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/undo_dialog.py" line="131"/>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../gui/undo_dialog.py" line="133"/>
        <location filename="../../gui/undo_dialog.py" line="188"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../gui/undo_dialog.py" line="143"/>
        <source>Undoing…</source>
        <translation>Deshaciendo…</translation>
    </message>
    <message>
        <location filename="../../gui/undo_dialog.py" line="151"/>
        <source>Finished.</source>
        <translation>Terminado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/undo_dialog.py" line="163"/>
        <source>Undone: %n record(s) put back as they were.</source>
        <translation>
            <numerusform>Deshecho: %n registro ha vuelto a como estaba.</numerusform>
            <numerusform>Deshecho: %n registros han vuelto a como estaban.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/undo_dialog.py" line="181"/>
        <source>The undo stopped: {reason}</source>
        <translation>Deshacer se detuvo: {reason}</translation>
    </message>
</context>
<context>
    <name>UndoLast</name>
    <message>
        <location filename="../../gui/undo_last.py" line="30"/>
        <source>You are offline, so nothing can be undone now.</source>
        <translation>No hay conexión, así que ahora no se puede deshacer nada.</translation>
    </message>
    <message>
        <location filename="../../gui/undo_last.py" line="47"/>
        <source>There is no fix to undo.</source>
        <translation>No hay ninguna corrección que deshacer.</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <location filename="../../core/i18n.py" line="110"/>
        <location filename="../../core/report.py" line="103"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../core/i18n.py" line="110"/>
        <location filename="../../core/report.py" line="104"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../core/fixes/txn_words.py" line="102"/>
        <source>none sent: QuickBooks adds tax by its own settings, if any</source>
        <translation>no se envía: QuickBooks añade los impuestos según su propia configuración, si la hay</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../gui/wizards/page_verify.py" line="45"/>
        <source>Check the invoice</source>
        <translation>Revisar la factura</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_verify.py" line="46"/>
        <source>Sync Doctor fetches both systems again and re-checks.</source>
        <translation>Sync Doctor trae de nuevo los datos de ambos sistemas y vuelve a revisar.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_verify.py" line="53"/>
        <source>Fix the next cause</source>
        <translation>Corregir la siguiente causa</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_verify.py" line="57"/>
        <location filename="../../gui/wizards/page_verify.py" line="59"/>
        <source>Check again</source>
        <translation>Revisar de nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_verify.py" line="61"/>
        <location filename="../../gui/wizards/page_verify.py" line="63"/>
        <source>Undo this fix</source>
        <translation>Deshacer esta corrección</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_verify.py" line="64"/>
        <source>Preview what undoing this fix puts back, then confirm</source>
        <translation>Ver lo que restauraría deshacer esta corrección y después confirmar</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_verify.py" line="68"/>
        <source>Result of the undo</source>
        <translation>Resultado de deshacer</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_verify.py" line="134"/>
        <source>✓ Fixed: invoice {number} can now sync to QuickBooks.</source>
        <translation>✓ Corregido: la factura {number} ya puede sincronizarse con QuickBooks.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/wizards/page_verify.py" line="136"/>
        <source>✓ Fixed: all %n invoice(s) can now sync to QuickBooks.</source>
        <translation>
            <numerusform>✓ Corregido: la factura ya puede sincronizarse con QuickBooks.</numerusform>
            <numerusform>✓ Corregido: las %n facturas ya pueden sincronizarse con QuickBooks.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_verify.py" line="138"/>
        <source>✓ Fixed. Invoice {number} is still blocked by {causes}.</source>
        <translation>✓ Corregido. La factura {number} sigue bloqueada por {causes}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/wizards/page_verify.py" line="141"/>
        <source>✓ Fixed on %n invoice(s); {still} of them still blocked by another cause.</source>
        <translation>
            <numerusform>✓ Corregido en %n factura; {still} sigue bloqueada por otra causa.</numerusform>
            <numerusform>✓ Corregido en %n facturas; {still} siguen bloqueadas por otra causa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_verify.py" line="144"/>
        <source>Not fixed: invoice {number} is still blocked by {causes}.</source>
        <translation>Sin corregir: la factura {number} sigue bloqueada por {causes}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/wizards/page_verify.py" line="147"/>
        <source>{fixed} of %n invoice(s) can now sync; {n} still cannot.</source>
        <translation>
            <numerusform>{fixed} de %n factura ya puede sincronizarse; {n} todavía no.</numerusform>
            <numerusform>{fixed} de %n facturas ya pueden sincronizarse; {n} todavía no.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_verify.py" line="150"/>
        <source>{number}: still blocked by {causes}</source>
        <translation>{number}: sigue bloqueada por {causes}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_verify.py" line="156"/>
        <source>Open the fix for: {cause}</source>
        <translation>Abrir la corrección de: {cause}</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_verify.py" line="210"/>
        <source>Part of the fix was undone. Check again to see where the invoice stands.</source>
        <translation>Se deshizo parte de la corrección. Revise de nuevo para ver en qué estado queda la factura.</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_verify.py" line="86"/>
        <source>What was changed</source>
        <translation>Qué se cambió</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_verify.py" line="115"/>
        <source>Checking…</source>
        <translation>Revisando…</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_verify.py" line="145"/>
        <location filename="../../gui/wizards/page_verify.py" line="151"/>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <location filename="../../gui/wizards/page_verify.py" line="208"/>
        <source>The fix was undone. The invoice is back to how it was.</source>
        <translation>Se deshizo la corrección. La factura volvió a como estaba.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../gui/welcome.py" line="31"/>
        <source>Welcome to Sync Doctor</source>
        <translation>Le damos la bienvenida a Sync Doctor</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="34"/>
        <source>Sync Doctor finds the HubSpot invoices that did not reach QuickBooks, explains why in plain words, and helps you fix the cause. Nothing is changed in either system until you confirm a fix.</source>
        <translation>Sync Doctor encuentra las facturas de HubSpot que no llegaron a QuickBooks, explica el motivo con palabras sencillas y le ayuda a corregir la causa. No se cambia nada en ninguno de los dos sistemas hasta que usted confirme una corrección.</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="38"/>
        <source>Try the demo company</source>
        <translation>Probar la empresa de demostración</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="40"/>
        <source>A made-up company with typical sync problems, on this computer only. Nothing real is touched.</source>
        <translation>Una empresa ficticia con problemas de sincronización típicos, solo en esta computadora. No se toca nada real.</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="41"/>
        <source>Connect a client company…</source>
        <translation>Conectar una empresa cliente…</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="43"/>
        <source>Give the company a name, then sign in to its HubSpot account and its QuickBooks company. Sync Doctor then checks every invoice.</source>
        <translation>Dé un nombre a la empresa y luego inicie sesión en su cuenta de HubSpot y en su empresa de QuickBooks. Después, Sync Doctor comprueba todas las facturas.</translation>
    </message>
</context>
<context>
    <name>books_closed</name>
    <message>
        <location filename="../../core/failures/books_closed.py" line="12"/>
        <source>The invoice is dated {invoice_date}, and the books are closed up to {close_date}</source>
        <translation>La factura tiene fecha {invoice_date} y los libros están cerrados hasta el {close_date}</translation>
    </message>
    <message>
        <location filename="../../core/failures/books_closed.py" line="19"/>
        <source>Books are closed for this date</source>
        <translation>El periodo contable está cerrado</translation>
    </message>
    <message>
        <location filename="../../core/failures/books_closed.py" line="20"/>
        <source>The books in QuickBooks are closed up to a date on or after this invoice&apos;s date. QuickBooks will not record a new transaction in a closed period.</source>
        <translation>Los libros de QuickBooks están cerrados hasta una fecha igual o posterior a la de esta factura. QuickBooks no registra operaciones nuevas en un periodo cerrado.</translation>
    </message>
    <message>
        <location filename="../../core/failures/books_closed.py" line="22"/>
        <source>Ask whoever closed the books to move the closing date, or enter the password to override it.</source>
        <translation>Pedir a quien cerró los libros que mueva la fecha de cierre o la desbloquee.</translation>
    </message>
    <message>
        <location filename="../../core/failures/books_closed.py" line="24"/>
        <source>Date the invoice in an open period in HubSpot.</source>
        <translation>Fechar la factura en un periodo abierto desde HubSpot.</translation>
    </message>
</context>
<context>
    <name>contact_without_email</name>
    <message>
        <location filename="../../core/failures/contact_without_email.py" line="12"/>
        <source>The contact {name} has no email</source>
        <translation>El contacto {name} no tiene correo</translation>
    </message>
    <message>
        <location filename="../../core/failures/contact_without_email.py" line="19"/>
        <source>Contact has no email</source>
        <translation>El contacto no tiene correo</translation>
    </message>
    <message>
        <location filename="../../core/failures/contact_without_email.py" line="20"/>
        <source>QuickBooks customers are found by email, and the invoice&apos;s contact has none.</source>
        <translation>Los clientes de QuickBooks se buscan por correo electrónico y el contacto de la factura no tiene ninguno.</translation>
    </message>
    <message>
        <location filename="../../core/failures/contact_without_email.py" line="22"/>
        <source>Add the contact&apos;s email in HubSpot.</source>
        <translation>Añadir el correo del contacto en HubSpot.</translation>
    </message>
    <message>
        <location filename="../../core/failures/contact_without_email.py" line="23"/>
        <source>Bill the invoice to another contact who has an email.</source>
        <translation>Asignar la factura a otro contacto que tenga correo.</translation>
    </message>
</context>
<context>
    <name>currency_mismatch</name>
    <message>
        <location filename="../../core/failures/currency_mismatch.py" line="13"/>
        <source>The invoice is in {currency}, which QuickBooks cannot use for it</source>
        <translation>La factura está en {currency}, que QuickBooks no puede usar para ella</translation>
    </message>
    <message>
        <location filename="../../core/failures/currency_mismatch.py" line="20"/>
        <source>Currency does not match QuickBooks</source>
        <translation>La moneda no coincide con QuickBooks</translation>
    </message>
    <message>
        <location filename="../../core/failures/currency_mismatch.py" line="21"/>
        <source>The invoice is in a currency QuickBooks cannot use here: either multicurrency is off and the currency differs from the company&apos;s home currency, or the customer is set up in QuickBooks with a different currency (which QuickBooks never lets you change).</source>
        <translation>La factura está en una moneda que QuickBooks no puede usar aquí: o la multidivisa está desactivada y la moneda difiere de la moneda principal de la empresa, o el cliente está configurado en QuickBooks con otra moneda (y QuickBooks no permite cambiarla).</translation>
    </message>
    <message>
        <location filename="../../core/failures/currency_mismatch.py" line="25"/>
        <source>Issue the invoice in the customer&apos;s currency in HubSpot.</source>
        <translation>Emitir la factura en HubSpot en la moneda del cliente.</translation>
    </message>
    <message>
        <location filename="../../core/failures/currency_mismatch.py" line="26"/>
        <source>Turn on multicurrency in QuickBooks (it cannot be turned off again).</source>
        <translation>Activar la multidivisa en QuickBooks (no se puede desactivar después).</translation>
    </message>
    <message>
        <location filename="../../core/failures/currency_mismatch.py" line="27"/>
        <source>Bill a customer record that uses the invoice&apos;s currency.</source>
        <translation>Facturar a un cliente de QuickBooks que use la moneda de la factura.</translation>
    </message>
</context>
<context>
    <name>document_number_too_long</name>
    <message>
        <location filename="../../core/failures/document_number_too_long.py" line="20"/>
        <source>The number has {length} characters; QuickBooks allows {max_length}</source>
        <translation>El número tiene {length} caracteres; QuickBooks admite {max_length}</translation>
    </message>
    <message>
        <location filename="../../core/failures/document_number_too_long.py" line="21"/>
        <source>Send it with a shorter number</source>
        <translation>Enviarla con un número más corto</translation>
    </message>
    <message>
        <location filename="../../core/failures/document_number_too_long.py" line="22"/>
        <source>Sync Doctor sends the invoice to QuickBooks itself with a number of at most 21 characters that no other document uses. The full HubSpot number is kept in the invoice&apos;s private note.</source>
        <translation>Sync Doctor envía la factura a QuickBooks por su cuenta con un número de 21 caracteres como máximo que ningún otro documento usa. El número completo de HubSpot queda en la nota privada de la factura.</translation>
    </message>
    <message>
        <location filename="../../core/failures/document_number_too_long.py" line="31"/>
        <source>Invoice number too long for QuickBooks</source>
        <translation>Número de factura demasiado largo para QuickBooks</translation>
    </message>
    <message>
        <location filename="../../core/failures/document_number_too_long.py" line="32"/>
        <source>QuickBooks accepts invoice numbers of up to 21 characters. This invoice&apos;s number is longer, so QuickBooks refuses it.</source>
        <translation>QuickBooks admite números de factura de hasta 21 caracteres. El número de esta factura es más largo y QuickBooks lo rechaza.</translation>
    </message>
    <message>
        <location filename="../../core/failures/document_number_too_long.py" line="34"/>
        <source>Use a shorter number format for invoices in HubSpot.</source>
        <translation>Usar un formato de numeración más corto en HubSpot.</translation>
    </message>
    <message>
        <location filename="../../core/failures/document_number_too_long.py" line="35"/>
        <source>Let Sync Doctor send the invoice with a shortened number and note the original.</source>
        <translation>Dejar que Sync Doctor envíe la factura con un número abreviado y anote el original.</translation>
    </message>
</context>
<context>
    <name>duplicate_display_name</name>
    <message>
        <location filename="../../core/failures/duplicate_display_name.py" line="29"/>
        <source>The name &quot;{name}&quot; is already used in QuickBooks</source>
        <translation>El nombre “{name}” ya se usa en QuickBooks</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_display_name.py" line="30"/>
        <source>The name belongs to a vendor or an employee, which Sync Doctor does not change. Create the customer under another name instead.</source>
        <translation>El nombre pertenece a un proveedor o a un empleado, que Sync Doctor no modifica. Cree el cliente con otro nombre.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_display_name.py" line="33"/>
        <source>Create the customer under a new name</source>
        <translation>Crear el cliente con otro nombre</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_display_name.py" line="34"/>
        <source>Create the QuickBooks customer with a name nobody uses yet, built from a pattern such as “Company (First Last)”, and the contact&apos;s email so the invoice finds it.</source>
        <translation>Crear el cliente de QuickBooks con un nombre que nadie use, a partir de un modelo como “Empresa (Nombre Apellido)”, y con el correo del contacto para que la factura lo encuentre.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_display_name.py" line="38"/>
        <source>Rename the customer that has the name</source>
        <translation>Cambiar el nombre del cliente que lo ocupa</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_display_name.py" line="39"/>
        <source>Give the existing QuickBooks customer a new, unique name, so the name is free for this contact. Its invoices and history stay as they are.</source>
        <translation>Dar al cliente que ya existe en QuickBooks un nombre nuevo y único, para que el nombre quede libre para este contacto. Sus facturas e historial no cambian.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_display_name.py" line="43"/>
        <source>It is the same client: use that customer</source>
        <translation>Es el mismo cliente: usar ese cliente</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_display_name.py" line="44"/>
        <source>If the customer holding the name is this same client, give it the contact&apos;s email so the invoice is billed to it. Its current email is replaced.</source>
        <translation>Si el cliente que tiene el nombre es este mismo cliente, ponerle el correo del contacto para que la factura se le asigne. Su correo actual se sustituye.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_display_name.py" line="48"/>
        <source>That customer is already part of this fix for another contact; create this contact&apos;s customer under a new name.</source>
        <translation>Ese cliente ya forma parte de esta solución para otro contacto; cree el cliente de este contacto con otro nombre.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_display_name.py" line="51"/>
        <source>The contact has no usable email, so the invoice could not find the new customer.</source>
        <translation>El contacto no tiene un correo válido, así que la factura no encontraría el cliente nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_display_name.py" line="53"/>
        <source>The pattern gives an empty name for this contact.</source>
        <translation>El modelo da un nombre vacío para este contacto.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_display_name.py" line="54"/>
        <source>No QuickBooks customer holds this name (a vendor or an employee does).</source>
        <translation>Ningún cliente de QuickBooks tiene este nombre (lo tiene un proveedor o un empleado).</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_display_name.py" line="55"/>
        <source>Customer {id} is not in the cache; refresh first.</source>
        <translation>El cliente {id} no está en la caché; actualice primero.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_display_name.py" line="56"/>
        <source>The contact has no usable email to give the customer.</source>
        <translation>El contacto no tiene un correo válido para el cliente.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_display_name.py" line="57"/>
        <source>Once the name is free, the next sync creates the customer for the contact.</source>
        <translation>Cuando el nombre quede libre, la próxima sincronización creará el cliente del contacto.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_display_name.py" line="59"/>
        <source>Other HubSpot invoices ({count}) find {label} by {email}; after this change they will not find it.</source>
        <translation>Otras facturas de HubSpot ({count}) encuentran {label} por {email}; después de este cambio no lo encontrarán.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_display_name.py" line="67"/>
        <source>Customer name already taken</source>
        <translation>Nombre de cliente ya en uso</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_display_name.py" line="68"/>
        <source>The invoice&apos;s contact is not a QuickBooks customer yet, and the name it would get is already used by another customer, a vendor or an employee in QuickBooks (even an inactive one). QuickBooks requires every name to be unique, so the customer cannot be created and the invoice stays behind.</source>
        <translation>El contacto de la factura todavía no es cliente en QuickBooks, y el nombre que recibiría ya lo usa otro cliente, un proveedor o un empleado (aunque esté inactivo). QuickBooks exige nombres únicos, así que no puede crear el cliente y la factura queda pendiente.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_display_name.py" line="73"/>
        <source>Create the customer under a different, unique name.</source>
        <translation>Crear el cliente con otro nombre que no se repita.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_display_name.py" line="74"/>
        <source>Rename the QuickBooks record that holds the name.</source>
        <translation>Cambiar el nombre del registro de QuickBooks que lo ocupa.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_display_name.py" line="75"/>
        <source>If it is the same client, link the contact to the existing customer instead.</source>
        <translation>Si es el mismo cliente, vincular el contacto al cliente que ya existe.</translation>
    </message>
</context>
<context>
    <name>duplicate_document_number</name>
    <message>
        <location filename="../../core/failures/duplicate_document_number.py" line="34"/>
        <source>Number {number} is already used in QuickBooks by {documents}</source>
        <translation>El número {number} ya lo usa en QuickBooks {documents}</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_document_number.py" line="35"/>
        <source>Number {number} is already used by QuickBooks {documents}</source>
        <translation>El número {number} ya se usa en QuickBooks: {documents}</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_document_number.py" line="36"/>
        <source>invoice {id}</source>
        <translation>factura {id}</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_document_number.py" line="37"/>
        <source>credit memo {id}</source>
        <translation>nota de crédito {id}</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_document_number.py" line="38"/>
        <source>an invoice of {customer}</source>
        <translation>una factura de {customer}</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_document_number.py" line="39"/>
        <source>a credit memo of {customer}</source>
        <translation>una nota de crédito de {customer}</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_document_number.py" line="40"/>
        <source>Recommended: what HubSpot recommends; {records} gets a new number and this invoice keeps its own. No other client&apos;s sent or paid document changes.</source>
        <translation>Recomendada: lo que recomienda HubSpot; {records} recibe un número nuevo y esta factura conserva el suyo. No cambia ningún documento enviado o pagado de otro cliente.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_document_number.py" line="43"/>
        <source>Not recommended: {records} was already sent or paid; the client may have it under its number.</source>
        <translation>No recomendada: {records} ya se envió o se pagó; puede que el cliente lo tenga con ese número.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_document_number.py" line="45"/>
        <source>Recommended: {records} was already sent or paid and keeps its number; this invoice goes to QuickBooks under a new one instead.</source>
        <translation>Recomendada: {records} ya se envió o se pagó y conserva su número; esta factura pasa a QuickBooks con uno nuevo.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_document_number.py" line="48"/>
        <source>Renumber the QuickBooks document</source>
        <translation>Cambiar el número del documento de QuickBooks</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_document_number.py" line="49"/>
        <source>What HubSpot recommends: give the QuickBooks invoice or credit memo that holds the number a new, unused number, so this invoice can take its own.</source>
        <translation>Lo que recomienda HubSpot: dar un número nuevo y libre a la factura o nota de crédito de QuickBooks que tiene el número, para que esta factura pueda usar el suyo.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_document_number.py" line="53"/>
        <source>Send this invoice under a new number</source>
        <translation>Enviar esta factura con otro número</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_document_number.py" line="54"/>
        <source>Sync Doctor sends the invoice to QuickBooks itself under a new, unused number. HubSpot keeps its own number, so the two will differ.</source>
        <translation>Sync Doctor envía la factura a QuickBooks por su cuenta con un número nuevo y libre. HubSpot conserva su número, así que los dos serán distintos.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_document_number.py" line="58"/>
        <source>Turn off custom transaction numbers</source>
        <translation>Desactivar los números de transacción personalizados</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_document_number.py" line="59"/>
        <source>QuickBooks then numbers every new invoice itself and ignores HubSpot&apos;s numbers, so QuickBooks and HubSpot numbers will no longer match. This changes a company-wide setting.</source>
        <translation>QuickBooks numerará cada factura nueva por su cuenta e ignorará los números de HubSpot, así que los números de QuickBooks y HubSpot dejarán de coincidir. Cambia un ajuste de toda la empresa.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_document_number.py" line="63"/>
        <source>Custom transaction numbers are already off.</source>
        <translation>Los números personalizados ya están desactivados.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_document_number.py" line="64"/>
        <source>The QuickBooks copy gets the new number; the HubSpot invoice keeps its own.</source>
        <translation>La copia de QuickBooks recibe el número nuevo; la factura de HubSpot conserva el suyo.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_document_number.py" line="66"/>
        <source>{record} is not in the cache; refresh first.</source>
        <translation>{record} no está en la caché; actualice primero.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_document_number.py" line="67"/>
        <source>QuickBooks settings are not in the cache; refresh first.</source>
        <translation>Los ajustes de QuickBooks no están en la caché; actualice primero.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_document_number.py" line="74"/>
        <source>Invoice number already used</source>
        <translation>Número de factura ya utilizado</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_document_number.py" line="75"/>
        <source>QuickBooks already has an invoice or credit memo with this number that belongs to something else. While custom transaction numbers are on, QuickBooks refuses a second document with the same number.</source>
        <translation>QuickBooks ya tiene una factura o nota de crédito con este número que corresponde a otra operación. Mientras los números de transacción personalizados estén activados, QuickBooks no acepta un segundo documento con el mismo número.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_document_number.py" line="79"/>
        <source>Renumber the QuickBooks document that holds the number.</source>
        <translation>Cambiar el número del documento de QuickBooks que lo ocupa.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_document_number.py" line="80"/>
        <source>Give this invoice&apos;s QuickBooks copy a new number.</source>
        <translation>Dar un número nuevo a la copia de esta factura en QuickBooks.</translation>
    </message>
    <message>
        <location filename="../../core/failures/duplicate_document_number.py" line="81"/>
        <source>Turn off custom transaction numbers in QuickBooks so it numbers documents itself.</source>
        <translation>Desactivar los números de transacción personalizados para que QuickBooks numere solo.</translation>
    </message>
</context>
<context>
    <name>edited_in_quickbooks</name>
    <message>
        <location filename="../../core/failures/edited_in_quickbooks.py" line="24"/>
        <source>The QuickBooks copy (invoice {number} of {customer}) differs from HubSpot</source>
        <translation>La copia de QuickBooks (factura {number} de {customer}) es distinta de la de HubSpot</translation>
    </message>
    <message>
        <location filename="../../core/failures/edited_in_quickbooks.py" line="25"/>
        <source>The QuickBooks copy (invoice {id}) differs from HubSpot</source>
        <translation>La copia de QuickBooks (factura {id}) es distinta de la de HubSpot</translation>
    </message>
    <message>
        <location filename="../../core/failures/edited_in_quickbooks.py" line="26"/>
        <source>Put QuickBooks back to HubSpot&apos;s lines</source>
        <translation>Devolver QuickBooks a las líneas de HubSpot</translation>
    </message>
    <message>
        <location filename="../../core/failures/edited_in_quickbooks.py" line="27"/>
        <source>What HubSpot recommends: the QuickBooks invoice gets HubSpot&apos;s lines again (quantities, prices, amounts). Its customer, number, invoice and due dates and notes stay as they are; the Preview lists anything else that must change, with the reason.</source>
        <translation>Lo que recomienda HubSpot: la factura de QuickBooks vuelve a tener las líneas de HubSpot (cantidades, precios, importes). Su cliente, número, fechas de factura y de vencimiento y notas no cambian; la vista previa indica cualquier otro cambio necesario, con su motivo.</translation>
    </message>
    <message>
        <location filename="../../core/failures/edited_in_quickbooks.py" line="32"/>
        <source>Recommended: what HubSpot recommends; the invoice was made in HubSpot, and its QuickBooks copy has not been paid.</source>
        <translation>Recomendada: lo que recomienda HubSpot; la factura se creó en HubSpot y su copia de QuickBooks no se ha pagado.</translation>
    </message>
    <message>
        <location filename="../../core/failures/edited_in_quickbooks.py" line="35"/>
        <source>Not recommended: {records} has payments; new lines would no longer match what was paid.</source>
        <translation>No recomendada: {records} tiene pagos; con líneas nuevas ya no coincidiría con lo pagado.</translation>
    </message>
    <message>
        <location filename="../../core/failures/edited_in_quickbooks.py" line="37"/>
        <source>Recommended: {records} has payments for its QuickBooks lines; HubSpot&apos;s invoice is corrected to match instead.</source>
        <translation>Recomendada: {records} tiene pagos por sus líneas de QuickBooks; en su lugar se corrige la factura de HubSpot para que coincida.</translation>
    </message>
    <message>
        <location filename="../../core/failures/edited_in_quickbooks.py" line="40"/>
        <source>Keep the QuickBooks version</source>
        <translation>Conservar la versión de QuickBooks</translation>
    </message>
    <message>
        <location filename="../../core/failures/edited_in_quickbooks.py" line="41"/>
        <source>If the change in QuickBooks is right, make the same change to the invoice in HubSpot. Sync Doctor lists what differs; you check again afterwards.</source>
        <translation>Si el cambio hecho en QuickBooks es correcto, haga el mismo cambio en la factura de HubSpot. Sync Doctor le muestra qué es distinto; después, vuelva a comprobar.</translation>
    </message>
    <message>
        <location filename="../../core/failures/edited_in_quickbooks.py" line="45"/>
        <source>Its QuickBooks copy is no longer in the cache; refresh first.</source>
        <translation>Su copia de QuickBooks ya no está en la caché; actualice primero.</translation>
    </message>
    <message>
        <location filename="../../core/failures/edited_in_quickbooks.py" line="46"/>
        <source>Open invoice {number} in HubSpot and change its lines to match QuickBooks:</source>
        <translation>Abra la factura {number} en HubSpot y cambie sus líneas para que coincidan con QuickBooks:</translation>
    </message>
    <message>
        <location filename="../../core/failures/edited_in_quickbooks.py" line="48"/>
        <source>  add {line}</source>
        <translation>  añada {line}</translation>
    </message>
    <message>
        <location filename="../../core/failures/edited_in_quickbooks.py" line="49"/>
        <source>  remove {line}</source>
        <translation>  quite {line}</translation>
    </message>
    <message>
        <location filename="../../core/failures/edited_in_quickbooks.py" line="50"/>
        <source>  change {line} to {new}</source>
        <translation>  cambie {line} por {new}</translation>
    </message>
    <message>
        <location filename="../../core/failures/edited_in_quickbooks.py" line="51"/>
        <source>HubSpot only lets you edit draft invoices: for an open or paid one, void it and issue a corrected invoice. Then check again in Sync Doctor.</source>
        <translation>HubSpot solo deja editar facturas en borrador: si está abierta o pagada, anúlela y emita una factura corregida. Después, vuelva a comprobar en Sync Doctor.</translation>
    </message>
    <message>
        <location filename="../../core/failures/edited_in_quickbooks.py" line="61"/>
        <source>Changed in QuickBooks</source>
        <translation>Modificada en QuickBooks</translation>
    </message>
    <message>
        <location filename="../../core/failures/edited_in_quickbooks.py" line="62"/>
        <source>This invoice was created in HubSpot, but its copy in QuickBooks has been edited since (lines, quantities, prices or the total). Changes made in QuickBooks cannot flow back to HubSpot, so HubSpot stops updating this invoice.</source>
        <translation>Esta factura se creó en HubSpot, pero su copia en QuickBooks se editó después (líneas, cantidades, precios o el total). Los cambios hechos en QuickBooks no pueden volver a HubSpot, así que HubSpot deja de actualizar esta factura.</translation>
    </message>
    <message>
        <location filename="../../core/failures/edited_in_quickbooks.py" line="67"/>
        <source>Put the QuickBooks invoice back to HubSpot&apos;s lines.</source>
        <translation>Devolver la factura de QuickBooks a las líneas de HubSpot.</translation>
    </message>
    <message>
        <location filename="../../core/failures/edited_in_quickbooks.py" line="68"/>
        <source>Keep the QuickBooks version and make the same change in HubSpot.</source>
        <translation>Conservar la versión de QuickBooks y hacer el mismo cambio en HubSpot.</translation>
    </message>
</context>
<context>
    <name>inactive_customer</name>
    <message>
        <location filename="../../core/failures/inactive_customer.py" line="25"/>
        <source>The QuickBooks customer with the email {email} is inactive</source>
        <translation>El cliente de QuickBooks con el correo {email} está inactivo</translation>
    </message>
    <message>
        <location filename="../../core/failures/inactive_customer.py" line="26"/>
        <source>Make the customer active again</source>
        <translation>Volver a activar el cliente</translation>
    </message>
    <message>
        <location filename="../../core/failures/inactive_customer.py" line="27"/>
        <source>Mark the QuickBooks customer active again, so invoices can be billed to it.</source>
        <translation>Marcar de nuevo como activo el cliente de QuickBooks, para poder facturarle.</translation>
    </message>
    <message>
        <location filename="../../core/failures/inactive_customer.py" line="29"/>
        <source>Bill another contact</source>
        <translation>Facturar a otro contacto</translation>
    </message>
    <message>
        <location filename="../../core/failures/inactive_customer.py" line="30"/>
        <source>Put the invoice on another HubSpot contact whose QuickBooks customer is active.</source>
        <translation>Pasar la factura a otro contacto de HubSpot cuyo cliente de QuickBooks esté activo.</translation>
    </message>
    <message>
        <location filename="../../core/failures/inactive_customer.py" line="32"/>
        <source>No other contact has an active QuickBooks customer.</source>
        <translation>Ningún otro contacto tiene un cliente activo en QuickBooks.</translation>
    </message>
    <message>
        <location filename="../../core/failures/inactive_customer.py" line="33"/>
        <source>Recommended: the inactive customer has the contact&apos;s own email ({email}), the strongest evidence that it is this client.</source>
        <translation>Recomendada: el cliente inactivo tiene el mismo correo del contacto ({email}), el indicio más sólido de que es este cliente.</translation>
    </message>
    <message>
        <location filename="../../core/failures/inactive_customer.py" line="36"/>
        <source>Choose the contact to bill.</source>
        <translation>Elija el contacto al que facturar.</translation>
    </message>
    <message>
        <location filename="../../core/failures/inactive_customer.py" line="37"/>
        <source>Choose which of the customers to make active.</source>
        <translation>Elija cuál de los clientes activar.</translation>
    </message>
    <message>
        <location filename="../../core/failures/inactive_customer.py" line="44"/>
        <source>Customer is inactive in QuickBooks</source>
        <translation>Cliente inactivo en QuickBooks</translation>
    </message>
    <message>
        <location filename="../../core/failures/inactive_customer.py" line="45"/>
        <source>The QuickBooks customer with this contact&apos;s email has been made inactive (QuickBooks&apos; way of deleting). QuickBooks does not accept new invoices for an inactive customer.</source>
        <translation>El cliente de QuickBooks con el correo de este contacto está inactivo (es la forma de QuickBooks de eliminarlo). QuickBooks no admite facturas nuevas para un cliente inactivo.</translation>
    </message>
    <message>
        <location filename="../../core/failures/inactive_customer.py" line="49"/>
        <source>Make the customer active again in QuickBooks.</source>
        <translation>Volver a activar el cliente en QuickBooks.</translation>
    </message>
    <message>
        <location filename="../../core/failures/inactive_customer.py" line="50"/>
        <source>Bill the invoice to another contact whose customer is active.</source>
        <translation>Asignar la factura a otro contacto cuyo cliente esté activo.</translation>
    </message>
</context>
<context>
    <name>invalid_display_name</name>
    <message>
        <location filename="../../core/failures/invalid_display_name.py" line="22"/>
        <source>The customer name would be longer than 500 characters</source>
        <translation>El nombre del cliente tendría más de 500 caracteres</translation>
    </message>
    <message>
        <location filename="../../core/failures/invalid_display_name.py" line="23"/>
        <source>The customer name &quot;{name}&quot; contains a colon, tab or line break</source>
        <translation>El nombre del cliente “{name}” contiene dos puntos, una tabulación o un salto de línea</translation>
    </message>
    <message>
        <location filename="../../core/failures/invalid_display_name.py" line="24"/>
        <source>Create the customer under a corrected name</source>
        <translation>Crear el cliente con el nombre corregido</translation>
    </message>
    <message>
        <location filename="../../core/failures/invalid_display_name.py" line="25"/>
        <source>Create the QuickBooks customer with the name cleaned of colons, tabs and line breaks (and cut to 500 characters), with the contact&apos;s email so the invoice finds it.</source>
        <translation>Crear el cliente de QuickBooks con el nombre sin dos puntos, tabulaciones ni saltos de línea (y de 500 caracteres como máximo), con el correo del contacto para que la factura lo encuentre.</translation>
    </message>
    <message>
        <location filename="../../core/failures/invalid_display_name.py" line="29"/>
        <source>Correct the name in HubSpot</source>
        <translation>Corregir el nombre en HubSpot</translation>
    </message>
    <message>
        <location filename="../../core/failures/invalid_display_name.py" line="30"/>
        <source>Remove the characters QuickBooks refuses from the company (or contact) name in HubSpot, so the next sync creates the customer.</source>
        <translation>Quitar del nombre de la empresa (o del contacto) en HubSpot los caracteres que QuickBooks rechaza, para que la próxima sincronización cree el cliente.</translation>
    </message>
    <message>
        <location filename="../../core/failures/invalid_display_name.py" line="34"/>
        <source>Nothing is left of the name once cleaned.</source>
        <translation>Del nombre no queda nada al corregirlo.</translation>
    </message>
    <message>
        <location filename="../../core/failures/invalid_display_name.py" line="35"/>
        <source>The corrected name &quot;{name}&quot; is already used in QuickBooks; create the customer under another name instead.</source>
        <translation>El nombre corregido &quot;{name}&quot; ya se usa en QuickBooks; cree el cliente con otro nombre.</translation>
    </message>
    <message>
        <location filename="../../core/failures/invalid_display_name.py" line="38"/>
        <source>The HubSpot record is not in the cache; refresh first.</source>
        <translation>El registro de HubSpot no está en la caché; actualice primero.</translation>
    </message>
    <message>
        <location filename="../../core/failures/invalid_display_name.py" line="45"/>
        <source>Customer name not allowed in QuickBooks</source>
        <translation>Nombre de cliente no permitido en QuickBooks</translation>
    </message>
    <message>
        <location filename="../../core/failures/invalid_display_name.py" line="46"/>
        <source>The customer this contact would become needs a name without colons, tabs or line breaks, and of at most 500 characters. QuickBooks uses the colon to separate customers from their sub-customers, so it refuses names that contain one.</source>
        <translation>El cliente en que se convertiría este contacto necesita un nombre sin dos puntos, tabulaciones ni saltos de línea, y de 500 caracteres como máximo. QuickBooks usa los dos puntos para separar clientes y subclientes, por eso rechaza los nombres que los contienen.</translation>
    </message>
    <message>
        <location filename="../../core/failures/invalid_display_name.py" line="51"/>
        <source>Remove the colon, tab or line break from the company or contact name in HubSpot.</source>
        <translation>Quitar los dos puntos, la tabulación o el salto de línea del nombre en HubSpot.</translation>
    </message>
    <message>
        <location filename="../../core/failures/invalid_display_name.py" line="53"/>
        <source>Create the customer in QuickBooks under a corrected name.</source>
        <translation>Crear el cliente en QuickBooks con el nombre corregido.</translation>
    </message>
</context>
<context>
    <name>missing_customer</name>
    <message>
        <location filename="../../core/failures/missing_customer.py" line="23"/>
        <source>No QuickBooks customer has the email {email}</source>
        <translation>Ningún cliente de QuickBooks tiene el correo {email}</translation>
    </message>
    <message>
        <location filename="../../core/failures/missing_customer.py" line="24"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../core/failures/missing_customer.py" line="25"/>
        <source>Bill another contact</source>
        <translation>Facturar a otro contacto</translation>
    </message>
    <message>
        <location filename="../../core/failures/missing_customer.py" line="26"/>
        <source>Put the invoice on another HubSpot contact whose email a QuickBooks customer already uses. Contacts of the same company are listed first.</source>
        <translation>Pasar la factura a otro contacto de HubSpot cuyo correo ya usa un cliente de QuickBooks. Primero aparecen los contactos de la misma empresa.</translation>
    </message>
    <message>
        <location filename="../../core/failures/missing_customer.py" line="30"/>
        <source>No other contact has an email that a QuickBooks customer uses.</source>
        <translation>Ningún otro contacto tiene un correo que use un cliente de QuickBooks.</translation>
    </message>
    <message>
        <location filename="../../core/failures/missing_customer.py" line="31"/>
        <source>Correct an email</source>
        <translation>Corregir un correo</translation>
    </message>
    <message>
        <location filename="../../core/failures/missing_customer.py" line="32"/>
        <source>If the customer exists in QuickBooks under another email, make the two emails the same: change it on the QuickBooks customer or on the HubSpot contact.</source>
        <translation>Si el cliente ya existe en QuickBooks con otro correo, haga que los dos correos coincidan: cámbielo en el cliente de QuickBooks o en el contacto de HubSpot.</translation>
    </message>
    <message>
        <location filename="../../core/failures/missing_customer.py" line="36"/>
        <source>Create the customer</source>
        <translation>Crear el cliente</translation>
    </message>
    <message>
        <location filename="../../core/failures/missing_customer.py" line="37"/>
        <source>Create the customer in QuickBooks from the contact, with the name the integration would give it and the contact&apos;s email.</source>
        <translation>Crear el cliente en QuickBooks a partir del contacto, con el nombre que le daría la integración y el correo del contacto.</translation>
    </message>
    <message>
        <location filename="../../core/failures/missing_customer.py" line="41"/>
        <source>The contact has no name to give the customer.</source>
        <translation>El contacto no tiene nombre para el cliente.</translation>
    </message>
    <message>
        <location filename="../../core/failures/missing_customer.py" line="42"/>
        <source>The name &quot;{name}&quot; is already used in QuickBooks; use the fix for a customer name already taken.</source>
        <translation>El nombre &quot;{name}&quot; ya se usa en QuickBooks; use la solución para un nombre de cliente ya en uso.</translation>
    </message>
    <message>
        <location filename="../../core/failures/missing_customer.py" line="44"/>
        <source>Choose the contact to bill.</source>
        <translation>Elija el contacto al que facturar.</translation>
    </message>
    <message>
        <location filename="../../core/failures/missing_customer.py" line="45"/>
        <source>Choose the QuickBooks customer to correct.</source>
        <translation>Elija el cliente de QuickBooks que hay que corregir.</translation>
    </message>
    <message>
        <location filename="../../core/failures/missing_customer.py" line="46"/>
        <source>The email to correct is on &quot;quickbooks&quot; or &quot;hubspot&quot;, not &quot;{target}&quot;.</source>
        <translation>El correo que se corrige está en &quot;quickbooks&quot; o en &quot;hubspot&quot;, no en &quot;{target}&quot;.</translation>
    </message>
    <message>
        <location filename="../../core/failures/missing_customer.py" line="47"/>
        <source>The invoice has no contact.</source>
        <translation>La factura no tiene contacto.</translation>
    </message>
    <message>
        <location filename="../../core/failures/missing_customer.py" line="48"/>
        <source>The contact already has {email}; choose the email of a QuickBooks customer.</source>
        <translation>El contacto ya tiene {email}; elija el correo de un cliente de QuickBooks.</translation>
    </message>
    <message>
        <location filename="../../core/failures/missing_customer.py" line="49"/>
        <source>The HubSpot contact {name} already has {email}; bill the invoice to that contact instead.</source>
        <translation>El contacto de HubSpot {name} ya tiene {email}; facture a ese contacto en su lugar.</translation>
    </message>
    <message>
        <location filename="../../core/failures/missing_customer.py" line="51"/>
        <source>No QuickBooks customer has {email} yet.</source>
        <translation>Todavía ningún cliente de QuickBooks tiene {email}.</translation>
    </message>
    <message>
        <location filename="../../core/failures/missing_customer.py" line="52"/>
        <source>Other HubSpot invoices ({count}) find this customer by {email}; they will no longer find it.</source>
        <translation>Otras facturas de HubSpot ({count}) encuentran este cliente por {email}; dejarán de encontrarlo.</translation>
    </message>
    <message>
        <location filename="../../core/failures/missing_customer.py" line="61"/>
        <source>No matching customer in QuickBooks</source>
        <translation>Sin cliente equivalente en QuickBooks</translation>
    </message>
    <message>
        <location filename="../../core/failures/missing_customer.py" line="62"/>
        <source>QuickBooks links an invoice to a customer by email address. No QuickBooks customer has the email of this invoice&apos;s contact, so the invoice has nobody to be billed to.</source>
        <translation>QuickBooks relaciona cada factura con un cliente a través del correo electrónico. Ningún cliente de QuickBooks tiene el correo del contacto de esta factura, así que la factura no tiene a quién cobrarse.</translation>
    </message>
    <message>
        <location filename="../../core/failures/missing_customer.py" line="66"/>
        <source>Bill the invoice to another contact whose email a QuickBooks customer already uses.</source>
        <translation>Asignar la factura a otro contacto cuyo correo ya use un cliente de QuickBooks.</translation>
    </message>
    <message>
        <location filename="../../core/failures/missing_customer.py" line="68"/>
        <source>Correct the email on the QuickBooks customer or on the HubSpot contact.</source>
        <translation>Corregir el correo del cliente en QuickBooks o del contacto en HubSpot.</translation>
    </message>
    <message>
        <location filename="../../core/failures/missing_customer.py" line="69"/>
        <source>Create the customer in QuickBooks from the contact.</source>
        <translation>Crear el cliente en QuickBooks a partir del contacto.</translation>
    </message>
</context>
<context>
    <name>no_contact</name>
    <message>
        <location filename="../../core/failures/no_contact.py" line="11"/>
        <source>The invoice has no contact in HubSpot</source>
        <translation>La factura no tiene contacto en HubSpot</translation>
    </message>
    <message>
        <location filename="../../core/failures/no_contact.py" line="18"/>
        <source>Invoice has no contact</source>
        <translation>La factura no tiene contacto</translation>
    </message>
    <message>
        <location filename="../../core/failures/no_contact.py" line="19"/>
        <source>The invoice is not addressed to any contact in HubSpot, so there is no one to match with a customer in QuickBooks.</source>
        <translation>La factura no está dirigida a ningún contacto en HubSpot, así que no hay a quién relacionar con un cliente de QuickBooks.</translation>
    </message>
    <message>
        <location filename="../../core/failures/no_contact.py" line="21"/>
        <source>Add the contact to bill to the invoice in HubSpot.</source>
        <translation>Añadir en HubSpot el contacto al que se factura.</translation>
    </message>
</context>
<context>
    <name>no_line_items</name>
    <message>
        <location filename="../../core/failures/no_line_items.py" line="11"/>
        <source>The invoice has no line items in HubSpot</source>
        <translation>La factura no tiene líneas en HubSpot</translation>
    </message>
    <message>
        <location filename="../../core/failures/no_line_items.py" line="18"/>
        <source>Invoice has no line items</source>
        <translation>La factura no tiene líneas</translation>
    </message>
    <message>
        <location filename="../../core/failures/no_line_items.py" line="19"/>
        <source>QuickBooks needs at least one line on an invoice, and this one has none in HubSpot.</source>
        <translation>QuickBooks necesita al menos una línea en cada factura y esta no tiene ninguna en HubSpot.</translation>
    </message>
    <message>
        <location filename="../../core/failures/no_line_items.py" line="21"/>
        <source>Add the products or services to the invoice in HubSpot.</source>
        <translation>Añadir en HubSpot los productos o servicios de la factura.</translation>
    </message>
</context>
<context>
    <name>revenue_recognition_service_date</name>
    <message>
        <location filename="../../core/failures/revenue_recognition_service_date.py" line="23"/>
        <source>Revenue recognition is on in QuickBooks and the lines have no service date</source>
        <translation>El reconocimiento de ingresos está activado en QuickBooks y las líneas no tienen fecha de servicio</translation>
    </message>
    <message>
        <location filename="../../core/failures/revenue_recognition_service_date.py" line="25"/>
        <source>Send it with service dates</source>
        <translation>Enviarla con fechas de servicio</translation>
    </message>
    <message>
        <location filename="../../core/failures/revenue_recognition_service_date.py" line="26"/>
        <source>Sync Doctor sends the invoice to QuickBooks itself, with a service date on every line: the invoice date, the due date or a date you choose. HubSpot then finds it there by its number and email.</source>
        <translation>Sync Doctor envía la factura a QuickBooks por su cuenta, con fecha de servicio en cada línea: la fecha de la factura, la de vencimiento o una que usted elija. Después HubSpot la encuentra allí por su número y correo.</translation>
    </message>
    <message>
        <location filename="../../core/failures/revenue_recognition_service_date.py" line="30"/>
        <source>Turn off revenue recognition</source>
        <translation>Desactivar el reconocimiento de ingresos</translation>
    </message>
    <message>
        <location filename="../../core/failures/revenue_recognition_service_date.py" line="31"/>
        <source>What HubSpot recommends: turn the setting off in QuickBooks and handle revenue recognition separately. Sync Doctor shows you where; you check again afterwards.</source>
        <translation>Lo que recomienda HubSpot: desactivar el ajuste en QuickBooks y llevar el reconocimiento de ingresos por separado. Sync Doctor le indica dónde; después, vuelva a comprobar.</translation>
    </message>
    <message>
        <location filename="../../core/failures/revenue_recognition_service_date.py" line="35"/>
        <source>HubSpot&apos;s own sync cannot add service dates, so Sync Doctor creates these invoices in QuickBooks itself. HubSpot links them by number and email from then on.</source>
        <translation>La sincronización de HubSpot no puede añadir fechas de servicio, así que Sync Doctor crea estas facturas en QuickBooks por su cuenta. Desde entonces HubSpot las enlaza por número y correo.</translation>
    </message>
    <message>
        <location filename="../../core/failures/revenue_recognition_service_date.py" line="39"/>
        <source>The date rule must be one of {rules}, not &quot;{rule}&quot;.</source>
        <translation>La regla de fecha debe ser una de {rules}, no &quot;{rule}&quot;.</translation>
    </message>
    <message>
        <location filename="../../core/failures/revenue_recognition_service_date.py" line="40"/>
        <source>No usable date (&quot;{date}&quot;); choose a date as YYYY-MM-DD.</source>
        <translation>No hay una fecha válida (&quot;{date}&quot;); elija una fecha como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../core/failures/revenue_recognition_service_date.py" line="42"/>
        <source>In QuickBooks, open Settings → Account and settings → Advanced: {link}</source>
        <translation>En QuickBooks, abra Configuración → Cuenta y configuración → Avanzado: {link}</translation>
    </message>
    <message>
        <location filename="../../core/failures/revenue_recognition_service_date.py" line="44"/>
        <source>In the Revenue recognition section, turn revenue recognition off and save.</source>
        <translation>En la sección Reconocimiento de ingresos, desactívelo y guarde.</translation>
    </message>
    <message>
        <location filename="../../core/failures/revenue_recognition_service_date.py" line="46"/>
        <source>Keep track of revenue recognition separately (in your reports or a spreadsheet).</source>
        <translation>Lleve el reconocimiento de ingresos por separado (en sus informes o en una hoja de cálculo).</translation>
    </message>
    <message>
        <location filename="../../core/failures/revenue_recognition_service_date.py" line="48"/>
        <source>Come back to Sync Doctor and refresh: the invoices can then sync without service dates.</source>
        <translation>Vuelva a Sync Doctor y actualice: las facturas podrán sincronizarse sin fechas de servicio.</translation>
    </message>
    <message>
        <location filename="../../core/failures/revenue_recognition_service_date.py" line="57"/>
        <source>Service date required (revenue recognition)</source>
        <translation>Falta la fecha de servicio (reconocimiento de ingresos)</translation>
    </message>
    <message>
        <location filename="../../core/failures/revenue_recognition_service_date.py" line="58"/>
        <source>Revenue recognition is turned on in QuickBooks. It spreads income from each line&apos;s service date, so QuickBooks rejects invoices whose lines have none, and HubSpot&apos;s line items have no service date to send.</source>
        <translation>El reconocimiento de ingresos está activado en QuickBooks. Reparte los ingresos a partir de la fecha de servicio de cada línea, por lo que QuickBooks rechaza las facturas cuyas líneas no la tienen, y las líneas de HubSpot no incluyen esa fecha.</translation>
    </message>
    <message>
        <location filename="../../core/failures/revenue_recognition_service_date.py" line="62"/>
        <source>Let Sync Doctor send the invoice with a service date on every line.</source>
        <translation>Dejar que Sync Doctor envíe la factura con fecha de servicio en cada línea.</translation>
    </message>
    <message>
        <location filename="../../core/failures/revenue_recognition_service_date.py" line="64"/>
        <source>Turn off revenue recognition in QuickBooks and handle it separately.</source>
        <translation>Desactivar el reconocimiento de ingresos en QuickBooks y llevarlo por separado.</translation>
    </message>
</context>
<context>
    <name>unknown_item</name>
    <message>
        <location filename="../../core/failures/unknown_item.py" line="13"/>
        <source>No QuickBooks item for {items}</source>
        <translation>No hay un artículo de QuickBooks para {items}</translation>
    </message>
    <message>
        <location filename="../../core/failures/unknown_item.py" line="28"/>
        <source>Product not found in QuickBooks</source>
        <translation>Producto no encontrado en QuickBooks</translation>
    </message>
    <message>
        <location filename="../../core/failures/unknown_item.py" line="29"/>
        <source>A line on this invoice is for a product or service that has no item in QuickBooks with the same SKU or name. The line may land on a generic item, or the sync may stop.</source>
        <translation>Una línea de esta factura corresponde a un producto o servicio que no tiene artículo en QuickBooks con el mismo SKU o nombre. La línea puede acabar en un artículo genérico, o la sincronización puede detenerse.</translation>
    </message>
    <message>
        <location filename="../../core/failures/unknown_item.py" line="32"/>
        <source>Create the item in QuickBooks with the same SKU.</source>
        <translation>Crear el artículo en QuickBooks con el mismo SKU.</translation>
    </message>
    <message>
        <location filename="../../core/failures/unknown_item.py" line="33"/>
        <source>Map the HubSpot product to an existing QuickBooks item.</source>
        <translation>Relacionar el producto de HubSpot con un artículo existente de QuickBooks.</translation>
    </message>
</context>
</TS>
