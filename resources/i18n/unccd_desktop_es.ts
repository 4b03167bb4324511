<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {0}</source>
        <translation>Acerca de {0}</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Versión del esquema</translation>
    </message>
    <message>
        <source>The country list comes from lukes/ISO-3166-Countries-with-Regional-Codes, compiled from the UN M49 standard and ISO 3166, licensed under &lt;a href=&quot;https://creativecommons.org/licenses/by-sa/4.0/&quot;&gt;CC BY-SA 4.0&lt;/a&gt;. Currency codes are the IATI Currency codelist.</source>
        <translation>La lista de países procede de lukes/ISO-3166-Countries-with-Regional-Codes, elaborada a partir de la norma M49 de las Naciones Unidas y la ISO 3166, con licencia &lt;a href=&quot;https://creativecommons.org/licenses/by-sa/4.0/&quot;&gt;CC BY-SA 4.0&lt;/a&gt;. Los códigos de moneda son la lista de códigos Currency de la IATI.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
</context>
<context>
    <name>AgreementActions</name>
    <message>
        <source>Rene&amp;w…</source>
        <translation>&amp;Renovar…</translation>
    </message>
    <message>
        <source>Start the renewal of this agreement: a new draft whose term follows it</source>
        <translation>Iniciar la renovación de este acuerdo: un nuevo borrador cuyo plazo sigue al suyo</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>&amp;Modificar…</translation>
    </message>
    <message>
        <source>Start an amendment of this agreement: a new draft with the same term</source>
        <translation>Iniciar una modificación de este acuerdo: un nuevo borrador con el mismo plazo</translation>
    </message>
    <message>
        <source>Renewal of “{0}”</source>
        <translation>Renovación de «{0}»</translation>
    </message>
    <message>
        <source>Amendment of “{0}”</source>
        <translation>Modificación de «{0}»</translation>
    </message>
    <message>
        <source>Not saved yet: check the dates, the parties and the title, then save.</source>
        <translation>Aún no se ha guardado: compruebe las fechas, las partes y el título y, a continuación, guarde.</translation>
    </message>
    <message>
        <source>Not saved yet: the agreement renewed has no expiry date, so the new term is not known. Enter its dates, check the parties and the title, then save.</source>
        <translation>Aún no se ha guardado: el acuerdo renovado no tiene fecha de expiración, por lo que no se conoce el nuevo plazo. Introduzca sus fechas, compruebe las partes y el título y, a continuación, guarde.</translation>
    </message>
    <message>
        <source>Renewed agreement</source>
        <translation>Acuerdo renovado</translation>
    </message>
    <message>
        <source>“{0}” renews “{1}”. Mark “{1}” as {2}?</source>
        <translation>«{0}» renueva «{1}». ¿Marcar «{1}» como {2}?</translation>
    </message>
    <message>
        <source>mark &apos;{0}&apos; renewed</source>
        <translation>marcar «{0}» como renovado</translation>
    </message>
    <message>
        <source>Not marked renewed</source>
        <translation>No se marcó como renovado</translation>
    </message>
</context>
<context>
    <name>AgreementTimeline</name>
    <message>
        <source>Signed</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Entrada en vigor</translation>
    </message>
    <message>
        <source>Notice by</source>
        <translation>Límite de preaviso</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiración</translation>
    </message>
    <message>
        <source>Agreement timeline</source>
        <translation>Cronología del acuerdo</translation>
    </message>
    <message>
        <source>No dates recorded.</source>
        <translation>No hay fechas registradas.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>{0} already exists; choose another name for a new database.</source>
        <translation>{0} ya existe; elija otro nombre para la nueva base de datos.</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>Abriendo {0}…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd);;All files (*)</source>
        <translation>Bases de datos de UNCCD Partnerships (*.unccd);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The backup was restored. The file it replaced is kept as {0}.</source>
        <translation>Se restauró la copia de seguridad. El archivo que reemplazó se conserva como {0}.</translation>
    </message>
    <message>
        <source>Restoring the latest backup…</source>
        <translation>Restaurando la copia de seguridad más reciente…</translation>
    </message>
    <message>
        <source>The new language is shown once the work under way is done.</source>
        <translation>El nuevo idioma se mostrará cuando termine el trabajo en curso.</translation>
    </message>
    <message>
        <source>The language was not changed: for each marked field, keep your value or take theirs first.</source>
        <translation>No se cambió el idioma: antes, en cada campo marcado, conserve su valor o tome el otro.</translation>
    </message>
</context>
<context>
    <name>AttentionNotice</name>
    <message>
        <source>What needs attention</source>
        <translation>Asuntos que requieren atención</translation>
    </message>
    <message>
        <source>Open the dashboard (Ctrl+1)</source>
        <translation>Abrir el panel (Ctrl+1)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss (Escape)</source>
        <translation>Descartar (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s) overdue</source>
        <translation>
            <numerusform>%n entregable atrasado</numerusform>
            <numerusform>%n entregables atrasados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s) due this week</source>
        <translation>
            <numerusform>%n entregable que vence esta semana</numerusform>
            <numerusform>%n entregables que vencen esta semana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) reaching the renewal notice date this week</source>
        <translation>
            <numerusform>%n acuerdo que llega esta semana a la fecha de preaviso de renovación</numerusform>
            <numerusform>%n acuerdos que llegan esta semana a la fecha de preaviso de renovación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) expiring this week</source>
        <translation>
            <numerusform>%n acuerdo que vence esta semana</numerusform>
            <numerusform>%n acuerdos que vencen esta semana</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of the start-up notice</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Needs attention: {0}</source>
        <translation>Asuntos que requieren atención: {0}</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Exportar el calendario</translation>
    </message>
    <message>
        <source>Renewal notice and expiry dates of signed and active agreements, and due dates of open deliverables, as all-day events for Outlook, Thunderbird or any calendar. Importing a newer file again updates the events it had added.</source>
        <translation>Las fechas de preaviso de renovación y de expiración de los acuerdos firmados y vigentes, y las fechas de vencimiento de los entregables abiertos, como eventos de día completo para Outlook, Thunderbird o cualquier otro calendario. Al importar un archivo más reciente, se actualizan los eventos que había añadido el anterior.</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Todos los asociados</translation>
    </message>
    <message>
        <source>Every date from today on</source>
        <translation>Todas las fechas a partir de hoy</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Asociado:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message numerus="yes">
        <source>The next %n day(s)</source>
        <translation>
            <numerusform>El próximo %n día</numerusform>
            <numerusform>Los próximos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation>Guardar el calendario</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Elija el archivo que se va a escribir.</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Escribiendo el calendario…</translation>
    </message>
    <message>
        <source>%n reminder date(s) written to {0}</source>
        <translation>Fechas de recordatorio escritas en {0}: %n</translation>
    </message>
</context>
<context>
    <name>CheckListWidget</name>
    <message>
        <source>Type to filter…</source>
        <translation>Escriba para filtrar…</translation>
    </message>
    <message>
        <source>Type to filter; Down goes into the list, where Space ticks an entry</source>
        <translation>Escriba para filtrar; la flecha abajo lleva a la lista, donde la barra espaciadora marca una entrada</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Mantener la mía</translation>
    </message>
    <message>
        <source>&amp;Keep mine as another record</source>
        <translation>&amp;Mantener la mía como otro registro</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Tomar la del servidor</translation>
    </message>
    <message>
        <source>&amp;Take theirs: merge mine into it</source>
        <translation>&amp;Tomar la del servidor y fusionar la mía con ella</translation>
    </message>
    <message>
        <source>Both records stay: they are not the same partner.</source>
        <translation>Se conservan los dos registros: no son el mismo asociado.</translation>
    </message>
    <message>
        <source>Changed here, deleted on the server</source>
        <translation>Modificado aquí, eliminado en el servidor</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Modificado en ambos lados</translation>
    </message>
    <message>
        <source>Deleted here, changed on the server</source>
        <translation>Eliminado aquí, modificado en el servidor</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Rechazado por el servidor</translation>
    </message>
    <message>
        <source>The change is sent again at the next sync (once what the server refused is put right).</source>
        <translation>El cambio se vuelve a enviar en la próxima sincronización (una vez corregido lo que el servidor rechazó).</translation>
    </message>
    <message>
        <source>The change made here is dropped; the record takes the server&apos;s values.</source>
        <translation>Se descarta el cambio hecho aquí; el registro toma los valores del servidor.</translation>
    </message>
    <message>
        <source>The record comes back here as the server has it.</source>
        <translation>El registro vuelve aquí tal como está en el servidor.</translation>
    </message>
    <message>
        <source>The record goes back onto the server, with the changes made here.</source>
        <translation>El registro vuelve al servidor, con los cambios hechos aquí.</translation>
    </message>
    <message>
        <source>The record is deleted here too.</source>
        <translation>El registro también se elimina aquí.</translation>
    </message>
    <message>
        <source>The record is deleted on the server too, at the next sync.</source>
        <translation>El registro también se elimina en el servidor, en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The record made here is merged into the server&apos;s: its links and history join the server&apos;s record, and the copy made here goes.</source>
        <translation>El registro creado aquí se fusiona con el del servidor: sus vínculos y su historial pasan al registro del servidor, y la copia creada aquí desaparece.</translation>
    </message>
    <message>
        <source>The server&apos;s value is put here; the value typed here is dropped.</source>
        <translation>Se pone aquí el valor del servidor; se descarta el valor escrito aquí.</translation>
    </message>
    <message>
        <source>This laptop&apos;s value goes to the server at the next sync.</source>
        <translation>El valor de este equipo se envía al servidor en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflictos pendientes</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>Antes de ambos cambios</translation>
    </message>
    <message>
        <source>Mine (this laptop)</source>
        <translation>La mía (este equipo)</translation>
    </message>
    <message>
        <source>Theirs (team server)</source>
        <translation>La del servidor (servidor compartido)</translation>
    </message>
    <message>
        <source>Values on both sides</source>
        <translation>Valores de ambos lados</translation>
    </message>
    <message>
        <source>History on this laptop</source>
        <translation>Historial en este equipo</translation>
    </message>
    <message>
        <source>History on the team server</source>
        <translation>Historial en el servidor compartido</translation>
    </message>
    <message>
        <source>the whole record</source>
        <translation>todo el registro</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here and on the team server differ. The server keeps its value until you choose; your choice is sent at the next sync.</source>
        <translation>
            <numerusform>%n cambio hecho aquí difiere del servidor compartido. El servidor conserva su valor hasta que usted elija; su elección se envía en la próxima sincronización.</numerusform>
            <numerusform>%n cambios hechos aquí difieren del servidor compartido. El servidor conserva su valor hasta que usted elija; su elección se envía en la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflict waits for your choice.</source>
        <translation>Ningún conflicto espera su elección.</translation>
    </message>
    <message>
        <source>“{0}” was changed here and on the team server, to different values.</source>
        <translation>«{0}» se modificó aquí y en el servidor compartido, con valores distintos.</translation>
    </message>
    <message>
        <source>This record was deleted here and changed on the team server.</source>
        <translation>Este registro se eliminó aquí y se modificó en el servidor compartido.</translation>
    </message>
    <message>
        <source>This record was changed here and deleted on the team server.</source>
        <translation>Este registro se modificó aquí y se eliminó en el servidor compartido.</translation>
    </message>
    <message>
        <source>This partner was made here with the name or acronym of a partner the team server already has.</source>
        <translation>Este asociado se creó aquí con el nombre o la sigla de un asociado que ya existe en el servidor compartido.</translation>
    </message>
    <message>
        <source>The team server did not take the change made here.</source>
        <translation>El servidor compartido no aceptó el cambio hecho aquí.</translation>
    </message>
    <message>
        <source>(no record)</source>
        <translation>(ningún registro)</translation>
    </message>
    <message>
        <source>Reading the history on the team server…</source>
        <translation>Leyendo el historial en el servidor compartido…</translation>
    </message>
    <message>
        <source>The history on the server cannot be shown: {0}</source>
        <translation>No se puede mostrar el historial del servidor: {0}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>What needs attention</source>
        <translation>Asuntos que requieren atención</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Entregable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Venció</translation>
    </message>
    <message>
        <source>Days past</source>
        <translation>Días transcurridos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Overdue deliverables</source>
        <translation>Entregables atrasados</translation>
    </message>
    <message>
        <source>Records by status</source>
        <translation>Registros por estado</translation>
    </message>
    <message>
        <source>Deliverables by initiative</source>
        <translation>Entregables por iniciativa</translation>
    </message>
    <message>
        <source>Deliverables by donor</source>
        <translation>Entregables por donante</translation>
    </message>
    <message>
        <source>Agreements expiring (renewal notice or {0} days)</source>
        <translation>Acuerdos próximos a vencer (preaviso de renovación o {0} días)</translation>
    </message>
    <message>
        <source>Deliverables due within {0} days</source>
        <translation>Entregables que vencen en {0} días</translation>
    </message>
    <message>
        <source>No agreement expires soon.</source>
        <translation>Ningún acuerdo vence próximamente.</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>No hay nada atrasado.</translation>
    </message>
    <message>
        <source>Nothing is due in the next {0} days.</source>
        <translation>Nada vence en los próximos {0} días.</translation>
    </message>
    <message>
        <source>No signed or active agreement is past its expiry.</source>
        <translation>Ningún acuerdo firmado o vigente ha expirado.</translation>
    </message>
    <message>
        <source>Every signed or active agreement has an expiry date.</source>
        <translation>Todo acuerdo firmado o vigente tiene fecha de expiración.</translation>
    </message>
    <message numerus="yes">
        <source>Active agreements past their expiry (%n)</source>
        <translation>
            <numerusform>Acuerdos vigentes cuya fecha de expiración ya pasó (%n)</numerusform>
            <numerusform>Acuerdos vigentes cuya fecha de expiración ya pasó (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreements without an expiry date (%n)</source>
        <translation>
            <numerusform>Acuerdos sin fecha de expiración (%n)</numerusform>
            <numerusform>Acuerdos sin fecha de expiración (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateWidget</name>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Pick the date in a calendar (Alt+Down)</source>
        <translation>Elegir la fecha en un calendario (Alt+Flecha abajo)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Abrir el calendario</translation>
    </message>
    <message>
        <source>No date (Delete)</source>
        <translation>Sin fecha (Supr)</translation>
    </message>
    <message>
        <source>“{0}” is not a date. Write it as {1} or {2}, or press Delete to leave it empty.</source>
        <translation>«{0}» no es una fecha. Escríbala como {1} o {2}, o pulse Supr para dejarla vacía.</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Borrar la fecha</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Documentos adjuntos</translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation>Suelte aquí los archivos para adjuntarlos.</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>Ad&amp;juntar…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Save the record before attaching documents.</source>
        <translation>Guarde el registro antes de adjuntar documentos.</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Adjuntar documentos</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Abrir el documento</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Quitar el documento</translation>
    </message>
    <message>
        <source>Remove {0} from this record?</source>
        <translation>¿Quitar {0} de este registro?</translation>
    </message>
</context>
<context>
    <name>DonorReportDialog</name>
    <message>
        <source>Export donor report</source>
        <translation>Exportar el informe para el donante</translation>
    </message>
    <message>
        <source>All partnerships</source>
        <translation>Todas las asociaciones</translation>
    </message>
    <message>
        <source>One donor:</source>
        <translation>Un donante:</translation>
    </message>
    <message>
        <source>One initiative:</source>
        <translation>Una iniciativa:</translation>
    </message>
    <message>
        <source>(choose a donor)</source>
        <translation>(elija un donante)</translation>
    </message>
    <message>
        <source>(choose an initiative)</source>
        <translation>(elija una iniciativa)</translation>
    </message>
    <message>
        <source>Choose the donor whose report to export.</source>
        <translation>Elija el donante cuyo informe desea exportar.</translation>
    </message>
    <message>
        <source>Choose the initiative whose report to export.</source>
        <translation>Elija la iniciativa cuyo informe desea exportar.</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Partner</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Asociados</translation>
    </message>
    <message>
        <source>Focal point</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Personas de contacto</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Entregable</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Entregables</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Convention secretariat</source>
        <translation>Secretaría de convención</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Extending</source>
        <translation>Intermediario</translation>
    </message>
    <message>
        <source>Finalisation</source>
        <translation>En finalización</translation>
    </message>
    <message>
        <source>Financial institution</source>
        <translation>Institución financiera</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <source>GEF enabling activity</source>
        <translation>Actividad de apoyo del FMAM</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>Organismo de ejecución</translation>
    </message>
    <message>
        <source>Implementing</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Informal partnership</source>
        <translation>Asociación informal</translation>
    </message>
    <message>
        <source>Intergovernmental</source>
        <translation>Organización intergubernamental</translation>
    </message>
    <message>
        <source>Letter of agreement</source>
        <translation>Carta de acuerdo</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medios de comunicación</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>Memorando de entendimiento</translation>
    </message>
    <message>
        <source>Multi-party MoU</source>
        <translation>Memorando de entendimiento multilateral</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>En negociación</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>En preparación</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <source>Project preparation</source>
        <translation>Preparación de proyectos</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renovado</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Institución de investigación</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signatario</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Rescindido</translation>
    </message>
    <message>
        <source>UN entity</source>
        <translation>Entidad de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Modificación</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong inside {0}. Your saved data is safe. Please send the details below to whoever supports the application.</source>
        <translation>Se produjo un problema en {0}. Sus datos guardados están a salvo. Envíe los detalles que figuran a continuación a quien se encargue del soporte de la aplicación.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar los detalles</translation>
    </message>
    <message>
        <source>Also written to {0}</source>
        <translation>También se escribió en {0}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The file {0} does not exist.</source>
        <translation>El archivo {0} no existe.</translation>
    </message>
    <message>
        <source>You do not have permission to use {0}.</source>
        <translation>No tiene permiso para usar {0}.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and retry.</source>
        <translation>El disco está lleno. Libere espacio y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fin real</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Inicio real</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Entregable</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Donors</source>
        <translation>Donantes</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Pilares</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin previsto</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Inicio previsto</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Uuid</source>
        <translation>Identificador único (UUID)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Headquarters country</source>
        <translation>País de la sede</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>IATI organisation identifier</source>
        <translation>Identificador IATI de la organización</translation>
    </message>
    <message>
        <source>Other names (one per line)</source>
        <translation>Otros nombres (uno por línea)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Entrada en vigor</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Fecha de expiración</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Fecha de presentación</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Fecha de aceptación</translation>
    </message>
    <message>
        <source>Renewal notice (days)</source>
        <translation>Preaviso (días)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Evidence (web address)</source>
        <translation>Prueba (dirección web)</translation>
    </message>
    <message>
        <source>Responsible partner</source>
        <translation>Asociado responsable</translation>
    </message>
    <message>
        <source>Amends or renews</source>
        <translation>Modifica/renueva</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Personas de contacto</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Entregables</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Launched at</source>
        <translation>Lanzada en</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>Contacto principal</translation>
    </message>
    <message>
        <source>Still in post</source>
        <translation>Sigue en el cargo</translation>
    </message>
    <message>
        <source>Thematic areas</source>
        <translation>Esferas temáticas</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Año de inicio</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>Año de finalización</translation>
    </message>
</context>
<context>
    <name>FieldNote</name>
    <message>
        <source>Keep mine</source>
        <translation>Conservar el mío</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar el otro</translation>
    </message>
</context>
<context>
    <name>FocalPointsPanel</name>
    <message>
        <source>Focal points of this partner</source>
        <translation>Personas de contacto de este asociado</translation>
    </message>
    <message>
        <source>&amp;Add focal point…</source>
        <translation>Añadir persona de &amp;contacto…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>History of this record</source>
        <translation>Historial de este registro</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>&apos;{0}&apos; is ambiguous (day and month could be either way round); write it as YYYY-MM-DD</source>
        <translation>«{0}» es ambiguo (el día y el mes podrían estar invertidos); escríbalo como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a date (write it as YYYY-MM-DD)</source>
        <translation>«{0}» no es una fecha (escríbala como AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a percentage</source>
        <translation>«{0}» no es un porcentaje</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a valid date</source>
        <translation>«{0}» no es una fecha válida</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; should be yes or no</source>
        <translation>«{0}»: el valor debe ser sí o no</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; where a date was expected</source>
        <translation>«{0}» donde se esperaba una fecha</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; where a number was expected</source>
        <translation>«{0}» donde se esperaba un número</translation>
    </message>
    <message>
        <source>Blank row</source>
        <translation>Fila vacía</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Content ignored</source>
        <translation>Contenido ignorado</translation>
    </message>
    <message>
        <source>File refused</source>
        <translation>Archivo rechazado</translation>
    </message>
    <message>
        <source>Links to other workbooks were ignored.</source>
        <translation>Se ignoraron los vínculos a otros libros.</translation>
    </message>
    <message>
        <source>Missing column</source>
        <translation>Columna faltante</translation>
    </message>
    <message>
        <source>New contacts can only be added in a partner update workbook (it says whose contacts they are).</source>
        <translation>Solo se pueden añadir contactos nuevos en un libro de actualización del asociado (indica de quién son los contactos).</translation>
    </message>
    <message>
        <source>New row refused</source>
        <translation>Fila nueva rechazada</translation>
    </message>
    <message>
        <source>No deliverable has the ID {0} (it may have been deleted from the database since the export).</source>
        <translation>Ningún entregable tiene el ID {0} (puede que se haya eliminado de la base de datos después de la exportación).</translation>
    </message>
    <message>
        <source>No export record</source>
        <translation>Sin registro de exportación</translation>
    </message>
    <message>
        <source>No focal point has the ID {0} (it may have been deleted from the database since the export).</source>
        <translation>Ninguna persona de contacto tiene el ID {0} (puede que se haya eliminado de la base de datos después de la exportación).</translation>
    </message>
    <message>
        <source>No sheet of this file holds deliverables or focal points with the expected columns (for example &apos;Deliverable ID&apos; and &apos;Status&apos;).</source>
        <translation>Ninguna hoja de este archivo contiene entregables ni personas de contacto con las columnas esperadas (por ejemplo, «Deliverable ID» y «Status»).</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>No aplicado</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>No probado</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nada que importar</translation>
    </message>
    <message>
        <source>Other schema version</source>
        <translation>Otra versión del esquema</translation>
    </message>
    <message>
        <source>Repeated column</source>
        <translation>Columna repetida</translation>
    </message>
    <message>
        <source>Repeated record</source>
        <translation>Registro repetido</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos; has no &apos;{1}&apos; column, so its rows cannot be matched to records; it was not imported.</source>
        <translation>La hoja «{0}» no tiene la columna «{1}», por lo que sus filas no pueden asociarse a registros; no se importó.</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos; was not imported: it holds no deliverables or focal points columns.</source>
        <translation>La hoja «{0}» no se importó: no contiene columnas de entregables ni de personas de contacto.</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: reading stopped at row {1} after {2} blank rows.</source>
        <translation>Hoja «{0}»: la lectura se detuvo en la fila {1} tras {2} filas vacías.</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: the column &apos;{1}&apos; appears twice; the first one was used.</source>
        <translation>Hoja «{0}»: la columna «{1}» aparece dos veces; se usó la primera.</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: the column &apos;{1}&apos; is not one this import reads; it was ignored.</source>
        <translation>Hoja «{0}»: esta importación no lee la columna «{1}»; se ignoró.</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: {1} rows hold nothing in the imported columns (the first is row {2}); they were skipped.</source>
        <translation>Hoja «{0}»: {1} filas no contienen nada en las columnas importadas (la primera es la fila {2}); se omitieron.</translation>
    </message>
    <message>
        <source>Sheet ignored</source>
        <translation>Hoja ignorada</translation>
    </message>
    <message>
        <source>The database refused these values ({0}).</source>
        <translation>La base de datos rechazó estos valores ({0}).</translation>
    </message>
    <message>
        <source>Sheet &apos;{0}&apos;: the column &apos;{1}&apos; holds partner comments, which are read only from a partner update workbook; it was ignored.</source>
        <translation>Hoja «{0}»: la columna «{1}» contiene comentarios del asociado, que solo se leen de un libro de actualización del asociado; se ignoró.</translation>
    </message>
    <message>
        <source>{0} has the hidden sheet of a partner update workbook, but it names no export: the sheet was changed, so the file cannot be held to what was sent. Export a new workbook for the partner.</source>
        <translation>{0} tiene la hoja oculta de un libro de actualización del asociado, pero no indica ninguna exportación: la hoja se modificó, por lo que el archivo no se puede cotejar con lo que se envió. Exporte un nuevo libro para el asociado.</translation>
    </message>
    <message>
        <source>{0} names the export {1}, which this database did not make (was it exported from another copy of the database?). It cannot be checked against what was sent, so it is not imported.</source>
        <translation>{0} indica la exportación {1}, que no hizo esta base de datos (¿se exportó desde otra copia de la base de datos?). No se puede cotejar con lo que se envió, por lo que no se importa.</translation>
    </message>
    <message>
        <source>{0} names the export {1}, but not the partner that export was made for: its hidden sheet was changed, so it is not imported. Export a new workbook for the partner.</source>
        <translation>{0} indica la exportación {1}, pero no el asociado para el que se hizo esa exportación: su hoja oculta se modificó, por lo que no se importa. Exporte un nuevo libro para el asociado.</translation>
    </message>
    <message>
        <source>{0} {1} is not one of the records this workbook was sent with; a partner update workbook changes only its own partner&apos;s records, so this row is not imported.</source>
        <translation>{0} {1} no es uno de los registros con los que se envió este libro; un libro de actualización del asociado solo modifica los registros de su propio asociado, por lo que esta fila no se importa.</translation>
    </message>
    <message>
        <source>{0} is a workbook whose parts are laid out in a way this application does not read. Open it in your spreadsheet program and save it again as an Excel Workbook (.xlsx).</source>
        <translation>{0} es un libro cuyas partes están organizadas de una forma que esta aplicación no lee. Ábralo en su programa de hojas de cálculo y vuelva a guardarlo como Libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{0} is a PDF, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} es un PDF, no una hoja de cálculo (use .xlsx, .ods o .csv UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a {1} image, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} es una imagen {1}, no una hoja de cálculo (use .xlsx, .ods o .csv UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a {1} archive, not a spreadsheet. Extract the workbook from it and import that file.</source>
        <translation>{0} es un archivo comprimido {1}, no una hoja de cálculo. Extraiga de él el libro e importe ese archivo.</translation>
    </message>
    <message>
        <source>{0} is a Word document, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} es un documento de Word, no una hoja de cálculo (use .xlsx, .ods o .csv UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a PowerPoint presentation, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} es una presentación de PowerPoint, no una hoja de cálculo (use .xlsx, .ods o .csv UTF-8).</translation>
    </message>
    <message>
        <source>{0} is an OpenDocument text, drawing or presentation, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} es un texto, un dibujo o una presentación OpenDocument, no una hoja de cálculo (use .xlsx, .ods o .csv UTF-8).</translation>
    </message>
    <message>
        <source>{0} is an old Microsoft Office file that holds no workbook (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} es un archivo antiguo de Microsoft Office que no contiene ningún libro (use .xlsx, .ods o .csv UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a ZIP archive without a workbook (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} es un archivo ZIP que no contiene ningún libro (use .xlsx, .ods o .csv UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a ZIP archive holding {1}: extract that file and import it.</source>
        <translation>{0} es un archivo ZIP que contiene {1}: extraiga ese archivo e impórtelo.</translation>
    </message>
    <message>
        <source>{0} is a web page (HTML), not a spreadsheet. If a website gave it as a spreadsheet, open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>{0} es una página web (HTML), no una hoja de cálculo. Si un sitio web lo ofreció como hoja de cálculo, ábralo en su programa de hojas de cálculo y guárdelo como Libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{0} is an Excel 2003 XML spreadsheet. Open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>{0} es una hoja de cálculo XML de Excel 2003. Ábrala en su programa de hojas de cálculo y guárdela como Libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{0} is an XML file, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} es un archivo XML, no una hoja de cálculo (use .xlsx, .ods o .csv UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a JSON file, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} es un archivo JSON, no una hoja de cálculo (use .xlsx, .ods o .csv UTF-8).</translation>
    </message>
    <message>
        <source>{0} is a Rich Text (RTF) document, not a spreadsheet (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} es un documento de texto enriquecido (RTF), no una hoja de cálculo (use .xlsx, .ods o .csv UTF-8).</translation>
    </message>
    <message>
        <source>{0} is UTF-16 text (Unicode Text). Save it as &apos;CSV UTF-8 (Comma delimited)&apos; and try again.</source>
        <translation>{0} es texto UTF-16 (texto Unicode). Guárdelo como «CSV UTF-8 (delimitado por comas)» y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{0} is a text file, not an Excel workbook; if it is a CSV export, name it .csv.</source>
        <translation>{0} es un archivo de texto, no un libro de Excel; si es una exportación CSV, asígnele la extensión .csv.</translation>
    </message>
    <message>
        <source>{0} is a text file, not an OpenDocument spreadsheet; if it is a CSV export, name it .csv.</source>
        <translation>{0} es un archivo de texto, no una hoja de cálculo OpenDocument; si es una exportación CSV, asígnele la extensión .csv.</translation>
    </message>
    <message>
        <source>{0} is a text file, not a spreadsheet; if it is a CSV export, name it .csv.</source>
        <translation>{0} es un archivo de texto, no una hoja de cálculo; si es una exportación CSV, asígnele la extensión .csv.</translation>
    </message>
    <message>
        <source>The rows could not be tried against the database ({0}); they are checked again when applied.</source>
        <translation>No se pudieron probar las filas con la base de datos ({0}); se comprobarán de nuevo al aplicarlas.</translation>
    </message>
    <message>
        <source>The workbook contains macros; they were not run.</source>
        <translation>El libro contiene macros; no se ejecutaron.</translation>
    </message>
    <message>
        <source>The workbook was exported from another database schema version ({0}; this database is at {1}); its columns are read by name as usual.</source>
        <translation>El libro se exportó desde otra versión del esquema de base de datos ({0}; esta base de datos está en la {1}); sus columnas se leen por nombre, como de costumbre.</translation>
    </message>
    <message>
        <source>There is no file at {0}.</source>
        <translation>No hay ningún archivo en {0}.</translation>
    </message>
    <message>
        <source>This ID is also on row {0}; each record may appear once.</source>
        <translation>Este ID también figura en la fila {0}; cada registro solo puede aparecer una vez.</translation>
    </message>
    <message>
        <source>This contact belongs to another partner.</source>
        <translation>Este contacto pertenece a otro asociado.</translation>
    </message>
    <message>
        <source>This file carries no export record: changes are compared with the database as it is now, so edits made meanwhile cannot be told apart.</source>
        <translation>Este archivo no lleva registro de exportación: los cambios se comparan con la base de datos tal como está ahora, por lo que no se pueden distinguir las modificaciones hechas entretanto.</translation>
    </message>
    <message>
        <source>This file was already imported (batch {0}).</source>
        <translation>Este archivo ya se importó (lote {0}).</translation>
    </message>
    <message>
        <source>This record changed in the database while the file was read; preview the file again.</source>
        <translation>Este registro cambió en la base de datos mientras se leía el archivo; vuelva a obtener la vista previa del archivo.</translation>
    </message>
    <message>
        <source>This row has no Deliverable ID; new deliverables cannot be added from a workbook.</source>
        <translation>Esta fila no tiene ID de entregable (Deliverable ID); no se pueden añadir entregables nuevos desde un libro.</translation>
    </message>
    <message>
        <source>Unknown column</source>
        <translation>Columna desconocida</translation>
    </message>
    <message>
        <source>Unknown record</source>
        <translation>Registro desconocido</translation>
    </message>
    <message>
        <source>Unreadable value</source>
        <translation>Valor ilegible</translation>
    </message>
    <message>
        <source>Value refused</source>
        <translation>Valor rechazado</translation>
    </message>
    <message>
        <source>You do not have permission to read {0}.</source>
        <translation>No tiene permiso para leer {0}.</translation>
    </message>
    <message>
        <source>a new contact needs a name</source>
        <translation>un contacto nuevo necesita un nombre</translation>
    </message>
    <message>
        <source>a reference to text number {0}, which the file does not hold</source>
        <translation>una referencia al texto número {0}, que el archivo no contiene</translation>
    </message>
    <message>
        <source>cannot be left empty</source>
        <translation>no puede quedar vacío</translation>
    </message>
    <message>
        <source>holds a formula whose result was never calculated; open the file in Excel or LibreOffice and save it again, or type the value</source>
        <translation>contiene una fórmula cuyo resultado nunca se calculó; abra el archivo en Excel o LibreOffice y vuelva a guardarlo, o escriba el valor</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>no es una fecha</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100</source>
        <translation>debe ser un porcentaje de 0 a 100</translation>
    </message>
    <message>
        <source>{0} changed since the preview; preview it again.</source>
        <translation>{0} cambió desde la vista previa; vuelva a obtener la vista previa.</translation>
    </message>
    <message>
        <source>{0} characters, more than the {1} a spreadsheet cell can hold</source>
        <translation>{0} caracteres, más de los {1} que puede contener una celda de hoja de cálculo</translation>
    </message>
    <message>
        <source>{0} contains XML entity declarations, which workbooks never need; it is refused as unsafe.</source>
        <translation>{0} contiene declaraciones de entidades XML, que los libros nunca necesitan; se rechaza por no ser seguro.</translation>
    </message>
    <message>
        <source>{0} contains a part compressed {1} times, far beyond any real workbook; it is refused as a possible zip bomb.</source>
        <translation>{0} contiene una parte comprimida {1} veces, muy por encima de cualquier libro real; se rechaza por ser una posible bomba zip.</translation>
    </message>
    <message>
        <source>{0} has too many parts ({1}) to be a normal workbook.</source>
        <translation>{0} tiene demasiadas partes ({1}) para ser un libro normal.</translation>
    </message>
    <message>
        <source>{0} is a folder, not a spreadsheet.</source>
        <translation>{0} es una carpeta, no una hoja de cálculo.</translation>
    </message>
    <message>
        <source>{0} is an Excel Binary Workbook (.xlsb). Open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>{0} es un libro binario de Excel (.xlsb). Ábralo en su programa de hojas de cálculo y guárdelo como Libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{0} is damaged and cannot be read (malformed or unsafe XML: {1}).</source>
        <translation>{0} está dañado y no se puede leer (XML mal formado o no seguro: {1}).</translation>
    </message>
    <message>
        <source>{0} is damaged and cannot be read ({1}). Open it in your spreadsheet program and save it again.</source>
        <translation>{0} está dañado y no se puede leer ({1}). Ábralo en su programa de hojas de cálculo y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>{0} is damaged or incomplete (it is not a readable workbook). Ask for the file again, or open and re-save it.</source>
        <translation>{0} está dañado o incompleto (no es un libro legible). Pida de nuevo el archivo, o ábralo y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>{0} is damaged or incomplete (part {1} cannot be read).</source>
        <translation>{0} está dañado o incompleto (no se puede leer la parte {1}).</translation>
    </message>
    <message>
        <source>{0} is damaged: its sheet data is missing.</source>
        <translation>{0} está dañado: faltan los datos de sus hojas.</translation>
    </message>
    <message>
        <source>{0} is empty.</source>
        <translation>{0} está vacío.</translation>
    </message>
    <message>
        <source>{0} is in the old Excel 97–2003 (.xls) format. Open it in your spreadsheet program and save it as an Excel Workbook (.xlsx).</source>
        <translation>{0} está en el antiguo formato Excel 97–2003 (.xls). Ábralo en su programa de hojas de cálculo y guárdelo como Libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{0} is not UTF-8 text. Save it as &apos;CSV UTF-8 (Comma delimited)&apos; and try again.</source>
        <translation>{0} no es texto UTF-8. Guárdelo como «CSV UTF-8 (delimitado por comas)» y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{0} is not a date</source>
        <translation>{0} no es una fecha</translation>
    </message>
    <message>
        <source>{0} is not a percentage from 0 to 100</source>
        <translation>{0} no es un porcentaje de 0 a 100</translation>
    </message>
    <message>
        <source>{0} is not a spreadsheet this application reads (use .xlsx, .ods or UTF-8 .csv).</source>
        <translation>{0} no es una hoja de cálculo que esta aplicación pueda leer (use .xlsx, .ods o .csv UTF-8).</translation>
    </message>
    <message>
        <source>{0} is not a well-formed CSV file ({1}).</source>
        <translation>{0} no es un archivo CSV bien formado ({1}).</translation>
    </message>
    <message>
        <source>{0} is protected with a password (encrypted), so it cannot be read. Open it, remove the password (File → Info → Protect Workbook → Encrypt with Password) and save it again.</source>
        <translation>{0} está protegido con contraseña (cifrado), por lo que no se puede leer. Ábralo, quite la contraseña (Archivo → Información → Proteger libro → Cifrar con contraseña) y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>{0} is protected with a password (encrypted), so it cannot be read. Remove the password and save it again.</source>
        <translation>{0} está protegido con contraseña (cifrado), por lo que no se puede leer. Quite la contraseña y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>{0} is too large or too deeply nested to read.</source>
        <translation>{0} es demasiado grande o está anidado a demasiada profundidad para leerlo.</translation>
    </message>
    <message>
        <source>{0} is {1} MB; files over {2} MB are not imported. Split it into smaller files.</source>
        <translation>{0} ocupa {1} MB; los archivos de más de {2} MB no se importan. Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>{0} rows have conflicts still to resolve (keep the database value or take the partner&apos;s); nothing was written.</source>
        <translation>{0} filas tienen conflictos aún por resolver (conservar el valor de la base de datos o tomar el del asociado); no se escribió nada.</translation>
    </message>
    <message>
        <source>{0} rows have errors. Correct the file, or choose to skip those rows; nothing was written.</source>
        <translation>{0} filas tienen errores. Corrija el archivo o elija omitir esas filas; no se escribió nada.</translation>
    </message>
    <message>
        <source>{0} would expand to {1} MB when opened, over the limit of {2} MB; it is refused as a possible zip bomb.</source>
        <translation>{0} ocuparía {1} MB al abrirse, por encima del límite de {2} MB; se rechaza por ser una posible bomba zip.</translation>
    </message>
    <message>
        <source>{0}: changed in the database since the export, and in the file; choose which value to keep.</source>
        <translation>{0}: modificado en la base de datos después de la exportación y en el archivo; elija qué valor conservar.</translation>
    </message>
    <message>
        <source>{0}: sheet &apos;{1}&apos; has more than {2} rows, the most one import takes. Split the file.</source>
        <translation>{0}: la hoja «{1}» tiene más de {2} filas, el máximo que admite una importación. Divida el archivo.</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryPage</name>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Errors skipped</source>
        <translation>Errores omitidos</translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation>Revertido</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Re&amp;vert…</source>
        <translation>Re&amp;vertir…</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} por {1}</translation>
    </message>
    <message>
        <source>Revert import</source>
        <translation>Revertir la importación</translation>
    </message>
    <message>
        <source>Restore the values that import batch {0} ({1}) replaced?</source>
        <translation>¿Restaurar los valores que sustituyó el lote de importación {0} ({1})?</translation>
    </message>
    <message>
        <source>Reverting import batch {0}…</source>
        <translation>Revirtiendo el lote de importación {0}…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import {0}</source>
        <translation>Importar {0}</translation>
    </message>
    <message>
        <source>{0} new, {1} updated, {2} unchanged, {3} conflicts, {4} errors. Nothing is written until you apply.</source>
        <translation>{0} nuevos, {1} actualizados, {2} sin cambios, {3} conflictos, {4} errores. No se escribe nada hasta que aplique.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Rows with changes, conflicts or errors</source>
        <translation>Filas con cambios, conflictos o errores</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Keep all database values</source>
        <translation>Conservar todos los valores de la base de datos</translation>
    </message>
    <message>
        <source>Take all file values</source>
        <translation>Tomar todos los valores del archivo</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Al exportar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Elección</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>update</source>
        <translation>actualización</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Skip the rows with errors</source>
        <translation>Omitir las filas con errores</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Keep database value</source>
        <translation>Conservar el valor de la base de datos</translation>
    </message>
    <message>
        <source>Take file value</source>
        <translation>Tomar el valor del archivo</translation>
    </message>
    <message>
        <source>Rows with errors: correct the file, or skip them.</source>
        <translation>Hay filas con errores: corrija el archivo u omítalas.</translation>
    </message>
    <message>
        <source>Choose a value for every conflict.</source>
        <translation>Elija un valor para cada conflicto.</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Importando {0}…</translation>
    </message>
    <message>
        <source>Error ({0}): {1}</source>
        <translation>Error ({0}): {1}</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Warning ({0}): {1}</source>
        <translation>Advertencia ({0}): {1}</translation>
    </message>
</context>
<context>
    <name>IntWidget</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Export this list</source>
        <translation>Exportar esta lista</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>{0} could not be written: {1}.</source>
        <translation>No se pudo escribir {0}: {1}.</translation>
    </message>
    <message>
        <source>%n row(s) written to {0}.</source>
        <translation>Filas escritas en {0}: %n.</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Escribiendo {0}…</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Filter {0}…</source>
        <translation>Filtrar {0}…</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Filtro de texto</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Add a new record (Ctrl+N)</source>
        <translation>Añadir un registro (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Eliminar el registro seleccionado</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>D&amp;ocumentos</translation>
    </message>
    <message>
        <source>&amp;Focal points</source>
        <translation>&amp;Personas de contacto</translation>
    </message>
    <message>
        <source>&amp;Updates</source>
        <translation>Ac&amp;tualizaciones</translation>
    </message>
    <message>
        <source>&amp;Related</source>
        <translation>Re&amp;lacionados</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Solo atrasados</translation>
    </message>
    <message>
        <source>{0} from</source>
        <translation>{0} desde</translation>
    </message>
    <message>
        <source>{0} until</source>
        <translation>{0} hasta</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Any {0}</source>
        <translation>Todos ({0})</translation>
    </message>
    <message>
        <source>Filter by {0}</source>
        <translation>Filtrar por {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>E&amp;xport selection…</source>
        <translation>E&amp;xportar la selección…</translation>
    </message>
    <message>
        <source>Delete the {0} &apos;{1}&apos;? This cannot be undone.</source>
        <translation>¿Eliminar el registro «{1}» ({0})? No se podrá deshacer.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>No se puede eliminar</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{0}&apos; cannot be deleted because other records still refer to it: {1}. Remove or reassign those first.</source>
        <translation>«{0}» no se puede eliminar porque otros registros aún remiten a él: {1}. Elimínelos o reasígnelos primero.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>Abriendo {0}…</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Abriendo la base de datos</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Base de datos: {0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Hacer &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>Cancelling… nothing of it will be kept.</source>
        <translation>Cancelando… no se conservará nada.</translation>
    </message>
    <message>
        <source>Opening the database… the list can be changed in a moment.</source>
        <translation>Abriendo la base de datos… la lista podrá modificarse en un momento.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: no se escribió nada.</translation>
    </message>
    <message>
        <source>Save or revert the changes not saved yet before undoing saved ones.</source>
        <translation>Guarde o revierta los cambios aún no guardados antes de deshacer los guardados.</translation>
    </message>
    <message>
        <source>N&amp;ew record</source>
        <translation>N&amp;uevo registro</translation>
    </message>
    <message>
        <source>&amp;Team server…</source>
        <translation>Servidor co&amp;mpartido…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
        <source>Sync con&amp;flicts…</source>
        <translation>Con&amp;flictos de sincronización…</translation>
    </message>
    <message>
        <source>E&amp;xport donor report as PDF…</source>
        <translation>E&amp;xportar informe para el donante en PDF…</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>Exportar cal&amp;endario…</translation>
    </message>
    <message>
        <source>Export this &amp;list…</source>
        <translation>Exportar esta lis&amp;ta…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Your &amp;name in the history…</source>
        <translation>Su &amp;nombre en el historial…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;{0} {1}</source>
        <comment>Go menu: the section&apos;s number (its mnemonic), its name</comment>
        <translation>&amp;{0} {1}</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>&amp;Acerca de {0}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Name recorded in the history of your changes:</source>
        <translation>Nombre que se registra en el historial de sus cambios:</translation>
    </message>
    <message>
        <source>Changes are recorded under “{0}” from now on.</source>
        <translation>A partir de ahora, los cambios se registran a nombre de «{0}».</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd)</source>
        <translation>Bases de datos de UNCCD Partnerships (*.unccd)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd);;All files (*)</source>
        <translation>Bases de datos de UNCCD Partnerships (*.unccd);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Back up a server database with the server&apos;s own tools.</source>
        <translation>Haga la copia de seguridad de una base de datos de servidor con las herramientas del propio servidor.</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Copia de seguridad en</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Haciendo la copia de seguridad de la base de datos…</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>Copia de seguridad guardada en {0}</translation>
    </message>
    <message>
        <source>Export &amp;donor report…</source>
        <translation>Exportar informe para el &amp;donante…</translation>
    </message>
    <message>
        <source>Export &amp;partner update workbook…</source>
        <translation>Exportar libro de actualización del as&amp;ociado…</translation>
    </message>
    <message>
        <source>Import &amp;workbook…</source>
        <translation>Importar &amp;libro…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge into another partner</source>
        <translation>Fusionar con otro asociado</translation>
    </message>
    <message>
        <source>Name or acronym of the partner to keep</source>
        <translation>Nombre o sigla del asociado que se conserva</translation>
    </message>
    <message>
        <source>Partner to keep</source>
        <translation>Asociado que se conserva</translation>
    </message>
    <message>
        <source>Merge “{0}” &amp;into:</source>
        <translation>Fusionar «{0}» &amp;en:</translation>
    </message>
    <message>
        <source>The partner chosen is kept. What refers to “{0}” will refer to it, and “{0}” will be deleted; its history stays with the partner kept.</source>
        <translation>Se conserva el asociado elegido. Lo que remite a «{0}» pasará a remitir a él, y «{0}» se eliminará; su historial queda con el asociado conservado.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
</context>
<context>
    <name>OpenFailedBox</name>
    <message>
        <source>Open another file…</source>
        <translation>Abrir otro archivo…</translation>
    </message>
    <message>
        <source>The latest backup is {0}. Restoring it keeps the current file beside it.</source>
        <translation>La copia de seguridad más reciente es {0}. Al restaurarla, el archivo actual se conserva a su lado.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurar la copia de seguridad más reciente</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>PartnerMergeActions</name>
    <message>
        <source>&amp;Merge into another partner…</source>
        <translation>&amp;Fusionar con otro asociado…</translation>
    </message>
    <message>
        <source>Fold this partner into another record of the same organisation</source>
        <translation>Integrar este asociado en otro registro de la misma organización</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
    <message>
        <source>Merge partners</source>
        <translation>Fusionar asociados</translation>
    </message>
    <message>
        <source>Fields of “{0}” left empty take the values of “{1}”, whose name stays among the other names of “{0}”. A merge cannot be undone.</source>
        <translation>Los campos vacíos de «{0}» toman los valores de «{1}», cuyo nombre queda entre los otros nombres de «{0}». Una fusión no se puede deshacer.</translation>
    </message>
    <message>
        <source>“{0}” was merged into this partner.</source>
        <translation>«{0}» se fusionó con este asociado.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>No se fusionó</translation>
    </message>
    <message numerus="yes">
        <source>%n focal point(s)</source>
        <translation>
            <numerusform>%n persona de contacto</numerusform>
            <numerusform>%n personas de contacto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n acuerdo</numerusform>
            <numerusform>%n acuerdos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n proyecto</numerusform>
            <numerusform>%n proyectos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initiative(s) as donor</source>
        <translation>
            <numerusform>%n iniciativa como donante</numerusform>
            <numerusform>%n iniciativas como donante</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliverable(s)</source>
        <translation>
            <numerusform>%n entregable</numerusform>
            <numerusform>%n entregables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner update(s)</source>
        <translation>
            <numerusform>%n actualización del asociado</numerusform>
            <numerusform>%n actualizaciones del asociado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update workbook(s) sent</source>
        <translation>
            <numerusform>%n libro de actualización enviado</numerusform>
            <numerusform>%n libros de actualización enviados</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing refers to “{0}”. It will be deleted; its history stays with “{1}”.</source>
        <translation>Nada remite a «{0}». Se eliminará; su historial queda con «{1}».</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} y {1}</translation>
    </message>
    <message>
        <source>{0} will move from “{1}” to “{2}”. “{1}” will be deleted; its history stays with “{2}”.</source>
        <translation>Pasarán de «{1}» a «{2}»: {0}. «{1}» se eliminará; su historial queda con «{2}».</translation>
    </message>
</context>
<context>
    <name>PartnerUpdatesPanel</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Fecha de presentación</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>a label, then its value</comment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Updates reported by the partner</source>
        <translation>Actualizaciones comunicadas por el asociado</translation>
    </message>
    <message>
        <source>batch {0}</source>
        <translation>lote {0}</translation>
    </message>
    <message>
        <source>What the partner reported in the update workbooks they sent back. Their comments are their own; the deliverable&apos;s notes are never sent to them.</source>
        <translation>Lo que el asociado comunicó en los libros de actualización que devolvió. Sus comentarios son suyos; las notas del entregable nunca se le envían.</translation>
    </message>
    <message>
        <source>No updates from the partner yet.</source>
        <translation>Aún no hay actualizaciones del asociado.</translation>
    </message>
</context>
<context>
    <name>PartnerWorkbookDialog</name>
    <message>
        <source>Export partner update workbook</source>
        <translation>Exportar el libro de actualización del asociado</translation>
    </message>
    <message>
        <source>(choose a partner)</source>
        <translation>(elija un asociado)</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Asociado:</translation>
    </message>
    <message>
        <source>Choose the partner whose workbook to export.</source>
        <translation>Elija el asociado cuyo libro desea exportar.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Your user name on this computer</source>
        <translation>Su nombre de usuario en este equipo</translation>
    </message>
    <message>
        <source>Show what needs attention at start-up</source>
        <translation>Mostrar al inicio los asuntos que requieren atención</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>S&amp;ync with the team server automatically, every</source>
        <translation>S&amp;incronizar automáticamente cada</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation>Minutos entre sincronizaciones automáticas</translation>
    </message>
    <message>
        <source>Your name in the history:</source>
        <translation>Su nombre en el historial:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Remind me of agreements expiring within:</source>
        <translation>Avisarme de los acuerdos que vencen en:</translation>
    </message>
    <message>
        <source>Remind me of deliverables due within:</source>
        <translation>Avisarme de los entregables que vencen en:</translation>
    </message>
    <message>
        <source>Folder for new databases:</source>
        <translation>Carpeta de las nuevas bases de datos:</translation>
    </message>
    <message>
        <source>Team server:</source>
        <translation>Servidor compartido:</translation>
    </message>
    <message>
        <source>An agreement with a longer renewal notice is listed from the start of its notice.</source>
        <translation>Un acuerdo con un preaviso de renovación más largo figura desde el comienzo de su preaviso.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Folder for new databases</source>
        <translation>Carpeta de las nuevas bases de datos</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print preview: {0}</source>
        <translation>Vista previa de impresión: {0}</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Leyendo {0}…</translation>
    </message>
    <message>
        <source>Export donor report as PDF</source>
        <translation>Exportar el informe para el donante en PDF</translation>
    </message>
    <message>
        <source>(choose a donor)</source>
        <translation>(elija un donante)</translation>
    </message>
    <message>
        <source>Donor:</source>
        <translation>Donante:</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar el PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Escribiendo el PDF…</translation>
    </message>
    <message>
        <source>Choose the donor whose report to export.</source>
        <translation>Elija el donante cuyo informe desea exportar.</translation>
    </message>
    <message>
        <source>%n page(s)</source>
        <translation>páginas: %n</translation>
    </message>
    <message>
        <source>Donor report exported</source>
        <translation>Informe para el donante exportado</translation>
    </message>
    <message>
        <source>The PDF ({0}) was saved as {1}.</source>
        <translation>El PDF ({0}) se guardó como {1}.</translation>
    </message>
    <message>
        <source>{0} — printed {1}</source>
        <translation>{0} — impreso el {1}</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Página {0} de {1}</translation>
    </message>
    <message>
        <source>Dashboard: {0}</source>
        <translation>Panel: {0}</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Base de datos: {0}</translation>
    </message>
    <message>
        <source>Text: “{0}”</source>
        <translation>Texto: «{0}»</translation>
    </message>
    <message>
        <source>Filters: {0}</source>
        <translation>Filtros: {0}</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>No hay registros.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete this record, after asking</source>
        <translation>Eliminar este registro, previa confirmación</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save and close (Enter, Ctrl+S)</source>
        <translation>Guardar y cerrar (Intro, Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without saving (Escape)</source>
        <translation>Cerrar sin guardar (Esc)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Close without saving the changes to {0}?</source>
        <translation>¿Cerrar sin guardar los cambios en {0}?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the {0} &apos;{1}&apos;? This cannot be undone.</source>
        <translation>¿Eliminar el registro «{1}» ({0})? No se podrá deshacer.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>No se puede eliminar</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Guardar los cambios (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>Discard the changes not saved yet</source>
        <translation>Descartar los cambios no guardados</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Editor status</source>
        <translation>Estado del editor</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Problem with {0}</source>
        <translation>Problema con {0}</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Cambios aún no guardados.</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>Nuevo registro: {0}</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (copia)</translation>
    </message>
    <message>
        <source>add {0} &apos;{1}&apos;</source>
        <translation>añadir {0} «{1}»</translation>
    </message>
    <message>
        <source>edit {0} of &apos;{1}&apos;</source>
        <translation>editar {0} de «{1}»</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Not saved: a date is not complete or not valid.</source>
        <translation>No guardado: una fecha está incompleta o no es válida.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>This record was changed by {0} while you were editing. Their changes are in the form (marked); your unsaved changes are kept.</source>
        <translation>Este registro fue modificado por {0} mientras usted lo editaba. Los cambios de la otra parte están en el formulario (marcados); se conservan sus cambios no guardados.</translation>
    </message>
    <message>
        <source>This record was deleted by {0}. Your changes are still shown: copy what you need.</source>
        <translation>Este registro fue eliminado por {0}. Sus cambios siguen a la vista: copie lo que necesite.</translation>
    </message>
    <message>
        <source>The record was deleted by {0}.</source>
        <translation>El registro fue eliminado por {0}.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>a field&apos;s label, then what is wrong with it</comment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Updated by {0}; showing the current version.</source>
        <translation>Actualizado por {0}; se muestra la versión actual.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>your import (batch {0})</source>
        <translation>su importación (lote {0})</translation>
    </message>
    <message>
        <source>your revert of import batch {0}</source>
        <translation>su reversión del lote de importación {0}</translation>
    </message>
    <message>
        <source>Changed to “{0}” by {1}. Keep your value or take theirs?</source>
        <translation>Cambiado a «{0}» por {1}. ¿Conservar su valor o tomar el otro?</translation>
    </message>
    <message>
        <source>you, in another window</source>
        <translation>usted, en otra ventana</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Changed by {0}.</source>
        <translation>Modificado por {0}.</translation>
    </message>
    <message>
        <source>Choose, for each marked field, your value or theirs before saving: {0}.</source>
        <translation>Antes de guardar, elija para cada campo marcado su valor o el otro: {0}.</translation>
    </message>
    <message>
        <source>Your value is kept.</source>
        <translation>Se conserva su valor.</translation>
    </message>
    <message>
        <source>Their value is taken.</source>
        <translation>Se toma el otro valor.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix.</source>
        <translation>
            <numerusform>No guardado: hay %n problema que corregir.</numerusform>
            <numerusform>No guardado: hay %n problemas que corregir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to {0}?</source>
        <translation>¿Guardar los cambios en {0}?</translation>
    </message>
    <message>
        <source>the new record</source>
        <translation>el nuevo registro</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Overdue: the due date has passed and it is not delivered yet</source>
        <translation>Atrasado: la fecha de vencimiento ya pasó y aún no se ha entregado</translation>
    </message>
</context>
<context>
    <name>RefWidget</name>
    <message>
        <source>Open this record</source>
        <translation>Abrir este registro</translation>
    </message>
    <message>
        <source>Open the linked record</source>
        <translation>Abrir el registro vinculado</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Entregables</translation>
    </message>
    <message>
        <source>Focal points</source>
        <translation>Personas de contacto</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Amends or renews</source>
        <translation>Modifica o renueva</translation>
    </message>
    <message>
        <source>Amended or renewed by</source>
        <translation>Modificado o renovado por</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Related records</source>
        <translation>Registros relacionados</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the record.</source>
        <translation>Intro o un doble clic abre el registro.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>RowsWidget</name>
    <message>
        <source>Tab walks the cells of the current row, then leaves the table; {0} / {1} go to the row above / below.</source>
        <translation>Tab recorre las celdas de la fila actual y luego sale de la tabla; {0} / {1} llevan a la fila anterior / siguiente.</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Añadir &amp;fila</translation>
    </message>
    <message>
        <source>Add a row below the current one ({0})</source>
        <translation>Añadir una fila debajo de la actual ({0})</translation>
    </message>
    <message>
        <source>De&amp;lete row</source>
        <translation>&amp;Quitar fila</translation>
    </message>
    <message>
        <source>Delete the current row ({0})</source>
        <translation>Quitar la fila actual ({0})</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move the current row up ({0})</source>
        <translation>Subir la fila actual ({0})</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move the current row down ({0})</source>
        <translation>Bajar la fila actual ({0})</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search partners, acronyms, contacts, agreements, projects, deliverables…</source>
        <translation>Buscar asociados, siglas, contactos, acuerdos, proyectos, entregables…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Type at least two letters. Enter opens, Esc closes.</source>
        <translation>Escriba al menos dos letras. Intro abre, Esc cierra.</translation>
    </message>
    <message>
        <source>Enter opens the selected record.</source>
        <translation>Intro abre el registro seleccionado.</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>No se encontró nada para «{0}».</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>Escriba para buscar…</translation>
    </message>
    <message>
        <source>Show all (Down arrow)</source>
        <translation>Mostrar todo (flecha abajo)</translation>
    </message>
    <message>
        <source>No entry matches “{0}”</source>
        <translation>Ninguna entrada coincide con «{0}»</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>No hay entradas</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>&apos;{0}&apos; is not a known country code</source>
        <translation>«{0}» no es un código de país conocido</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a valid database address.</source>
        <translation>«{0}» no es una dirección de base de datos válida.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an ISO 4217 currency code</source>
        <translation>«{0}» no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not in the reference list</source>
        <translation>«{0}» no figura en la lista de referencia</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not one of: {1}</source>
        <translation>«{0}» no es uno de estos valores: {1}</translation>
    </message>
    <message>
        <source>No database driver for {0}: {1}.</source>
        <translation>No hay controlador de base de datos para {0}: {1}.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed: install unccd-desktop[postgresql] to use a server.</source>
        <translation>El controlador de PostgreSQL no está instalado: instale unccd-desktop[postgresql] para usar un servidor.</translation>
    </message>
    <message>
        <source>The backup could not be made: {0}.</source>
        <translation>No se pudo hacer la copia de seguridad: {0}.</translation>
    </message>
    <message>
        <source>The backup could not be restored to {0}: {1}.</source>
        <translation>No se pudo restaurar la copia de seguridad en {0}: {1}.</translation>
    </message>
    <message>
        <source>The backup could not be written to {0}: the disk is full or failed ({1}). Free some space or choose another place, then try again.</source>
        <translation>No se pudo escribir la copia de seguridad en {0}: el disco está lleno o ha fallado ({1}). Libere espacio o elija otro lugar y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The backup could not be written to {0}: {1}.</source>
        <translation>No se pudo escribir la copia de seguridad en {0}: {1}.</translation>
    </message>
    <message>
        <source>The backup file must not be the database itself.</source>
        <translation>El archivo de copia de seguridad no debe ser la propia base de datos.</translation>
    </message>
    <message>
        <source>The backup of {0} came out empty.</source>
        <translation>La copia de seguridad de {0} quedó vacía.</translation>
    </message>
    <message>
        <source>The backup to restore must not be the database itself.</source>
        <translation>La copia de seguridad que se va a restaurar no debe ser la propia base de datos.</translation>
    </message>
    <message>
        <source>The database {0} cannot be opened: check that the file and its folder exist and that you may write there.</source>
        <translation>No se puede abrir la base de datos {0}: compruebe que el archivo y su carpeta existen y que puede escribir en ellos.</translation>
    </message>
    <message>
        <source>The database {0} cannot be used: {1}</source>
        <translation>No se puede usar la base de datos {0}: {1}</translation>
    </message>
    <message>
        <source>The database {0} is damaged and cannot be read. Open another file, or restore the latest backup (unccd-desktop db restore --db FILE).</source>
        <translation>La base de datos {0} está dañada y no se puede leer. Abra otro archivo o restaure la copia de seguridad más reciente (unccd-desktop db restore --db FILE).</translation>
    </message>
    <message>
        <source>The database {0} is empty (0 bytes): it was cut short or never written. Open another file, or restore the latest backup (unccd-desktop db restore --db FILE).</source>
        <translation>La base de datos {0} está vacía (0 bytes): se interrumpió su escritura o nunca se escribió. Abra otro archivo o restaure la copia de seguridad más reciente (unccd-desktop db restore --db FILE).</translation>
    </message>
    <message>
        <source>The database {0} is in use by another program (or another copy of UNCCD Partnerships) and stayed locked for {1} seconds. Nothing was changed; close the other program, then try again.</source>
        <translation>La base de datos {0} está en uso por otro programa (u otra copia de UNCCD Partnerships) y permaneció bloqueada durante {1} segundos. No se cambió nada; cierre el otro programa y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The database {0} is read-only. Copy it to a folder where you can write, or change its permissions, then open it again.</source>
        <translation>La base de datos {0} es de solo lectura. Cópiela en una carpeta donde pueda escribir o cambie sus permisos y vuelva a abrirla.</translation>
    </message>
    <message>
        <source>The disk holding {0} reported a read or write error (it may be full or removed). Nothing was saved; check the disk, then try again.</source>
        <translation>El disco que contiene {0} informó de un error de lectura o escritura (puede estar lleno o haberse retirado). No se guardó nada; revise el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The schema upgrade was stopped because it would leave {0} broken references (first in table {1}); the database was not changed.</source>
        <translation>Se detuvo la actualización del esquema porque dejaría {0} referencias rotas (la primera en la tabla {1}); la base de datos no se modificó.</translation>
    </message>
    <message>
        <source>There is no backup file at {0}.</source>
        <translation>No hay ningún archivo de copia de seguridad en {0}.</translation>
    </message>
    <message>
        <source>There is no database file at {0}.</source>
        <translation>No hay ningún archivo de base de datos en {0}.</translation>
    </message>
    <message>
        <source>There is no space left on the disk holding {0}. Nothing was saved; free some space, then try again.</source>
        <translation>No queda espacio en el disco que contiene {0}. No se guardó nada; libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This database was created by a newer version of UNCCD Partnerships (schema {0}). Install the latest version of the application to open it.</source>
        <translation>Esta base de datos se creó con una versión más reciente de UNCCD Partnerships (esquema {0}). Instale la última versión de la aplicación para abrirla.</translation>
    </message>
    <message>
        <source>You do not have permission to read {0}.</source>
        <translation>No tiene permiso para leer {0}.</translation>
    </message>
    <message>
        <source>Your account &apos;{0}&apos; may not read the team database {1}: ask its administrator to grant you a level (viewer, editor or admin).</source>
        <translation>Su cuenta «{0}» no tiene permiso para leer la base de datos compartida {1}: pida a su administrador que le conceda un nivel (viewer, editor o admin).</translation>
    </message>
    <message>
        <source>Your account &apos;{0}&apos; may not manage the accounts of the team server {1}: run this as the account that created the team database, or as a PostgreSQL superuser. Nothing was changed.</source>
        <translation>Su cuenta «{0}» no tiene permiso para administrar las cuentas del servidor compartido {1}: ejecute esto con la cuenta que creó la base de datos compartida o con un superusuario de PostgreSQL. No se cambió nada.</translation>
    </message>
    <message>
        <source>The team server {0} has no access levels yet: run unccd-desktop sync roles --server URL first.</source>
        <translation>El servidor compartido {0} aún no tiene niveles de acceso: ejecute primero unccd-desktop sync roles --server URL.</translation>
    </message>
    <message>
        <source>{0} is not a UNCCD Partnerships team database: create it first with unccd-desktop db init --db URL.</source>
        <translation>{0} no es una base de datos compartida de UNCCD Partnerships: créela primero con unccd-desktop db init --db URL.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an access level: use viewer, editor or admin.</source>
        <translation>«{0}» no es un nivel de acceso: use viewer, editor o admin.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; cannot be an officer&apos;s account: names starting with pg_ and the group roles unccd_viewer, unccd_editor and unccd_admin are reserved.</source>
        <translation>«{0}» no puede ser la cuenta de un funcionario: los nombres que empiezan por pg_ y los roles de grupo unccd_viewer, unccd_editor y unccd_admin están reservados.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password for {0} in. Keep it in a PostgreSQL password file (~/.pgpass) or service file (pg_service.conf) instead; UNCCD Partnerships does not store it anywhere else.</source>
        <translation>Este equipo no tiene un llavero donde guardar la contraseña de {0}. Guárdela en un archivo de contraseñas de PostgreSQL (~/.pgpass) o de servicios (pg_service.conf); UNCCD Partnerships no la almacena en ningún otro lugar.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring did not keep the password for {0} ({1}). Keep it in a PostgreSQL password file (~/.pgpass) or service file (pg_service.conf) instead; UNCCD Partnerships does not store it anywhere else.</source>
        <translation>El llavero de este equipo no guardó la contraseña de {0} ({1}). Guárdela en un archivo de contraseñas de PostgreSQL (~/.pgpass) o de servicios (pg_service.conf); UNCCD Partnerships no la almacena en ningún otro lugar.</translation>
    </message>
    <message>
        <source>a contact who has left cannot be the primary one</source>
        <translation>un contacto que ya no está en el cargo no puede ser el principal</translation>
    </message>
    <message>
        <source>a deliverable belongs to a project or an agreement</source>
        <translation>un entregable pertenece a un proyecto o a un acuerdo</translation>
    </message>
    <message>
        <source>agreement &apos;{0}&apos;</source>
        <translation>el acuerdo «{0}»</translation>
    </message>
    <message>
        <source>amendment or renewal &apos;{0}&apos;</source>
        <translation>la modificación o renovación «{0}»</translation>
    </message>
    <message>
        <source>row {0}, {1}: {2}</source>
        <translation>fila {0}, {1}: {2}</translation>
    </message>
    <message>
        <source>row {0}: no such record</source>
        <translation>fila {0}: el registro no existe</translation>
    </message>
    <message>
        <source>too long (at most {0} characters)</source>
        <translation>supera el máximo de {0} caracteres</translation>
    </message>
    <message>
        <source>{0} (amendment)</source>
        <translation>{0} (modificación)</translation>
    </message>
    <message>
        <source>{0} (renewal {1})</source>
        <translation>{0} (renovación {1})</translation>
    </message>
    <message>
        <source>{0} (renewal)</source>
        <translation>{0} (renovación)</translation>
    </message>
    <message>
        <source>Conflict {0} was already resolved.</source>
        <translation>El conflicto {0} ya se resolvió.</translation>
    </message>
    <message>
        <source>The file of document {0} ({1}) is on neither this laptop nor the server.</source>
        <translation>El archivo del documento {0} ({1}) no está ni en este equipo ni en el servidor.</translation>
    </message>
    <message>
        <source>The team server cannot be reached: {0} Nothing was exchanged.</source>
        <translation>No se puede conectar con el servidor compartido: {0} No se intercambió nada.</translation>
    </message>
    <message>
        <source>The team server is at schema {0} and this laptop at {1}: an administrator must upgrade the server first (unccd-desktop db upgrade --db SERVER). Nothing was exchanged.</source>
        <translation>El servidor compartido está en el esquema {0} y este equipo en el {1}: un administrador debe actualizar primero el servidor (unccd-desktop db upgrade --db SERVER). No se intercambió nada.</translation>
    </message>
    <message>
        <source>The team server is at schema {0} and this laptop at {1}: install the newer version of UNCCD Partnerships on this laptop, then sync again. Nothing was exchanged.</source>
        <translation>El servidor compartido está en el esquema {0} y este equipo en el {1}: instale la versión más reciente de UNCCD Partnerships en este equipo y vuelva a sincronizar. No se intercambió nada.</translation>
    </message>
    <message>
        <source>The team server {0} already holds records: publish only onto an empty server, or clone a laptop file from it instead.</source>
        <translation>El servidor compartido {0} ya contiene registros: publique solo en un servidor vacío o, en su lugar, clone un archivo local a partir de él.</translation>
    </message>
    <message>
        <source>There is no conflict number {0}.</source>
        <translation>No existe el conflicto número {0}.</translation>
    </message>
    <message>
        <source>The partner made here and the team server&apos;s are both named &apos;{0}&apos;: rename yours first, then keep it as another record.</source>
        <translation>El asociado creado aquí y el del servidor compartido se llaman ambos «{0}»: cambie primero el nombre del suyo y luego manténgalo como otro registro.</translation>
    </message>
    <message>
        <source>{0} is another team server than the one this laptop was made from: a laptop syncs only with its own server. Nothing was exchanged.</source>
        <translation>{0} es un servidor compartido distinto de aquel del que procede esta copia local: una copia local solo se sincroniza con su propio servidor. No se intercambió nada.</translation>
    </message>
    <message>
        <source>This database is already a laptop of the team server {0}.</source>
        <translation>Esta base de datos ya es una copia local del servidor compartido {0}.</translation>
    </message>
    <message>
        <source>This database is not connected to a team server: clone a laptop file from the server or publish this database to an empty server first.</source>
        <translation>Esta base de datos no está conectada a un servidor compartido: primero clone un archivo local a partir del servidor o publique esta base de datos en un servidor vacío.</translation>
    </message>
    <message>
        <source>Your account &apos;{0}&apos; on the team server may only read, and this laptop has {1} change(s) waiting: ask the server&apos;s administrator for editor rights. Nothing was exchanged.</source>
        <translation>Su cuenta «{0}» en el servidor compartido solo puede leer, y este equipo tiene cambios pendientes ({1}): pida al administrador del servidor derechos de editor (editor). No se intercambió nada.</translation>
    </message>
    <message>
        <source>{0} already exists: choose a new file name for the laptop copy.</source>
        <translation>{0} ya existe: elija un nombre de archivo nuevo para la copia local.</translation>
    </message>
    <message>
        <source>{0} change(s) made on this laptop have not reached the team server and {1} conflict(s) are open: sync first, or disconnect anyway and lose them for the team.</source>
        <translation>Hay cambios hechos en este equipo ({0}) que no han llegado al servidor compartido y conflictos pendientes ({1}): sincronice primero, o desconecte de todos modos y el equipo de trabajo los perderá.</translation>
    </message>
    <message>
        <source>{0} is not a team server database: an administrator makes one with unccd-desktop db init --db ADDRESS (PostgreSQL). Nothing was exchanged.</source>
        <translation>{0} no es una base de datos de servidor compartido: un administrador la crea con unccd-desktop db init --db ADDRESS (PostgreSQL). No se intercambió nada.</translation>
    </message>
    <message>
        <source>another partner already has this name</source>
        <translation>otro asociado ya tiene este nombre</translation>
    </message>
    <message>
        <source>another project already has this code</source>
        <translation>otro proyecto ya tiene este código</translation>
    </message>
    <message>
        <source>attach the file to one agreement or one deliverable</source>
        <translation>adjunte el archivo a un solo acuerdo o a un solo entregable</translation>
    </message>
    <message>
        <source>cannot be this agreement itself</source>
        <translation>no puede ser este mismo acuerdo</translation>
    </message>
    <message>
        <source>deliverable &apos;{0}&apos;</source>
        <translation>el entregable «{0}»</translation>
    </message>
    <message>
        <source>document &apos;{0}&apos;</source>
        <translation>el documento «{0}»</translation>
    </message>
    <message>
        <source>focal point &apos;{0}&apos;</source>
        <translation>la persona de contacto «{0}»</translation>
    </message>
    <message>
        <source>initiative &apos;{0}&apos; (donor)</source>
        <translation>la iniciativa «{0}» (donante)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be a web address starting with http:// or https://</source>
        <translation>debe ser una dirección web que empiece por http:// o https://</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be at least {0}</source>
        <translation>debe ser como mínimo {0}</translation>
    </message>
    <message>
        <source>must be at most {0}</source>
        <translation>debe ser como máximo {0}</translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation>debe completarse</translation>
    </message>
    <message>
        <source>must be filled in when a budget is given</source>
        <translation>debe completarse cuando se indica un presupuesto</translation>
    </message>
    <message>
        <source>must be on or after the actual start</source>
        <translation>debe ser igual o posterior al inicio real</translation>
    </message>
    <message>
        <source>must be on or after the effective date</source>
        <translation>debe ser igual o posterior a la fecha de entrada en vigor</translation>
    </message>
    <message>
        <source>must be on or after the planned start</source>
        <translation>debe ser igual o posterior al inicio previsto</translation>
    </message>
    <message>
        <source>must be on or after the signature date</source>
        <translation>debe ser igual o posterior a la fecha de firma</translation>
    </message>
    <message>
        <source>must be on or after the submission date</source>
        <translation>debe ser igual o posterior a la fecha de presentación</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>debe ser sí o no</translation>
    </message>
    <message>
        <source>must not be below {0}</source>
        <translation>no debe ser inferior a {0}</translation>
    </message>
    <message>
        <source>no such record</source>
        <translation>el registro no existe</translation>
    </message>
    <message>
        <source>not a SHA-256 digest (64 hex digits)</source>
        <translation>no es un resumen SHA-256 (64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>not a field of this record</source>
        <translation>no es un campo de este registro</translation>
    </message>
    <message>
        <source>not a valid date (use YYYY-MM-DD)</source>
        <translation>no es una fecha válida (use AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>not a valid e-mail address</source>
        <translation>no es una dirección de correo electrónico válida</translation>
    </message>
    <message>
        <source>project &apos;{0}&apos;</source>
        <translation>el proyecto «{0}»</translation>
    </message>
    <message>
        <source>row {0}: the end year is before the start year</source>
        <translation>fila {0}: el año de fin es anterior al de inicio</translation>
    </message>
    <message>
        <source>{0} holds tables but is not a UNCCD Partnerships database.</source>
        <translation>{0} contiene tablas, pero no es una base de datos de UNCCD Partnerships.</translation>
    </message>
    <message>
        <source>{0} is a folder, not a database file.</source>
        <translation>{0} es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>{0} is listed twice as a party</source>
        <translation>{0} figura dos veces como parte</translation>
    </message>
    <message>
        <source>{0} is listed twice in the role {1}</source>
        <translation>{0} figura dos veces en la función {1}</translation>
    </message>
    <message>
        <source>{0} is not a UNCCD Partnerships database (not SQLite).</source>
        <translation>{0} no es una base de datos de UNCCD Partnerships (no es un archivo SQLite).</translation>
    </message>
    <message>
        <source>{0} is not a complete UNCCD Partnerships backup.</source>
        <translation>{0} no es una copia de seguridad completa de UNCCD Partnerships.</translation>
    </message>
    <message>
        <source>{0} is not a usable backup: {1}.</source>
        <translation>{0} no es una copia de seguridad utilizable: {1}.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>This database is not connected to a team server (File → Team server…).</source>
        <translation>Esta base de datos no está conectada a un servidor compartido (Archivo → Servidor compartido…).</translation>
    </message>
    <message>
        <source>A sync is already under way.</source>
        <translation>Ya hay una sincronización en curso.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Syncing with the team server…</source>
        <translation>Sincronizando con el servidor compartido…</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n record(s) sent</source>
        <translation>
            <numerusform>Sincronizado: %n registro enviado</numerusform>
            <numerusform>Sincronizado: %n registros enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n received</source>
        <translation>
            <numerusform>, %n recibido</numerusform>
            <numerusform>, %n recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n conflict(s) wait for your choice</source>
        <translation>
            <numerusform>; %n conflicto espera su elección</numerusform>
            <numerusform>; %n conflictos esperan su elección</numerusform>
        </translation>
    </message>
    <message>
        <source>The team server does not answer.</source>
        <translation>El servidor compartido no responde.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sync failed {0}: {1}</source>
        <translation>Falló la sincronización ({0}): {1}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún no sincronizado</translation>
    </message>
    <message>
        <source>Synced {0}</source>
        <translation>Sincronizado: {0}</translation>
    </message>
</context>
<context>
    <name>SyncStatusButton</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>Team server sync</source>
        <translation>Sincronización con el servidor compartido</translation>
    </message>
    <message>
        <source>The last sync failed: {0}</source>
        <translation>La última sincronización falló: {0}</translation>
    </message>
    <message>
        <source>Team server: {0}</source>
        <translation>Servidor compartido: {0}</translation>
    </message>
    <message>
        <source>Click to resolve the conflicts.</source>
        <translation>Haga clic para resolver los conflictos.</translation>
    </message>
</context>
<context>
    <name>TeamServerDialog</name>
    <message>
        <source>Team server</source>
        <translation>Servidor compartido</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Esta base de datos</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Última sincronización:</translation>
    </message>
    <message>
        <source>Changes waiting:</source>
        <translation>Cambios pendientes:</translation>
    </message>
    <message>
        <source>Open conflicts:</source>
        <translation>Conflictos pendientes:</translation>
    </message>
    <message>
        <source>Connect to a team server</source>
        <translation>Conectarse a un servidor compartido</translation>
    </message>
    <message>
        <source>Team server address</source>
        <translation>Dirección del servidor compartido</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Dirección del &amp;servidor:</translation>
    </message>
    <message>
        <source>Your PostgreSQL user name goes before the @. A password typed in the address is kept in this computer&apos;s keyring, never in the database file.</source>
        <translation>Su nombre de usuario de PostgreSQL va antes de la @. Una contraseña escrita en la dirección se guarda en el llavero de este equipo, nunca en el archivo de base de datos.</translation>
    </message>
    <message>
        <source>&amp;Clone into a new file…</source>
        <translation>C&amp;lonar en un archivo nuevo…</translation>
    </message>
    <message>
        <source>Make a new laptop file holding the server&apos;s records, and open it.</source>
        <translation>Crear un archivo local nuevo con los registros del servidor y abrirlo.</translation>
    </message>
    <message>
        <source>&amp;Publish this database…</source>
        <translation>&amp;Publicar esta base de datos…</translation>
    </message>
    <message>
        <source>Put this database onto an empty team server; this file then becomes a laptop of that server.</source>
        <translation>Poner esta base de datos en un servidor compartido vacío; este archivo pasa entonces a ser una copia local de ese servidor.</translation>
    </message>
    <message>
        <source>Sync with the server</source>
        <translation>Sincronización con el servidor</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Send the changes made here, then receive the team&apos;s.</source>
        <translation>Enviar los cambios hechos aquí y luego recibir los del resto del equipo de trabajo.</translation>
    </message>
    <message>
        <source>Resolve con&amp;flicts…</source>
        <translation>Resolver con&amp;flictos…</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Desconectar…</translation>
    </message>
    <message>
        <source>This file becomes a standalone database; the server keeps its records.</source>
        <translation>Este archivo pasa a ser una base de datos independiente; el servidor conserva sus registros.</translation>
    </message>
    <message>
        <source>Laptop of {0}</source>
        <translation>Copia local de {0}</translation>
    </message>
    <message>
        <source>A team server: laptops connect to it, officers may work on it directly.</source>
        <translation>Un servidor compartido: las copias locales se conectan a él y los funcionarios pueden trabajar directamente en él.</translation>
    </message>
    <message>
        <source>Standalone: not connected to a team server.</source>
        <translation>Independiente: no conectada a un servidor compartido.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún no sincronizado</translation>
    </message>
    <message>
        <source>{0} (the last try, {1}, failed: {2})</source>
        <translation>{0} (el último intento, {1}, falló: {2})</translation>
    </message>
    <message>
        <source>Type the server&apos;s address as {0}.</source>
        <translation>Escriba la dirección del servidor con la forma {0}.</translation>
    </message>
    <message>
        <source>Save the new laptop file as</source>
        <translation>Guardar el nuevo archivo local como</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd)</source>
        <translation>Bases de datos de UNCCD Partnerships (*.unccd)</translation>
    </message>
    <message>
        <source>{0} already exists; choose another name for the new file.</source>
        <translation>{0} ya existe; elija otro nombre para el archivo nuevo.</translation>
    </message>
    <message>
        <source>Copying the team server&apos;s records into {0}…</source>
        <translation>Copiando los registros del servidor compartido en {0}…</translation>
    </message>
    <message>
        <source>The laptop file {0} was made from the team server.</source>
        <translation>Se creó el archivo local {0} a partir del servidor compartido.</translation>
    </message>
    <message>
        <source>Publish this database</source>
        <translation>Publicar esta base de datos</translation>
    </message>
    <message>
        <source>Put every record of this database onto the team server {0}?</source>
        <translation>¿Poner todos los registros de esta base de datos en el servidor compartido {0}?</translation>
    </message>
    <message>
        <source>The server must be empty. This file then becomes a laptop of the server: your changes are sent to it, and the team&apos;s come back, at each sync.</source>
        <translation>El servidor debe estar vacío. Este archivo pasa entonces a ser una copia local del servidor: en cada sincronización, sus cambios se envían a él y llegan los del resto del equipo de trabajo.</translation>
    </message>
    <message>
        <source>Publishing this database onto {0}…</source>
        <translation>Publicando esta base de datos en {0}…</translation>
    </message>
    <message>
        <source>This database is now on the team server.</source>
        <translation>Esta base de datos ya está en el servidor compartido.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here have not reached the team server.</source>
        <translation>
            <numerusform>%n cambio hecho aquí no ha llegado al servidor compartido.</numerusform>
            <numerusform>%n cambios hechos aquí no han llegado al servidor compartido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) are open.</source>
        <translation>
            <numerusform>%n conflicto está pendiente.</numerusform>
            <numerusform>%n conflictos están pendientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnected, this file keeps its records but never sends these changes: sync first to keep them for the team. Disconnect anyway?</source>
        <translation>Una vez desconectado, este archivo conserva sus registros pero nunca envía estos cambios: sincronice primero para conservarlos para el equipo de trabajo. ¿Desconectar de todos modos?</translation>
    </message>
    <message>
        <source>Disconnect this file from {0}?</source>
        <translation>¿Desconectar este archivo de {0}?</translation>
    </message>
    <message>
        <source>It becomes a standalone database; the team server keeps its records.</source>
        <translation>Pasa a ser una base de datos independiente; el servidor compartido conserva sus registros.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>This file is no longer connected to a server.</source>
        <translation>Este archivo ya no está conectado a un servidor.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redone: {0}.</source>
        <translation>Rehecho: {0}.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo “{0}”? The record will be deleted.</source>
        <translation>¿Deshacer «{0}»? Se eliminará el registro.</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>a sync with the team server</source>
        <translation>una sincronización con el servidor compartido</translation>
    </message>
    <message>
        <source>&amp;Redo: {0}</source>
        <translation>&amp;Rehacer: {0}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Undo: {0}</source>
        <translation>&amp;Deshacer: {0}</translation>
    </message>
    <message>
        <source>Undone: {0}.</source>
        <translation>Deshecho: {0}.</translation>
    </message>
    <message>
        <source>an import or a restore</source>
        <translation>una importación o una restauración</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>línea de comandos</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>import batch {0}</source>
        <translation>lote de importación {0}</translation>
    </message>
    <message>
        <source>revert of import batch {0}</source>
        <translation>reversión del lote de importación {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0}, {1}: {2}</source>
        <translation>{0}, {1}: {2}</translation>
    </message>
    <message>
        <source>“{0}” can no longer be undone or redone: the record was changed by {1}.</source>
        <translation>«{0}» ya no se puede deshacer ni rehacer: el registro se modificó después ({1}).</translation>
    </message>
    <message>
        <source>“{0}” was not undone: the record was changed since.</source>
        <translation>«{0}» no se deshizo: el registro se modificó después.</translation>
    </message>
    <message>
        <source>“{0}” was not undone: the record was deleted since.</source>
        <translation>«{0}» no se deshizo: el registro se eliminó después.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>{0} user guide</source>
        <translation>Guía del usuario de {0}</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>Falta la guía del usuario en esta instalación.</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to {0}</source>
        <translation>Le damos la bienvenida a {0}</translation>
    </message>
    <message>
        <source>This application keeps the register of the partnerships of the United Nations Convention to Combat Desertification: partners, agreements, initiatives, projects and their deliverables. There is no database on this computer yet. How would you like to start?</source>
        <translation>Esta aplicación lleva el registro de las asociaciones de la Convención de las Naciones Unidas de Lucha contra la Desertificación: asociados, acuerdos, iniciativas, proyectos y sus entregables. Todavía no hay ninguna base de datos en este equipo. ¿Cómo desea empezar?</translation>
    </message>
    <message>
        <source>Explore the demo database</source>
        <translation>Explorar la base de datos de demostración</translation>
    </message>
    <message>
        <source>The partnerships of the Global Mechanism described in the COP 15 note ICCD/COP(15)/21: a safe place to try everything.</source>
        <translation>Las asociaciones del Mecanismo Mundial descritas en la nota ICCD/COP(15)/21 del 15º período de sesiones de la Conferencia de las Partes: un lugar seguro para probarlo todo.</translation>
    </message>
    <message>
        <source>Create an empty database</source>
        <translation>Crear una base de datos vacía</translation>
    </message>
    <message>
        <source>Start your own register of partnerships.</source>
        <translation>Empiece su propio registro de asociaciones.</translation>
    </message>
    <message>
        <source>Open an existing database…</source>
        <translation>Abrir una base de datos existente…</translation>
    </message>
    <message>
        <source>A file a colleague gave you, or one from another computer.</source>
        <translation>Un archivo que le dio un colega o que procede de otro equipo.</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Cambiar de carpeta…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Your databases and their backups are kept in {0}</source>
        <translation>Sus bases de datos y sus copias de seguridad se guardan en {0}</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <source>UNCCD Partnerships databases (*.unccd);;All files (*)</source>
        <translation>Bases de datos de UNCCD Partnerships (*.unccd);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Folder for your databases</source>
        <translation>Carpeta de sus bases de datos</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>_ExportDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>Save workbook</source>
        <translation>Guardar el libro</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Escribiendo el libro…</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>Active</source>
        <translation>En el cargo</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Contact ID</source>
        <translation>ID del contacto</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Entregable</translation>
    </message>
    <message>
        <source>Deliverable ID</source>
        <translation>ID del entregable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Enlace a la prueba</translation>
    </message>
    <message>
        <source>Has left (yes/no)</source>
        <translation>Ya no está en el cargo (sí/no)</translation>
    </message>
    <message>
        <source>Import workbook</source>
        <translation>Importar un libro</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Avance (%)</translation>
    </message>
    <message>
        <source>Project or agreement</source>
        <translation>Proyecto o acuerdo</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Leyendo {0}…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.ods *.csv);;All files (*)</source>
        <translation>Hojas de cálculo (*.xlsx *.xlsm *.ods *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Fecha de presentación</translation>
    </message>
    <message>
        <source>The import was applied as batch {0}.</source>
        <translation>La importación se aplicó como lote {0}.</translation>
    </message>
    <message>
        <source>The workbook was saved as {0}.</source>
        <translation>El libro se guardó como {0}.</translation>
    </message>
    <message>
        <source>Workbook exchange</source>
        <translation>Intercambio de libros</translation>
    </message>
    <message>
        <source>Workbook exported</source>
        <translation>Libro exportado</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
</TS>
