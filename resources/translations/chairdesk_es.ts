<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Exporting the calendar to {file}…</source>
        <translation>Exportando el calendario a {file}…</translation>
    </message>
    <message>
        <source>Exported {count} meeting(s) to {file}.</source>
        <translation>Se exportaron {count} reunión(es) a {file}.</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>No se puede exportar el calendario</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar el calendario</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical)</source>
        <translation>Archivos iCalendar (*.ics *.ical)</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Importar un calendario</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Calendar (.ics)…</source>
        <translation>Calendario (.ics)…</translation>
    </message>
    <message>
        <source>Write the meetings to an iCalendar file for Outlook, Google, Apple or Thunderbird</source>
        <translation>Guardar las reuniones en un archivo iCalendar para Outlook, Google, Apple o Thunderbird</translation>
    </message>
    <message>
        <source>Create or update meetings from an iCalendar file exported by a calendar program</source>
        <translation>Crear o actualizar reuniones a partir de un archivo iCalendar exportado por un programa de calendario</translation>
    </message>
    <message>
        <source>Add agenda item “{title}”</source>
        <extracomment>Item edits also change what the documents page says about where documents were considered.</extracomment>
        <translation>Añadir el tema “{title}” al orden del día</translation>
    </message>
    <message>
        <source>Agenda item “{title}” added.</source>
        <translation>Punto del temario «{title}» añadido.</translation>
    </message>
    <message>
        <source>Edit agenda item “{title}”</source>
        <extracomment>Taken on undo, so that redo brings back the same item (and its later edits&apos; ref).</extracomment>
        <translation>Modificar el tema “{title}”</translation>
    </message>
    <message>
        <source>Agenda item “{title}” changed.</source>
        <translation>Punto del temario «{title}» modificado.</translation>
    </message>
    <message>
        <source>Record outcome of “{title}”</source>
        <translation>Registrar el resultado de “{title}”</translation>
    </message>
    <message>
        <source>Outcome of “{title}” recorded.</source>
        <translation>Resultado de «{title}» registrado.</translation>
    </message>
    <message>
        <source>Delete agenda item “{title}”</source>
        <translation>Eliminar el tema “{title}”</translation>
    </message>
    <message>
        <source>Agenda item “{title}” deleted.</source>
        <translation>Punto del temario «{title}» eliminado.</translation>
    </message>
    <message>
        <source>Move agenda item “{title}” to {position}</source>
        <translation>Mover el tema “{title}” a la posición {position}</translation>
    </message>
    <message>
        <source>“{title}” moved to item {position}.</source>
        <translation>«{title}» pasó a ser el punto {position}.</translation>
    </message>
    <message>
        <source>Defer “{title}”</source>
        <translation>Aplazar «{title}»</translation>
    </message>
    <message>
        <source>Documents of “{title}” changed.</source>
        <translation>Documentos de «{title}» modificados.</translation>
    </message>
    <message>
        <source>Change the documents of “{title}”</source>
        <translation>Cambiar los documentos de “{title}”</translation>
    </message>
    <message>
        <source>New document {symbol}</source>
        <translation>Nuevo documento {symbol}</translation>
    </message>
    <message>
        <source>Document {symbol} added.</source>
        <translation>Documento {symbol} añadido.</translation>
    </message>
    <message>
        <source>Edit document {symbol}</source>
        <translation>Modificar el documento {symbol}</translation>
    </message>
    <message>
        <source>Document {symbol} changed.</source>
        <translation>Documento {symbol} modificado.</translation>
    </message>
    <message>
        <source>Delete document {symbol}</source>
        <translation>Eliminar el documento {symbol}</translation>
    </message>
    <message>
        <source>Document {symbol} deleted.</source>
        <translation>Documento {symbol} eliminado.</translation>
    </message>
    <message>
        <source>Add revision {symbol}</source>
        <translation>Añadir la revisión {symbol}</translation>
    </message>
    <message>
        <source>Revision {symbol} added.</source>
        <translation>Revisión {symbol} añadida.</translation>
    </message>
    <message>
        <source>Attach {name} to {symbol}</source>
        <translation>Adjuntar {name} a {symbol}</translation>
    </message>
    <message>
        <source>{name} attached to {symbol}.</source>
        <translation>{name} adjuntado a {symbol}.</translation>
    </message>
    <message>
        <source>Set 1 invitation to “{status}”</source>
        <translation>Poner 1 invitación en “{status}”</translation>
    </message>
    <message>
        <source>Set {count} invitations to “{status}”</source>
        <translation>Poner {count} invitaciones en “{status}”</translation>
    </message>
    <message>
        <source>{count} invitations set to “{status}”.</source>
        <translation>{count} invitaciones pasadas a «{status}».</translation>
    </message>
    <message>
        <source>Add “{name}” to the list</source>
        <translation>Añadir a “{name}” a la lista</translation>
    </message>
    <message>
        <source>“{name}” added to the list.</source>
        <translation>«{name}» añadido a la lista.</translation>
    </message>
    <message>
        <source>Edit contact “{name}”</source>
        <translation>Modificar el contacto “{name}”</translation>
    </message>
    <message>
        <source>Contact “{name}” changed.</source>
        <translation>Contacto «{name}» modificado.</translation>
    </message>
    <message>
        <source>Remove 1 invitee from the list</source>
        <extracomment>The contact&apos;s version the next do or undo saves against (see EditMeeting).</extracomment>
        <translation>Quitar 1 invitado de la lista</translation>
    </message>
    <message>
        <source>Remove {count} invitees from the list</source>
        <translation>Quitar {count} invitados de la lista</translation>
    </message>
    <message>
        <source>{count} invitees removed from the list.</source>
        <translation>{count} invitados quitados de la lista.</translation>
    </message>
    <message>
        <source>New list “{name}”</source>
        <translation>Nueva lista “{name}”</translation>
    </message>
    <message>
        <source>List “{name}” created.</source>
        <translation>Lista «{name}» creada.</translation>
    </message>
    <message>
        <source>Rename list to “{name}”</source>
        <translation>Cambiar el nombre de la lista a “{name}”</translation>
    </message>
    <message>
        <source>List renamed to “{name}”.</source>
        <translation>Lista renombrada como «{name}».</translation>
    </message>
    <message>
        <source>Add mandate of {resolution}</source>
        <extracomment>Words the linked meetings or documents of a cell, as the table shows them.</extracomment>
        <translation>Añadir un mandato de {resolution}</translation>
    </message>
    <message>
        <source>Mandate of {resolution} added.</source>
        <translation>Mandato de {resolution} añadido.</translation>
    </message>
    <message>
        <source>Edit {what} of a mandate</source>
        <translation>Modificar {what} de un mandato</translation>
    </message>
    <message>
        <source>The {what} of a mandate changed.</source>
        <translation>Se modificó {what} de un mandato.</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>la resolución</translation>
    </message>
    <message>
        <source>text</source>
        <translation>el texto</translation>
    </message>
    <message>
        <source>area responsible</source>
        <translation>el área responsable</translation>
    </message>
    <message>
        <source>status</source>
        <translation>el estado</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>la fecha límite</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>las reuniones</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>los documentos</translation>
    </message>
    <message>
        <source>Delete mandate</source>
        <translation>Eliminar el mandato</translation>
    </message>
    <message>
        <source>Mandate deleted.</source>
        <translation>Mandato eliminado.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <extracomment>The work plan lists the meetings its mandates are followed up in. Deleting a meeting deletes its agenda, which the documents page reports on.</extracomment>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>New meeting “{title}”</source>
        <translation>Nueva reunión “{title}”</translation>
    </message>
    <message>
        <source>Meeting “{title}” added.</source>
        <translation>Reunión «{title}» añadida.</translation>
    </message>
    <message>
        <source>Edit meeting “{title}”</source>
        <translation>Modificar la reunión “{title}”</translation>
    </message>
    <message>
        <source>Meeting “{title}” changed.</source>
        <translation>Reunión «{title}» modificada.</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Cancelar la reunión</translation>
    </message>
    <message>
        <source>Cancel “{title}”</source>
        <translation>Cancelar «{title}»</translation>
    </message>
    <message>
        <source>“{title}” cancelled.</source>
        <translation>«{title}» cancelada.</translation>
    </message>
    <message>
        <source>Meeting cancelled.</source>
        <translation>Reunión cancelada.</translation>
    </message>
    <message>
        <source>Cancel {count} meetings</source>
        <translation>Cancelar {count} reuniones</translation>
    </message>
    <message>
        <source>{count} meetings cancelled.</source>
        <translation>{count} reuniones canceladas.</translation>
    </message>
    <message>
        <source>the meeting</source>
        <translation>la reunión</translation>
    </message>
    <message>
        <source>“{title}” postponed; its new date is not known yet.</source>
        <translation>«{title}» aplazada; aún no se conoce su nueva fecha.</translation>
    </message>
    <message>
        <source>“{title}” moved to {date}.</source>
        <translation>«{title}» trasladada al {date}.</translation>
    </message>
    <message>
        <source>Postpone meeting</source>
        <translation>Aplazar la reunión</translation>
    </message>
    <message>
        <source>Postpone “{title}”</source>
        <translation>Aplazar «{title}»</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Eliminar la reunión</translation>
    </message>
    <message>
        <source>Delete {count} meetings</source>
        <translation>Eliminar {count} reuniones</translation>
    </message>
    <message>
        <source>Meeting deleted.</source>
        <translation>Reunión eliminada.</translation>
    </message>
    <message>
        <source>{count} meetings deleted.</source>
        <translation>{count} reuniones eliminadas.</translation>
    </message>
    <message>
        <source>New series of {count} meetings</source>
        <translation>Nueva serie de {count} reuniones</translation>
    </message>
    <message>
        <source>{count} meetings added.</source>
        <translation>{count} reuniones añadidas.</translation>
    </message>
    <message>
        <source>Please check your input</source>
        <translation>Revise los datos introducidos</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modificado en otra ventana</translation>
    </message>
    <message>
        <source>Someone changed this in another window since you opened it. Your change was not saved; the view now shows the latest version. Try again.</source>
        <translation>Alguien modificó esto en otra ventana después de que usted lo abriera. Su cambio no se guardó; la vista muestra ahora la versión más reciente. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The workspace is busy</source>
        <translation>El espacio de trabajo está ocupado</translation>
    </message>
    <message>
        <source>Someone else is saving a large change (an import, perhaps) and Chairdesk waited for it in vain. Your change was not saved; try again in a moment.</source>
        <translation>Otra persona está guardando un cambio grande (quizá una importación) y Chairdesk esperó en vano a que terminara. Su cambio no se guardó; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>No se puede acceder al servidor</translation>
    </message>
    <message>
        <source>The connection to the team workspace&apos;s server was lost, so your change was not saved. Chairdesk reconnects by itself; try again when it is back.</source>
        <translation>Se perdió la conexión con el servidor del espacio de trabajo compartido, por lo que su cambio no se guardó. Chairdesk se vuelve a conectar por sí solo; inténtelo de nuevo cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>No longer there</source>
        <translation>Ya no existe</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>Cannot complete this</source>
        <translation>No se puede completar la acción</translation>
    </message>
    <message>
        <source>Cannot read or write the file</source>
        <translation>No se puede leer o escribir el archivo</translation>
    </message>
    <message>
        <source>{error}. Check the file name, that the folder exists, and free disk space.</source>
        <translation>{error}. Compruebe el nombre del archivo, que la carpeta exista y que haya espacio libre en el disco.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Se produjo un error</translation>
    </message>
    <message>
        <source>Chairdesk met an unexpected problem and did not complete the action; nothing was half-saved. Please report it with this text:

{error}</source>
        <translation>Chairdesk encontró un problema inesperado y no completó la acción; no quedó nada guardado a medias. Comuníquelo con este texto:

{error}</translation>
    </message>
    <message>
        <source>To invite</source>
        <extracomment>The stored value of the status (&quot;invited&quot;) of a row. The list entry&apos;s id. The contact&apos;s id.</extracomment>
        <translation>Por invitar</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitación enviada</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declinada</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>Member state</source>
        <extracomment>``commit(contact_id, {field: value})`` saves a change (as an undoable command).</extracomment>
        <translation>Estado Miembro</translation>
    </message>
    <message>
        <source>Permanent observer</source>
        <translation>Observador Permanente</translation>
    </message>
    <message>
        <source>International organization</source>
        <translation>Organización internacional</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <source>OAS secretariat</source>
        <translation>Secretaría de la OEA</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Aplazada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtual</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrida</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Consideración</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Elección</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Considered</source>
        <translation>Considerado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Public security management</source>
        <translation>Gestión de la seguridad pública</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Prevención</translation>
    </message>
    <message>
        <source>Police management</source>
        <translation>Gestión policial</translation>
    </message>
    <message>
        <source>Citizen participation</source>
        <translation>Participación ciudadana</translation>
    </message>
    <message>
        <source>International cooperation</source>
        <translation>Cooperación internacional</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>{first}–{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>All day, {count} days</source>
        <translation>Todo el día, {count} días</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 tema</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} temas</translation>
    </message>
    <message>
        <source>{count} · planned end unknown: give every item a duration</source>
        <translation>{count} · hora de término desconocida: indique la duración de cada tema</translation>
    </message>
    <message>
        <source>{count} · planned end &lt;span style=&apos;color:{red}&apos;&gt;&lt;b&gt;{end}&lt;/b&gt;, after the scheduled end {scheduled}&lt;/span&gt;</source>
        <translation>{count} · término previsto &lt;span style=&apos;color:{red}&apos;&gt;&lt;b&gt;{end}&lt;/b&gt;, después del fin programado a las {scheduled}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{count} · planned end {end}</source>
        <translation>{count} · término previsto a las {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>desde las {start}</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>Select an item to see its details. Drag items, or use Ctrl+Up and Ctrl+Down, to change their order.</source>
        <translation>Seleccione un tema para ver sus detalles. Arrastre los temas, o use Ctrl+Arriba y Ctrl+Abajo, para cambiar su orden.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir el archivo</translation>
    </message>
    <message>
        <source>No application is set up to open {name}. It was written to {path}; open it from there or use Save as.</source>
        <translation>Ninguna aplicación está configurada para abrir {name}. Se guardó en {path}; ábralo desde allí o use Guardar como.</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>Se abrió {name}</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <source>Save {name} as</source>
        <translation>Guardar {name} como</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Guardando {name}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Se guardó {path}</translation>
    </message>
    <message>
        <source>Exported {sheets} sheet(s), {rows} row(s), to {file}.</source>
        <translation>Se exportaron {sheets} hoja(s), {rows} fila(s), a {file}.</translation>
    </message>
    <message>
        <source>Exporting the workbook to {file}…</source>
        <translation>Exportando el libro a {file}…</translation>
    </message>
    <message>
        <source>Cannot export the workbook</source>
        <translation>No se puede exportar el libro</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Exportar un libro de Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported {rows} invitee(s) to {file}.</source>
        <translation>Se exportaron {rows} invitado(s) a {file}.</translation>
    </message>
    <message>
        <source>Exporting the invitee list to {file}…</source>
        <translation>Exportando la lista de invitados a {file}…</translation>
    </message>
    <message>
        <source>Cannot export the invitee list</source>
        <translation>No se puede exportar la lista de invitados</translation>
    </message>
    <message>
        <source>There is no invitee list to export.</source>
        <translation>No hay ninguna lista de invitados que exportar.</translation>
    </message>
    <message>
        <source>Export invitee list</source>
        <translation>Exportar lista de invitados</translation>
    </message>
    <message>
        <source>Invitee &amp;list:</source>
        <translation>&amp;Lista de invitados:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import invitee list</source>
        <translation>Importar una lista de invitados</translation>
    </message>
    <message>
        <source>Invitee lists (*.xlsx *.csv *.ods *.txt)</source>
        <translation>Listas de invitados (*.xlsx *.csv *.ods *.txt)</translation>
    </message>
    <message>
        <source>Workbook (.xlsx)…</source>
        <translation>Libro de Excel (.xlsx)…</translation>
    </message>
    <message>
        <source>Write invitee lists, calendar, agenda, documents and mandates to an Excel workbook</source>
        <translation>Guardar listas de invitados, calendario, orden del día, documentos y mandatos en un libro de Excel</translation>
    </message>
    <message>
        <source>Invitee list (.csv)…</source>
        <translation>Lista de invitados (.csv)…</translation>
    </message>
    <message>
        <source>Write one invitee list as a CSV file for Excel or LibreOffice</source>
        <translation>Escribir una lista de invitados como archivo CSV para Excel o LibreOffice</translation>
    </message>
    <message>
        <source>Invitee list (.xlsx, .csv, .ods)…</source>
        <translation>Lista de invitados (.xlsx, .csv, .ods)…</translation>
    </message>
    <message>
        <source>Add or update an invitee list from a workbook, CSV or OpenDocument file, after a preview</source>
        <translation>Añadir o actualizar una lista de invitados desde un libro, un CSV o un archivo OpenDocument, tras una vista previa</translation>
    </message>
    <message>
        <source>Edit the titles in four languages</source>
        <extracomment>The services&apos; name for each kind of row a RowRef names.</extracomment>
        <translation>Modificar los títulos en los cuatro idiomas</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print the agenda, calendar, work plan or a list, or save it as PDF or Word</source>
        <translation>Imprimir el orden del día, el calendario, el plan de trabajo o una lista, o guardarlos como PDF o Word</translation>
    </message>
    <message>
        <source>Paper as PDF or &amp;Word…</source>
        <translation>Documento en PDF o &amp;Word…</translation>
    </message>
    <message>
        <source>Save the agenda, calendar, work plan or a list as PDF or Word</source>
        <translation>Guardar el orden del día, el calendario, el plan de trabajo o una lista como PDF o Word</translation>
    </message>
    <message>
        <source>Print a paper</source>
        <extracomment>A preview was shown (tests wait for it). Which refresh is the latest: a slower, older one must not replace its preview.</extracomment>
        <translation>Imprimir un documento</translation>
    </message>
    <message>
        <source>Print texts that have no translation in their original language, marked as such</source>
        <translation>Imprimir en su idioma original, señalados como tales, los textos que no tienen traducción</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Documento:</translation>
    </message>
    <message>
        <source>Invitee list:</source>
        <translation>Lista de invitados:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Guardar como &amp;Word…</translation>
    </message>
    <message>
        <source>Draft agenda of the current meeting</source>
        <translation>Orden del día de la reunión actual</translation>
    </message>
    <message>
        <source>Annotated agenda of the current meeting</source>
        <translation>Orden del día anotado de la reunión actual</translation>
    </message>
    <message>
        <source>List of participants of the current meeting</source>
        <translation>Lista de participantes de la reunión actual</translation>
    </message>
    <message>
        <source>Summary of the current meeting</source>
        <translation>Resumen de la reunión actual</translation>
    </message>
    <message>
        <source>Calendar of activities and meetings</source>
        <translation>Calendario de actividades y reuniones</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <source>List of invitees</source>
        <translation>Lista de invitados</translation>
    </message>
    <message>
        <source>Select a meeting in the Calendar or Agenda view first.</source>
        <translation>Seleccione primero una reunión en la vista Calendario u Orden del día.</translation>
    </message>
    <message>
        <source>Making the paper…</source>
        <translation>Preparando el documento…</translation>
    </message>
    <message>
        <source>Cannot make the paper</source>
        <translation>No se puede preparar el documento</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>…and {count} more</source>
        <translation>…y {count} más</translation>
    </message>
    <message>
        <source>{count} texts have no version in this language. Fill them in, or tick the box above to print the originals, marked as such:
{lines}</source>
        <translation>{count} textos no tienen versión en este idioma. Complételos, o marque la casilla de arriba para imprimir los originales, señalados como tales:
{lines}</translation>
    </message>
    <message>
        <source>The printer could not be started</source>
        <translation>No se pudo iniciar la impresora</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>No se puede imprimir</translation>
    </message>
    <message>
        <source>Sent {count} page(s) to the printer.</source>
        <translation>Se enviaron {count} página(s) a la impresora.</translation>
    </message>
    <message>
        <source>Preparing the pages for the printer…</source>
        <translation>Preparando las páginas para la impresora…</translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was sent.</source>
        <translation>Impresión cancelada; no se envió nada.</translation>
    </message>
    <message>
        <source>Save the paper as PDF</source>
        <translation>Guardar el documento como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the paper as Word</source>
        <translation>Guardar el documento como Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos Word (*.docx)</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>Guardando {file}…</translation>
    </message>
    <message>
        <source>Saved the paper to {file}.</source>
        <translation>Se guardó el documento en {file}.</translation>
    </message>
    <message>
        <source>Cannot save the paper</source>
        <translation>No se puede guardar el documento</translation>
    </message>
    <message>
        <source>Saving cancelled; no file was written.</source>
        <translation>Guardado cancelado; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>This workspace was upgraded to the current format; the previous file was kept as {name}.</source>
        <translation>Este espacio de trabajo se actualizó al formato actual; el archivo anterior se conservó como {name}.</translation>
    </message>
    <message>
        <source>{name} is on a network share. Work on a copy on this computer and save a copy back: two computers writing one workspace over a network can corrupt it.</source>
        <translation>{name} está en un recurso compartido de red. Trabaje en una copia en esta computadora y guarde luego una copia en la red: si dos computadoras escriben en el mismo espacio de trabajo a través de la red, pueden dañarlo.</translation>
    </message>
    <message>
        <source>{changed} changed, {tentative} tentative, {same} already applied or older, {unmatched} not matched.</source>
        <extracomment>A dropped .ics is a reply only if it says so in its first lines.</extracomment>
        <translation>{changed} modificadas, {tentative} provisionales, {same} ya aplicadas o más antiguas, {unmatched} sin correspondencia.</translation>
    </message>
    <message>
        <source>Changed: {line}</source>
        <translation>Modificada: {line}</translation>
    </message>
    <message>
        <source>Tentative (status kept): {line}</source>
        <translation>Provisional (se mantiene el estado): {line}</translation>
    </message>
    <message>
        <source>Not matched: {line}</source>
        <translation>Sin correspondencia: {line}</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Reading the replies…</source>
        <translation>Leyendo las respuestas…</translation>
    </message>
    <message>
        <source>Cannot import the replies</source>
        <translation>No se pueden importar las respuestas</translation>
    </message>
    <message>
        <source>Import replies to invitations</source>
        <translation>Importar las respuestas a las invitaciones</translation>
    </message>
    <message>
        <source>Replies (*.ics *.eml)</source>
        <translation>Respuestas (*.ics *.eml)</translation>
    </message>
    <message>
        <source>Cannot read the password</source>
        <translation>No se puede leer la contraseña</translation>
    </message>
    <message>
        <source>Calendar server password</source>
        <translation>Contraseña del servidor de calendario</translation>
    </message>
    <message>
        <source>Password for {user} on {url}:</source>
        <translation>Contraseña de {user} en {url}:</translation>
    </message>
    <message>
        <source>Published to {url}: {new} new, {updated} updated, {removed} removed, {same} unchanged.</source>
        <translation>Publicado en {url}: {new} nuevas, {updated} actualizadas, {removed} eliminadas, {same} sin cambios.</translation>
    </message>
    <message>
        <source>Publishing the calendar…</source>
        <translation>Publicando el calendario…</translation>
    </message>
    <message>
        <source>Cannot publish the calendar</source>
        <translation>No se puede publicar el calendario</translation>
    </message>
    <message>
        <source>Invitations by E-mail…</source>
        <translation>Invitaciones por correo electrónico…</translation>
    </message>
    <message>
        <source>Send a meeting&apos;s invitations (or its cancellation) to its invitees</source>
        <translation>Enviar las invitaciones a una reunión (o su cancelación) a los invitados</translation>
    </message>
    <message>
        <source>Calendar to a CalDAV Server</source>
        <translation>Calendario a un servidor CalDAV</translation>
    </message>
    <message>
        <source>Update the calendar delegates subscribe to</source>
        <translation>Actualizar el calendario al que se suscriben los delegados</translation>
    </message>
    <message>
        <source>Invitation Settings…</source>
        <translation>Configuración de las invitaciones…</translation>
    </message>
    <message>
        <source>The organizer, the mail server and the calendar server</source>
        <translation>El organizador, el servidor de correo y el servidor de calendario</translation>
    </message>
    <message>
        <source>Replies to Invitations…</source>
        <translation>Respuestas a las invitaciones…</translation>
    </message>
    <message>
        <source>Accepted and declined replies update the invitee lists</source>
        <translation>Las respuestas de aceptación y de rechazo actualizan las listas de invitados</translation>
    </message>
    <message>
        <source>“{meeting}”: the cancellation (sequence {sequence}) went out in {sent} of {planned} message(s).</source>
        <translation>“{meeting}”: la cancelación (secuencia {sequence}) salió en {sent} de {planned} mensaje(s).</translation>
    </message>
    <message>
        <source>“{meeting}”: the invitation (sequence {sequence}) went out in {sent} of {planned} message(s).</source>
        <translation>“{meeting}”: la invitación (secuencia {sequence}) salió en {sent} de {planned} mensaje(s).</translation>
    </message>
    <message>
        <source>{count} list entries are now “invited”.</source>
        <translation>{count} entradas de la lista están ahora en “invitación enviada”.</translation>
    </message>
    <message>
        <source>{count} address(es) already had this version; not sent again.</source>
        <translation>{count} dirección(es) ya tenía(n) esta versión; no se volvió a enviar.</translation>
    </message>
    <message>
        <source>{count} invitee(s) have no e-mail address and got no invitation.</source>
        <translation>{count} invitado(s) no tiene(n) dirección de correo electrónico y no recibió(eron) invitación.</translation>
    </message>
    <message>
        <source>Not delivered: {reason}</source>
        <translation>No entregado: {reason}</translation>
    </message>
    <message>
        <source>Add “Approval of the summary of the previous meeting”</source>
        <translation>Agregar «Aprobación del resumen de la reunión anterior»</translation>
    </message>
    <message>
        <source>Put “{what}” on the agenda</source>
        <translation>Incluir «{what}» en el orden del día</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>vence el {date}</translation>
    </message>
    <message>
        <source>agreed on {date}</source>
        <translation>acordada el {date}</translation>
    </message>
    <message>
        <source>(on an agenda)</source>
        <translation>(en un orden del día)</translation>
    </message>
    <message>
        <source>Add to the agenda</source>
        <translation>Agregar al orden del día</translation>
    </message>
    <message>
        <source>Put on this agenda</source>
        <translation>Incluir en este orden del día</translation>
    </message>
    <message>
        <source>Make the selected open action an item of this meeting&apos;s agenda</source>
        <translation>Convertir la acción pendiente seleccionada en un tema del orden del día de esta reunión</translation>
    </message>
    <message>
        <source>Proposed: “Approval of the summary of the previous meeting” ({date}).</source>
        <translation>Propuesto: «Aprobación del resumen de la reunión anterior» ({date}).</translation>
    </message>
    <message>
        <source>Its summary is not written yet.</source>
        <translation>Su resumen aún no está redactado.</translation>
    </message>
    <message>
        <source>{present} member states present; no quorum is required</source>
        <translation>{present} Estados miembros presentes; no se requiere quórum</translation>
    </message>
    <message>
        <source>Attendance not taken yet; quorum {required}</source>
        <translation>Aún no se ha registrado la asistencia; quórum {required}</translation>
    </message>
    <message>
        <source>{present} member states present, quorum {required}: yes</source>
        <translation>{present} Estados miembros presentes, quórum {required}: sí</translation>
    </message>
    <message>
        <source>{present} member states present, quorum {required}: no</source>
        <translation>{present} Estados miembros presentes, quórum {required}: no</translation>
    </message>
    <message>
        <source>The meeting has no quorum ({line}).

Record this outcome anyway? It will be marked “recorded without quorum”.</source>
        <translation>La reunión no tiene quórum ({line}).

¿Registrar este resultado de todos modos? Se marcará «registrado sin quórum».</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>Sin quórum</translation>
    </message>
    <message>
        <source>{symbol} requested at the meeting of {date} (item {position}); awaited.</source>
        <translation>{symbol} solicitada en la reunión del {date} (tema {position}); pendiente.</translation>
    </message>
    <message>
        <source>Mandate {number}</source>
        <translation>Mandato {number}</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Representada por</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Mark all member states present</source>
        <extracomment>The kinds of data the record touches: its views reload on these.</extracomment>
        <translation>Marcar todos los Estados miembros presentes</translation>
    </message>
    <message>
        <source>Change the attendance of {name}</source>
        <translation>Cambiar la asistencia de {name}</translation>
    </message>
    <message>
        <source>Record the decision on “{title}”</source>
        <translation>Registrar la decisión sobre «{title}»</translation>
    </message>
    <message>
        <source>Request {symbol}</source>
        <translation>Solicitar {symbol}</translation>
    </message>
    <message>
        <source>Add the action “{what}”</source>
        <translation>Agregar la acción «{what}»</translation>
    </message>
    <message>
        <source>Edit an action</source>
        <extracomment>The version read when the edit began counts once; a redo follows the undo&apos;s version.</extracomment>
        <translation>Editar una acción</translation>
    </message>
    <message>
        <source>Delete an action</source>
        <translation>Eliminar una acción</translation>
    </message>
    <message>
        <source>Edit the summary</source>
        <translation>Editar el resumen</translation>
    </message>
    <message>
        <source>Regenerate the summary from the record</source>
        <translation>Regenerar el resumen a partir del registro</translation>
    </message>
    <message>
        <source>Change the quorum rule</source>
        <translation>Cambiar la regla de quórum</translation>
    </message>
    <message>
        <source>item {position} of {date}</source>
        <translation>tema {position} del {date}</translation>
    </message>
    <message>
        <source>From {item}</source>
        <translation>Desde {item}</translation>
    </message>
    <message>
        <source>To {item}</source>
        <translation>Hacia {item}</translation>
    </message>
    <message>
        <source>→ {symbol} requested (circulated)</source>
        <translation>→ {symbol} solicitada (distribuida)</translation>
    </message>
    <message>
        <source>→ {symbol} requested (awaited)</source>
        <translation>→ {symbol} solicitada (pendiente)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>{outcome} (no quorum)</source>
        <translation>{outcome} (sin quórum)</translation>
    </message>
    <message>
        <source>Recorded while the meeting had no quorum; the chair confirmed it.</source>
        <translation>Registrado cuando la reunión no tenía quórum; la Presidencia lo confirmó.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Select a mandate to see the meetings, decisions and actions for it.</source>
        <translation>Seleccione un mandato para ver sus reuniones, decisiones y acciones.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna aún</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Reuniones:</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Decisiones:</translation>
    </message>
    <message>
        <source>Open actions:</source>
        <translation>Acciones pendientes:</translation>
    </message>
    <message>
        <source>{date}, item {position}: {title}</source>
        <translation>{date}, tema {position}: {title}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Rehecho: {action}</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Deshecho: {action}</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Makes the command that saves the user&apos;s values against a given version.</extracomment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <source>Someone else saved {what} “{name}” while you were editing it. Choose which version to keep.</source>
        <translation>Otra persona guardó {what} “{name}” mientras usted lo editaba. Elija qué versión conservar.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La suya</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>La de la otra persona (guardada)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Conservar la otra</translation>
    </message>
    <message>
        <source>Kept the version saved by someone else.</source>
        <translation>Se conservó la versión guardada por otra persona.</translation>
    </message>
    <message>
        <source>Waiting for another save to finish…</source>
        <extracomment>How long one attempt waits for the other program&apos;s write, in milliseconds. The pause between attempts, during which the window paints and answers. How long to keep trying before saying the workspace is busy, in seconds.</extracomment>
        <translation>Esperando a que termine otra operación de guardado…</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Dejar de esperar</translation>
    </message>
    <message>
        <source>Chairdesk</source>
        <translation>Chairdesk</translation>
    </message>
    <message>
        <source>{name} is open.</source>
        <translation>{name} está abierto.</translation>
    </message>
    <message>
        <source>{name} was not opened.</source>
        <translation>No se abrió {name}.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so the password was not kept: it will be asked again next time.</source>
        <translation>Este equipo no tiene llavero del sistema, así que la contraseña no se guardó: se le volverá a pedir la próxima vez.</translation>
    </message>
    <message>
        <source>Only the meetings from</source>
        <translation>Solo las reuniones del</translation>
    </message>
    <message>
        <source>Leave unticked for every meeting in the calendar</source>
        <translation>Déjelo sin marcar para incluir todas las reuniones del calendario</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Editar acción</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Agregar acción</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Lo que debe hacerse</translation>
    </message>
    <message>
        <source>A delegation, the Chair, the Secretariat, a department</source>
        <translation>Una delegación, la Presidencia, la Secretaría, un departamento</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Fecha límite:</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>&amp;Mandato:</translation>
    </message>
    <message>
        <source>Agreed under &amp;item:</source>
        <translation>Acordada en el &amp;tema:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Indique lo que debe hacerse.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>No.</source>
        <extracomment>What a dragged agenda item carries: its meeting&apos;s id and its own id. The user dropped item ``item_id`` so that it should be at 1-based ``position``.</extracomment>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <extracomment>The item shown in table row ``index``. The table row of the item, or -1.</extracomment>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{status}, deferred from {date}</source>
        <translation>{status}, aplazado desde el {date}</translation>
    </message>
    <message>
        <source>Decision: {text}</source>
        <translation>Decisión: {text}</translation>
    </message>
    <message>
        <source>Deferred from the meeting of {date}.</source>
        <translation>Aplazado desde la reunión del {date}.</translation>
    </message>
    <message>
        <source>Deferred from an earlier meeting.</source>
        <translation>Aplazado desde una reunión anterior.</translation>
    </message>
    <message>
        <source>Give every item before this one a duration to know when it starts.</source>
        <translation>Dé una duración a cada punto anterior para saber cuándo empieza este.</translation>
    </message>
    <message>
        <source>Starts at a fixed time.</source>
        <translation>Empieza a una hora fija.</translation>
    </message>
    <message>
        <source>Starts when the item before it ends.</source>
        <translation>Empieza cuando termina el punto anterior.</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>&amp;Meeting:</source>
        <extracomment>What went out of date while the page was hidden: &quot;&quot;, &quot;items&quot; or &quot;meetings&quot;.</extracomment>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>No meetings yet: create one on the Calendar page.</source>
        <translation>Aún no hay reuniones: cree una en la página Calendario.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>The server cannot be reached, so nothing can be saved now; what you typed was not saved. Chairdesk reconnects by itself: try again when the status bar says the server is back.</source>
        <extracomment>The kinds of data a change can touch; views reload on the kinds they show. A different workspace was opened (or the last one closed: ``workspace`` is None). Data of these kinds changed (a frozenset of the names above). The meeting the user is working on changed (its id, or 0 for none). A short message for the status bar. An error that happened where no dialog could be asked for (e.g. during undo). This window committed a change (its own changes are not someone else&apos;s). The workspace&apos;s server went away (True) or came back (False). Language in which titles are shown; None shows each in its original language. The server cannot be reached: what is shown stays, edits are refused.</extracomment>
        <translation>No se puede acceder al servidor, así que por ahora no se puede guardar nada; lo que escribió no se guardó. Chairdesk se vuelve a conectar por sí solo: inténtelo de nuevo cuando la barra de estado indique que el servidor ha vuelto.</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>All member states present</source>
        <extracomment>``toggle(rows, field, value)`` sets ``field`` to ``value`` for the contacts of ``rows``.</extracomment>
        <translation>Todos los Estados miembros presentes</translation>
    </message>
    <message>
        <source>Mark every member state present; then press Space on the absent ones</source>
        <translation>Marcar presentes a todos los Estados miembros; luego pulse Espacio en los ausentes</translation>
    </message>
    <message>
        <source>Type a delegation&apos;s name to find it; Space marks it present (in the Credentials column: credentials received); Enter names its representative. Ctrl+Shift+A marks all member states present.</source>
        <translation>Escriba el nombre de una delegación para encontrarla; Espacio la marca presente (en la columna Credenciales: credenciales recibidas); Intro nombra a su representante. Ctrl+Mayús+A marca presentes a todos los Estados miembros.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>International organization</source>
        <translation>Organización internacional</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Member states: {present} of {total} present (they count toward the quorum)</source>
        <translation>Estados miembros: {present} de {total} presentes (cuentan para el quórum)</translation>
    </message>
    <message>
        <source>Observers, organizations, civil society and secretariat: {present} present (not counted toward the quorum)</source>
        <translation>Observadores, organizaciones, sociedad civil y secretaría: {present} presentes (no cuentan para el quórum)</translation>
    </message>
</context>
<context>
    <name>BackgroundOperation</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Chairdesk</source>
        <translation>Chairdesk</translation>
    </message>
</context>
<context>
    <name>CalendarImport</name>
    <message>
        <source>Reading {file}…</source>
        <extracomment>The preview dialog is open (it is ``self.preview``). The range dialog for recurring events is open (``self.range_dialog``). The import was written (the report) or ended without writing (None).</extracomment>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>Cannot import the calendar</source>
        <translation>No se puede importar el calendario</translation>
    </message>
    <message>
        <source>Import cancelled; the workspace was left as it was.</source>
        <translation>Importación cancelada; el espacio de trabajo quedó como estaba.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importación cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}.</source>
        <translation>Se importó {file}: {summary}.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Meetings</source>
        <extracomment>The selection: how many meetings, or why the one selected was cancelled/postponed.</extracomment>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Days with a meeting are in bold and shaded; orange shading marks meetings that overlap; a struck-out day has only cancelled meetings. Double-click a free day to plan a meeting on it.</source>
        <translation>Los días con reunión aparecen en negrita y sombreados; el sombreado naranja señala reuniones que se superponen; un día tachado solo tiene reuniones canceladas. Haga doble clic en un día libre para programar una reunión.</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 reunión</translation>
    </message>
    <message>
        <source>{n} meetings</source>
        <translation>{n} reuniones</translation>
    </message>
    <message>
        <source>{n} cancelled</source>
        <translation>{n} canceladas</translation>
    </message>
    <message>
        <source>⚠ {n} overlap another meeting (hover the title for details)</source>
        <translation>⚠ {n} se superponen con otra reunión (pase el ratón sobre el título para ver los detalles)</translation>
    </message>
    <message>
        <source>{n} meetings selected</source>
        <translation>{n} reuniones seleccionadas</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel meeting</source>
        <translation>Cancelar la reunión</translation>
    </message>
    <message>
        <source>Cancel “{title}” of {date}?</source>
        <translation>¿Cancelar «{title}» del {date}?</translation>
    </message>
    <message>
        <source>Cancel these {n} meetings?</source>
        <translation>¿Cancelar estas {n} reuniones?</translation>
    </message>
    <message>
        <source>e.g. The Permanent Council meets that day</source>
        <translation>p. ej. El Consejo Permanente se reúne ese día</translation>
    </message>
    <message>
        <source>The meeting stays in the calendar, marked cancelled with this reason. The next calendar you export tells delegates it is cancelled.</source>
        <translation>La reunión sigue en el calendario, marcada como cancelada con este motivo. El próximo calendario que exporte informará a las delegaciones de que está cancelada.</translation>
    </message>
    <message>
        <source>Cancel Meeting</source>
        <translation>Cancelar reunión</translation>
    </message>
    <message>
        <source>Keep Meeting</source>
        <translation>Mantener la reunión</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>ChangeWatcher</name>
    <message>
        <source>Updated with changes made by someone else.</source>
        <translation>Actualizado con los cambios de otra persona.</translation>
    </message>
    <message>
        <source>The server is back; edits are possible again.</source>
        <translation>El servidor ha vuelto; ya se puede editar de nuevo.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Modificar el contacto</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Añadir un contacto</translation>
    </message>
    <message>
        <source>e.g. Delegation of Chile, or a person&apos;s name</source>
        <translation>p. ej., Delegación de Chile, o el nombre de una persona</translation>
    </message>
    <message>
        <source>e.g. Alternate Representative</source>
        <translation>p. ej., Representante Alterno</translation>
    </message>
    <message>
        <source>e.g. Permanent Mission of Chile to the OAS</source>
        <translation>p. ej., Misión Permanente de Chile ante la OEA</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@ejemplo.org</translation>
    </message>
    <message>
        <source>e.g. Head of delegation</source>
        <translation>p. ej., Jefe de delegación</translation>
    </message>
    <message>
        <source>&amp;Honorific:</source>
        <translation>&amp;Tratamiento:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;Delegation / organization:</source>
        <translation>&amp;Delegación / organización:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Te&amp;léfono:</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>&amp;Idioma preferido:</translation>
    </message>
    <message>
        <source>&amp;Role on this list:</source>
        <translation>&amp;Función en esta lista:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Enter a name: a person&apos;s, or the delegation&apos;s.</source>
        <translation>Escriba un nombre: el de una persona o el de la delegación.</translation>
    </message>
    <message>
        <source>“{email}” is not a valid e-mail address. Write it as name@example.org, or leave it empty.</source>
        <translation>“{email}” no es una dirección de correo electrónico válida. Escríbala como nombre@ejemplo.org, o déjela vacía.</translation>
    </message>
    <message>
        <source>The role is too long (at most 200 characters).</source>
        <translation>La función es demasiado larga (200 caracteres como máximo).</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decision on item {number}</source>
        <translation>Decisión sobre el tema {number}</translation>
    </message>
    <message>
        <source>What the Working Group decided, e.g. “The Working Group approved …”</source>
        <translation>Lo que decidió el Grupo de Trabajo, p. ej. «El Grupo de Trabajo aprobó …»</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisión:</translation>
    </message>
</context>
<context>
    <name>DeferDialog</name>
    <message>
        <source>Defer item</source>
        <translation>Aplazar punto</translation>
    </message>
    <message>
        <source>Defer “{title}” to:</source>
        <translation>Aplazar «{title}» a:</translation>
    </message>
    <message>
        <source>{date} — {title}</source>
        <translation>{date} — {title}</translation>
    </message>
    <message>
        <source>The item is added at the end of that meeting&apos;s agenda with its documents, and marked deferred here.</source>
        <translation>El punto se añade al final del temario de esa reunión con sus documentos, y aquí queda marcado como aplazado.</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Aplazar</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <source>There is no other meeting to defer the item to. Create it first.</source>
        <translation>No hay otra reunión a la que aplazar el punto. Créela primero.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>&amp;New document…</source>
        <translation>&amp;Nuevo documento…</translation>
    </message>
    <message>
        <source>Add a document to the register</source>
        <translation>Añadir un documento al registro</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modificar…</translation>
    </message>
    <message>
        <source>Change the selected document&apos;s symbol, title, kind or status</source>
        <translation>Modificar la signatura, el título, el tipo o el estado del documento seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected document with its revisions and files</source>
        <translation>Eliminar el documento seleccionado con sus revisiones y archivos</translation>
    </message>
    <message>
        <source>Add &amp;revision…</source>
        <translation>Añadir &amp;revisión…</translation>
    </message>
    <message>
        <source>Add the next revision of the selected document, with its files</source>
        <translation>Añadir la siguiente revisión del documento seleccionado, con sus archivos</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>Ad&amp;juntar archivo…</translation>
    </message>
    <message>
        <source>Attach a file in another language to the selected revision</source>
        <translation>Adjuntar a la revisión seleccionada un archivo en otro idioma</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the selected file with the system&apos;s application</source>
        <translation>Abrir el archivo seleccionado con la aplicación del sistema</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Save the selected file to a folder</source>
        <translation>Guardar el archivo seleccionado en una carpeta</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Eliminar el documento</translation>
    </message>
    <message>
        <source>Delete {symbol} with its {count} revision(s) and their files? Agenda items and mandates will no longer refer to it. You can undo this with Edit ▸ Undo.</source>
        <translation>¿Eliminar {symbol} con sus {count} revisión(es) y sus archivos? Los temas del orden del día y los mandatos dejarán de remitir a él. Puede deshacerlo con Edición ▸ Deshacer.</translation>
    </message>
    <message>
        <source>Add revision</source>
        <translation>Añadir una revisión</translation>
    </message>
    <message>
        <source>Select the document in the register first, then add its revision.</source>
        <translation>Seleccione primero el documento en el registro y luego añada su revisión.</translation>
    </message>
    <message>
        <source>Attach a file to {symbol}</source>
        <translation>Adjuntar un archivo a {symbol}</translation>
    </message>
    <message>
        <source>Language of the file</source>
        <translation>Idioma del archivo</translation>
    </message>
    <message>
        <source>{name} is in:</source>
        <translation>{name} está en:</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Reemplazar el archivo</translation>
    </message>
    <message>
        <source>{symbol} has a {language} file already. Replace it with {name}?</source>
        <translation>{symbol} ya tiene un archivo en {language}. ¿Reemplazarlo por {name}?</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Edit document</source>
        <translation>Modificar el documento</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Nuevo documento</translation>
    </message>
    <message>
        <source>e.g. GT/MISPA-III/doc.7/11</source>
        <translation>p. ej., GT/MISPA-III/doc.7/11</translation>
    </message>
    <message>
        <source>The symbol without “rev.”, “corr.” or “add.”: revisions are added later.</source>
        <translation>La signatura sin “rev.”, “corr.” ni “add.”: las revisiones se añaden después.</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;Signatura:</translation>
    </message>
    <message>
        <source>Original &amp;language:</source>
        <translation>&amp;Idioma original:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Title in {language}:</source>
        <translation>Título en {language}:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Enter the document&apos;s symbol.</source>
        <translation>Escriba la signatura del documento.</translation>
    </message>
    <message>
        <source>Enter the symbol without “{suffix}”: revisions are added to the document.</source>
        <translation>Escriba la signatura sin “{suffix}”: las revisiones se añaden al documento.</translation>
    </message>
    <message>
        <source>Enter the title in the original language.</source>
        <translation>Escriba el título en el idioma original.</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>List of invitees</source>
        <translation>Lista de invitados</translation>
    </message>
    <message>
        <source>Rules of procedure</source>
        <translation>Reglamento</translation>
    </message>
    <message>
        <source>Outcome document</source>
        <translation>Documento final</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Information document</source>
        <translation>Documento informativo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message>
        <source>Draft</source>
        <extracomment>The document&apos;s id, for views that act on the selected row.</extracomment>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Under consideration</source>
        <translation>En consideración</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Symbol</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Latest revision</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <source>Circulated</source>
        <translation>Distribuido</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>(no revision yet)</source>
        <extracomment>The document shown in table row ``row``. The row showing ``document_id``, or -1.</extracomment>
        <translation>(aún sin revisión)</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Drop files here to add them as a new revision of the selected document.</source>
        <translation>Suelte aquí los archivos para añadirlos como nueva revisión del documento seleccionado.</translation>
    </message>
    <message>
        <source>Search by symbol, title in any language, or what changed (Ctrl+F)</source>
        <translation>Buscar por signatura, título en cualquier idioma o cambios (Ctrl+F)</translation>
    </message>
    <message>
        <source>{total} documents</source>
        <translation>{total} documentos</translation>
    </message>
    <message>
        <source>{shown} of {total} documents</source>
        <translation>{shown} de {total} documentos</translation>
    </message>
    <message>
        <source>Select a document to see its revisions.</source>
        <translation>Seleccione un documento para ver sus revisiones.</translation>
    </message>
    <message>
        <source>Revision history of {symbol} — {title}</source>
        <translation>Historial de revisiones de {symbol} — {title}</translation>
    </message>
</context>
<context>
    <name>EntryActions</name>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>How many changed entries a refused bulk change names; the rest are counted.</extracomment>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message numerus="yes">
        <source>Someone else changed %n of the selected invitations since the list was shown: {names}. Nothing was changed. The list now shows their changes; look at them and repeat the change if it still applies.</source>
        <translation>
            <numerusform>Otra persona modificó %n de las invitaciones seleccionadas desde que se mostró la lista: {names}. No se modificó nada. La lista muestra ahora sus cambios; revíselos y repita la operación si sigue siendo necesaria.</numerusform>
            <numerusform>Otra persona modificó %n de las invitaciones seleccionadas desde que se mostró la lista: {names}. No se modificó nada. La lista muestra ahora sus cambios; revíselos y repita la operación si sigue siendo necesaria.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpandRangeDialog</name>
    <message>
        <source>Recurring events</source>
        <translation>Eventos periódicos</translation>
    </message>
    <message>
        <source>{file} holds {count} recurring event(s). Each occurrence up to the date below becomes a meeting of its own; later ones are left out. Importing the file again later finds the same meetings.</source>
        <translation>{file} contiene {count} evento(s) periódico(s). Cada repetición hasta la fecha indicada abajo se convierte en una reunión; las posteriores se dejan fuera. Si vuelve a importar el archivo más adelante, se encontrarán las mismas reuniones.</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Desplegar</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Dejarlos fuera</translation>
    </message>
</context>
<context>
    <name>ExportChoiceDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Exportar el calendario</translation>
    </message>
    <message>
        <source>All meetings ({count})</source>
        <translation>Todas las reuniones ({count})</translation>
    </message>
    <message>
        <source>Only the meetings ticked below</source>
        <translation>Solo las reuniones marcadas abajo</translation>
    </message>
    <message>
        <source>{date}  {start}  {title}</source>
        <translation>{date}  {start}  {title}</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Which meetings go into the calendar file?</source>
        <translation>¿Qué reuniones se incluyen en el archivo de calendario?</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de término</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Huso horario</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Motivo del estado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Original language of the title</source>
        <translation>Idioma original del título</translation>
    </message>
    <message>
        <source>Title in other languages</source>
        <translation>Título en los demás idiomas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Inicio previsto</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duración (minutos)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Title of the resolution</source>
        <translation>Título de la resolución</translation>
    </message>
    <message>
        <source>Title of the resolution in English</source>
        <translation>Título de la resolución en inglés</translation>
    </message>
    <message>
        <source>Title of the resolution in Spanish</source>
        <translation>Título de la resolución en español</translation>
    </message>
    <message>
        <source>Title of the resolution in French</source>
        <translation>Título de la resolución en francés</translation>
    </message>
    <message>
        <source>Title of the resolution in Portuguese</source>
        <translation>Título de la resolución en portugués</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Original language of the mandate</source>
        <translation>Idioma original del mandato</translation>
    </message>
    <message>
        <source>Area responsible</source>
        <translation>Área responsable</translation>
    </message>
    <message>
        <source>Area responsible in English</source>
        <translation>Área responsable en inglés</translation>
    </message>
    <message>
        <source>Area responsible in Spanish</source>
        <translation>Área responsable en español</translation>
    </message>
    <message>
        <source>Area responsible in French</source>
        <translation>Área responsable en francés</translation>
    </message>
    <message>
        <source>Area responsible in Portuguese</source>
        <translation>Área responsable en portugués</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Delegation / organization</source>
        <translation>Delegación / organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Title (position)</source>
        <translation>Cargo</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message numerus="yes">
        <source>Follow-up: %n open action(s) of earlier meetings</source>
        <translation>
            <numerusform>Seguimiento: %n acción pendiente de reuniones anteriores</numerusform>
            <numerusform>Seguimiento: %n acciones pendientes de reuniones anteriores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Working Group to Prepare the Third Meeting of Ministers…</source>
        <translation>Grupo de Trabajo encargado de preparar la Tercera Reunión de Ministros…</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Sigla:</translation>
    </message>
    <message>
        <source>Used in calendar titles, e.g. GT/MISPA-III</source>
        <translation>Se usa en los títulos del calendario, p. ej. GT/MISPA-III</translation>
    </message>
    <message>
        <source>&amp;Parent body:</source>
        <translation>Órgano &amp;superior:</translation>
    </message>
    <message>
        <source>e.g. Committee on Hemispheric Security</source>
        <translation>p. ej. Comisión de Seguridad Hemisférica</translation>
    </message>
    <message>
        <source>Mandate &amp;resolution:</source>
        <translation>&amp;Resolución del mandato:</translation>
    </message>
    <message>
        <source>The meeting it &amp;prepares:</source>
        <translation>La reunión que &amp;prepara:</translation>
    </message>
    <message>
        <source>e.g. MISPA III</source>
        <translation>p. ej. MISPA III</translation>
    </message>
    <message>
        <source>Ministerial meeting &amp;city:</source>
        <translation>&amp;Ciudad de la reunión ministerial:</translation>
    </message>
    <message>
        <source>Ministerial meeting c&amp;ountry:</source>
        <translation>&amp;País de la reunión ministerial:</translation>
    </message>
    <message>
        <source>Ministerial meeting &amp;starts:</source>
        <translation>&amp;Inicio de la reunión ministerial:</translation>
    </message>
    <message>
        <source>Ministerial meeting &amp;ends:</source>
        <translation>&amp;Fin de la reunión ministerial:</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>El grupo</translation>
    </message>
    <message>
        <source>Give the working group&apos;s name.</source>
        <translation>Indique el nombre del grupo de trabajo.</translation>
    </message>
    <message>
        <source>The ministerial meeting cannot end before it starts.</source>
        <translation>La reunión ministerial no puede terminar antes de empezar.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import {file}</source>
        <translation>Importar {file}</translation>
    </message>
    <message>
        <source>{created} meeting(s) will be created, {updated} updated, {unchanged} left as they are; {refused} event(s) cannot be imported.</source>
        <translation>Se crearán {created} reunión(es), se actualizarán {updated} y {unchanged} quedarán como están; {refused} evento(s) no se pueden importar.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Will be created ({count})</source>
        <translation>Se crearán ({count})</translation>
    </message>
    <message>
        <source>Will be updated ({count})</source>
        <translation>Se actualizarán ({count})</translation>
    </message>
    <message>
        <source>Left as they are ({count})</source>
        <translation>Quedan como están ({count})</translation>
    </message>
    <message>
        <source>Cannot be imported ({count})</source>
        <translation>No se pueden importar ({count})</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>the list “{name}”</source>
        <translation>la lista “{name}”</translation>
    </message>
    <message>
        <source>a new list “{name}”</source>
        <translation>una nueva lista “{name}”</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” (header on row {header}) into {target}: {created} to add, {updated} to update, {unchanged} unchanged, {errors} with errors.</source>
        <translation>Hoja “{sheet}” (encabezado en la fila {header}) en {target}: {created} por añadir, {updated} por actualizar, {unchanged} sin cambios, {errors} con errores.</translation>
    </message>
    <message>
        <source>Nothing can be imported until the rows with errors are corrected in the workbook.</source>
        <translation>No se puede importar nada hasta que se corrijan en el libro las filas con errores.</translation>
    </message>
    <message>
        <source>{count} invitee(s) of the list are not in the workbook; they are left as they are.</source>
        <translation>{count} invitado(s) de la lista no figuran en el libro; quedan como están.</translation>
    </message>
    <message>
        <source>{name}: in the list, not in the file</source>
        <translation>{name}: en la lista, no en el archivo</translation>
    </message>
    <message>
        <source>Columns ignored: {columns}.</source>
        <translation>Columnas no tenidas en cuenta: {columns}.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>&amp;Remove from the list the {count} invitee(s) not in the file</source>
        <translation>&amp;Quitar de la lista los {count} invitado(s) que no están en el archivo</translation>
    </message>
</context>
<context>
    <name>InvitationSettingsDialog</name>
    <message>
        <source>Invitation Settings</source>
        <translation>Configuración de las invitaciones</translation>
    </message>
    <message>
        <source>Organizer (saved in this workspace)</source>
        <translation>Organizador (guardado en este espacio de trabajo)</translation>
    </message>
    <message>
        <source>secretariat@example.org</source>
        <translation>secretaria@ejemplo.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;E-mail (replies go here):</source>
        <translation>&amp;Correo electrónico (aquí llegan las respuestas):</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation>Servidor de correo saliente (SMTP)</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.ejemplo.org</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>None (a server on this computer only)</source>
        <translation>Ninguna (solo un servidor en esta computadora)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>S&amp;eguridad:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Calendar server (CalDAV) delegates subscribe to</source>
        <translation>Servidor de calendario (CalDAV) al que se suscriben los delegados</translation>
    </message>
    <message>
        <source>https://calendar.example.org/dav/mispa/</source>
        <translation>https://calendario.ejemplo.org/dav/mispa/</translation>
    </message>
    <message>
        <source>Calendar &amp;URL:</source>
        <translation>&amp;URL del calendario:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>U&amp;suario:</translation>
    </message>
    <message>
        <source>Passw&amp;ord:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Passwords are kept in your system&apos;s keyring, never in the workspace or the settings file.</source>
        <translation>Las contraseñas se guardan en el llavero del sistema, nunca en el espacio de trabajo ni en el archivo de configuración.</translation>
    </message>
    <message>
        <source>no keyring on this computer: asked each time</source>
        <translation>no hay llavero en esta computadora: se pide cada vez</translation>
    </message>
    <message>
        <source>kept in the keyring (type to change)</source>
        <translation>guardada en el llavero (escriba para cambiarla)</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>aún sin guardar</translation>
    </message>
    <message>
        <source>Cannot save the invitation settings</source>
        <translation>No se puede guardar la configuración de las invitaciones</translation>
    </message>
</context>
<context>
    <name>InviteeListsPanel</name>
    <message>
        <source>Invitee list</source>
        <extracomment>Shows a dialog window-modal and calls back on OK (the page&apos;s, so it can find it). The chosen list changed: its id, or 0 for none. The list to choose when it appears (restored state, a new or renamed list).</extracomment>
        <translation>Lista de invitados</translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation>Invitados</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Cambiar el &amp;nombre…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Create a new invitee list</source>
        <translation>Crear una nueva lista de invitados</translation>
    </message>
    <message>
        <source>Rename the selected list</source>
        <translation>Cambiar el nombre de la lista seleccionada</translation>
    </message>
    <message>
        <source>Delete the selected list</source>
        <translation>Eliminar la lista seleccionada</translation>
    </message>
    <message>
        <source>New list…</source>
        <translation>Nueva lista…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar el nombre…</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Eliminar la lista</translation>
    </message>
    <message>
        <source>Delete the list “{name}” and its {count} entries with their status history? The contacts stay in the workspace. This cannot be undone.</source>
        <translation>¿Eliminar la lista “{name}” y sus {count} entradas con su historial de estados? Los contactos permanecen en el espacio de trabajo. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Deleted the list “{name}”.</source>
        <translation>Se eliminó la lista “{name}”.</translation>
    </message>
</context>
<context>
    <name>InviteesModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Delegation / organization</source>
        <translation>Delegación / organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Answered the invitation “tentative”: may attend.</source>
        <translation>Respondió a la invitación “provisional”: puede que asista.</translation>
    </message>
    <message>
        <source>{status} (tentative)</source>
        <translation>{status} (provisional)</translation>
    </message>
</context>
<context>
    <name>InviteesPage</name>
    <message>
        <source>Search name, delegation, country or e-mail (Ctrl+F)</source>
        <extracomment>Lists up to this size are read on the UI thread at once (some 40 ms); larger ones show their first ``PREVIEW_ROWS`` at once and are read whole by the loader. (workspace, list id) whose whole read starts once the first rows are painted.</extracomment>
        <translation>Buscar nombre, delegación, país o correo (Ctrl+F)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Añadir contacto…</translation>
    </message>
    <message>
        <source>Ed&amp;it contact…</source>
        <translation>&amp;Modificar contacto…</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>Cambiar el &amp;estado</translation>
    </message>
    <message>
        <source>No invitee list</source>
        <translation>Ninguna lista de invitados</translation>
    </message>
    <message>
        <source>Loading {total} invitees…</source>
        <translation>Cargando {total} invitados…</translation>
    </message>
    <message>
        <source>{shown} of 1 invitee</source>
        <translation>{shown} de 1 invitado</translation>
    </message>
    <message>
        <source>{shown} of {total} invitees</source>
        <translation>{shown} de {total} invitados</translation>
    </message>
    <message>
        <source>{count} · {selected} selected</source>
        <translation>{count} · {selected} seleccionados</translation>
    </message>
    <message>
        <source>Shown:</source>
        <translation>Mostrados:</translation>
    </message>
    <message>
        <source>All:</source>
        <translation>Todos:</translation>
    </message>
</context>
<context>
    <name>ItemActions</name>
    <message>
        <source>&amp;Add Item…</source>
        <translation>&amp;Añadir tema…</translation>
    </message>
    <message>
        <source>Add an item at the end of the agenda</source>
        <translation>Añadir un tema al final del orden del día</translation>
    </message>
    <message>
        <source>&amp;Edit Item…</source>
        <translation>&amp;Modificar tema…</translation>
    </message>
    <message>
        <source>Change the selected item (Enter)</source>
        <translation>Modificar el tema seleccionado (Intro)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Remove the selected item from the agenda</source>
        <translation>Quitar el tema seleccionado del orden del día</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move the item up (Ctrl+Up)</source>
        <translation>Subir el tema (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move the item down (Ctrl+Down)</source>
        <translation>Bajar el tema (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>Record &amp;Outcome…</source>
        <translation>Registrar &amp;resultado…</translation>
    </message>
    <message>
        <source>Record what the meeting decided on the item</source>
        <translation>Registrar lo que la reunión decidió sobre el tema</translation>
    </message>
    <message>
        <source>De&amp;fer to Next Meeting</source>
        <translation>A&amp;plazar a la próxima reunión</translation>
    </message>
    <message>
        <source>Mark the item deferred and add it to the next meeting&apos;s agenda</source>
        <translation>Marcar el tema como aplazado e incluirlo en el orden del día de la próxima reunión</translation>
    </message>
    <message>
        <source>&amp;Link Documents…</source>
        <translation>&amp;Vincular documentos…</translation>
    </message>
    <message>
        <source>Choose the documents and revisions the item considers</source>
        <translation>Elegir los documentos y revisiones que se consideran en el tema</translation>
    </message>
    <message>
        <source>“{title}” deferred to the meeting of {date}, as item {position}.</source>
        <translation>“{title}” se aplazó a la reunión del {date}, como tema {position}.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit agenda item</source>
        <extracomment>The statuses an outcome can have: what the meeting did with the item.</extracomment>
        <translation>Modificar el tema del orden del día</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nuevo tema del orden del día</translation>
    </message>
    <message>
        <source>e.g. Consideration of the draft work plan</source>
        <translation>p. ej., Consideración del proyecto de plan de trabajo</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>e.g. Chair of the Working Group</source>
        <translation>p. ej., Presidencia del Grupo de Trabajo</translation>
    </message>
    <message>
        <source>At a fixed time:</source>
        <translation>A una hora fija:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Añadir el tema</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Pillar:</source>
        <translation>&amp;Pilar:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Planned start:</source>
        <translation>Inicio previsto:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisión:</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>Dé un título al tema.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
</context>
<context>
    <name>LinkDocumentsDialog</name>
    <message>
        <source>Documents considered</source>
        <extracomment>Revisions circulated after this day are linked only if the chair says so.</extracomment>
        <translation>Documentos considerados</translation>
    </message>
    <message>
        <source>Tick the documents “{title}” considers. Choose a revision to record exactly which text was before the meeting.</source>
        <translation>Marque los documentos que se consideran en “{title}”. Elija una revisión para dejar constancia exacta del texto que tuvo ante sí la reunión.</translation>
    </message>
    <message>
        <source>Filter by symbol or title</source>
        <translation>Filtrar por signatura o título</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Any revision</source>
        <translation>Cualquier revisión</translation>
    </message>
    <message>
        <source>{symbols} was circulated after the meeting of {date}. Record it as considered at that meeting anyway?</source>
        <translation>{symbols} se distribuyó después de la reunión del {date}. ¿Registrarlo de todos modos como considerado en esa reunión?</translation>
    </message>
    <message>
        <source>Revision circulated after the meeting</source>
        <translation>Revisión distribuida después de la reunión</translation>
    </message>
</context>
<context>
    <name>LinkPickerDelegate</name>
    <message>
        <source>Space or a click ticks; Enter saves; Esc cancels.</source>
        <extracomment>Returns (id, label) for every row that can be linked, read when the editor opens.</extracomment>
        <translation>Espacio o un clic marca; Intro guarda; Esc cancela.</translation>
    </message>
</context>
<context>
    <name>ListChoiceDialog</name>
    <message>
        <source>Import {file}</source>
        <translation>Importar {file}</translation>
    </message>
    <message>
        <source>Rows are matched to the list&apos;s invitees by e-mail, else by name and organisation. Type a new name to make a new list. Nothing is written before you have seen what would change.</source>
        <translation>Las filas se asocian con los invitados de la lista por el correo electrónico o, si no, por el nombre y la organización. Escriba un nombre nuevo para crear una lista nueva. No se escribe nada antes de que usted vea qué cambiaría.</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <source>Invitee &amp;list:</source>
        <translation>&amp;Lista de invitados:</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <source>Rename list</source>
        <translation>Cambiar el nombre de la lista</translation>
    </message>
    <message>
        <source>New invitee list</source>
        <translation>Nueva lista de invitados</translation>
    </message>
    <message>
        <source>e.g. MISPA III - list of observers</source>
        <translation>p. ej., MISPA III - lista de observadores</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Enter a name for the list.</source>
        <translation>Escriba un nombre para la lista.</translation>
    </message>
    <message>
        <source>There is already a list called “{name}”. Choose another name.</source>
        <translation>Ya existe una lista llamada “{name}”. Elija otro nombre.</translation>
    </message>
    <message>
        <source>The name is too long (at most 300 characters).</source>
        <translation>El nombre es demasiado largo (300 caracteres como máximo).</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Modules that add to File &gt; Export and File &gt; Import, each with its hook function.</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Create a new workspace file</source>
        <translation>Crear un nuevo archivo de espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Abrir un archivo de espacio de trabajo</translation>
    </message>
    <message>
        <source>Open &amp;Team Workspace…</source>
        <translation>Abrir espacio de trabajo &amp;compartido…</translation>
    </message>
    <message>
        <source>Open a workspace a secretariat shares on a PostgreSQL server</source>
        <translation>Abrir un espacio de trabajo que una secretaría comparte en un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>Save a copy of this workspace under another name</source>
        <translation>Guardar una copia de este espacio de trabajo con otro nombre</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close this workspace and go back to the start view</source>
        <translation>Cerrar este espacio de trabajo y volver a la vista de inicio</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
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
        <source>&amp;Working Group…</source>
        <translation>&amp;Grupo de trabajo…</translation>
    </message>
    <message>
        <source>The group&apos;s name, acronym, chair and vice chairs, where it meets and how its papers look</source>
        <translation>Nombre, sigla, presidencia y vicepresidencias del grupo, dónde se reúne y el formato de sus documentos</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Open the MISPA III &amp;Example</source>
        <translation>Abrir el &amp;ejemplo de la MISPA III</translation>
    </message>
    <message>
        <source>&amp;About Chairdesk</source>
        <translation>&amp;Acerca de Chairdesk</translation>
    </message>
    <message>
        <source>{entry} (missing)</source>
        <translation>{entry} (no encontrado)</translation>
    </message>
    <message>
        <source>No Recent Workspaces</source>
        <translation>No hay espacios de trabajo recientes</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Vaciar el menú</translation>
    </message>
    <message>
        <source>About Chairdesk</source>
        <translation>Acerca de Chairdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Chairdesk {version}&lt;/h3&gt;&lt;p&gt;Prepares a ministerial meeting: the calendar of the working group&apos;s meetings, their agendas, the documents and their revisions, the invitee lists and the work plan.&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chairdesk {version}&lt;/h3&gt;&lt;p&gt;Prepara una reunión ministerial: el calendario de reuniones del grupo de trabajo, sus órdenes del día, los documentos y sus revisiones, las listas de invitados y el plan de trabajo.&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Views</source>
        <extracomment>The window painted for the first time (the start-up benchmark&apos;s finish line). Preferences chose another language: the application reopens the window in it. Every view in navigation order, and the ones whose page module is installed.</extracomment>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>The server cannot be reached: you see what was last loaded, and edits are refused until it is back. Reconnecting…</source>
        <translation>No se puede acceder al servidor: se muestra lo último que se cargó y no se admiten cambios hasta que vuelva. Reconectando…</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>Se abrió {name}.</translation>
    </message>
    <message>
        <source>{name}: no damaged pages found.</source>
        <translation>{name}: no se encontraron páginas dañadas.</translation>
    </message>
    <message>
        <source>{name} is damaged ({problems}). Save a copy of it now, and open a backup copy if something is missing.</source>
        <translation>{name} está dañado ({problems}). Guarde una copia ahora y abra una copia de seguridad si falta algo.</translation>
    </message>
    <message>
        <source>Chairdesk</source>
        <translation>Chairdesk</translation>
    </message>
    <message>
        <source>{name} — Chairdesk</source>
        <translation>{name} — Chairdesk</translation>
    </message>
    <message>
        <source>The {view} view could not be opened:
{error}</source>
        <translation>No se pudo abrir la vista {view}:
{error}</translation>
    </message>
    <message>
        <source>Open a workspace to add files to its documents.</source>
        <translation>Abra un espacio de trabajo para añadir archivos a sus documentos.</translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <source>Add mandate</source>
        <translation>Añadir un mandato</translation>
    </message>
    <message>
        <source>e.g. AG/RES. 2629 (XLI-O/11)</source>
        <translation>p. ej., AG/RES. 2629 (XLI-O/11)</translation>
    </message>
    <message>
        <source>What the resolution asks, as worded in it.</source>
        <translation>Lo que pide la resolución, en sus propios términos.</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
    <message>
        <source>Resolution &amp;title:</source>
        <translation>&amp;Título de la resolución:</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>&amp;Mandato:</translation>
    </message>
    <message>
        <source>&amp;Area responsible:</source>
        <translation>Área res&amp;ponsable:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Fecha límite:</translation>
    </message>
    <message>
        <source>Enter the resolution that gives the mandate.</source>
        <translation>Escriba la resolución que establece el mandato.</translation>
    </message>
    <message>
        <source>Enter the text of the mandate.</source>
        <translation>Escriba el texto del mandato.</translation>
    </message>
</context>
<context>
    <name>MandateStatus</name>
    <message>
        <source>Pending</source>
        <extracomment>The field each column edits (links are set through ``set_links``).</extracomment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Cumplido</translation>
    </message>
</context>
<context>
    <name>MandatesModel</name>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Area responsible</source>
        <translation>Área responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message>
        <source>&amp;New Meeting…</source>
        <translation>&amp;Nueva reunión…</translation>
    </message>
    <message>
        <source>Add a meeting to the calendar</source>
        <translation>Añadir una reunión al calendario</translation>
    </message>
    <message>
        <source>New &amp;Series…</source>
        <translation>Nueva &amp;serie…</translation>
    </message>
    <message>
        <source>Add meetings on chosen weekdays between two dates</source>
        <translation>Añadir reuniones en los días de la semana elegidos entre dos fechas</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modificar…</translation>
    </message>
    <message>
        <source>Change the selected meeting (Enter)</source>
        <translation>Modificar la reunión seleccionada (Intro)</translation>
    </message>
    <message>
        <source>&amp;Cancel Meeting</source>
        <translation>&amp;Cancelar la reunión</translation>
    </message>
    <message>
        <source>Mark the selected meetings cancelled (calendars will show them so)</source>
        <translation>Marcar como canceladas las reuniones seleccionadas (así aparecerán en los calendarios)</translation>
    </message>
    <message>
        <source>&amp;Postpone…</source>
        <translation>&amp;Aplazar…</translation>
    </message>
    <message>
        <source>Move the selected meeting to another date, or mark it postponed</source>
        <translation>Pasar la reunión seleccionada a otra fecha, o marcarla como aplazada</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected meetings</source>
        <translation>Eliminar las reuniones seleccionadas</translation>
    </message>
    <message>
        <source>Delete “{title}” of {date}?</source>
        <translation>¿Eliminar “{title}” del {date}?</translation>
    </message>
    <message>
        <source>Delete these {n} meetings?</source>
        <translation>¿Eliminar estas {n} reuniones?</translation>
    </message>
    <message>
        <source>Their agendas ({n} items) are deleted with them.</source>
        <translation>Sus órdenes del día ({n} temas) se eliminan con ellas.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Eliminar la reunión</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Puede deshacerlo con Edición ▸ Deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Edit meeting</source>
        <translation>Modificar la reunión</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>e.g. Sixth meeting of the Working Group</source>
        <translation>p. ej., Sexta reunión del Grupo de Trabajo</translation>
    </message>
    <message>
        <source>Left empty, the meeting is called by its number or its date.</source>
        <translation>Si se deja vacío, la reunión se designa por su número o su fecha.</translation>
    </message>
    <message>
        <source>The language the title was written in</source>
        <translation>El idioma en que se redactó el título</translation>
    </message>
    <message>
        <source>Titles in other languages</source>
        <translation>Títulos en otros idiomas</translation>
    </message>
    <message>
        <source>{language}:</source>
        <translation>{language}:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>The meeting&apos;s number in the series (1st, 2nd …)</source>
        <translation>El número de la reunión en la serie (1.ª, 2.ª…)</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>&amp;Todo el día</translation>
    </message>
    <message>
        <source>A meeting that takes whole days, such as the ministerial meeting itself</source>
        <translation>Una reunión de días completos, como la propia reunión ministerial</translation>
    </message>
    <message>
        <source>The last day of a meeting of several days</source>
        <translation>El último día de una reunión de varios días</translation>
    </message>
    <message>
        <source>e.g. Padilha Vidal Room</source>
        <translation>p. ej., Salón Padilha Vidal</translation>
    </message>
    <message>
        <source>e.g. OAS headquarters, Washington, D.C.</source>
        <translation>p. ej., Sede de la OEA, Washington, D.C.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Create meeting</source>
        <translation>Crear la reunión</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Ú&amp;ltimo día:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>The last day cannot come before the first.</source>
        <translation>El último día no puede ser anterior al primero.</translation>
    </message>
    <message>
        <source>A meeting takes at most {count} days.</source>
        <translation>Una reunión dura como máximo {count} días.</translation>
    </message>
    <message>
        <source>The meeting must end after it starts.</source>
        <translation>La reunión debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>Pick a time zone from the list: type part of its name, e.g. “York”.</source>
        <translation>Elija una zona horaria de la lista: escriba parte de su nombre, p. ej., “York”.</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>No.</source>
        <extracomment>The meeting&apos;s id, for any cell of its row. The stored status value (``&quot;cancelled&quot;``), for the status delegate. The most meetings named in an overlap tooltip before &quot;and N more&quot;.</extracomment>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Overlaps with {meetings}</source>
        <extracomment>The meeting shown in table row ``index``. The table row of the meeting, or -1.</extracomment>
        <translation>Se superpone con {meetings}</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> y {count} más</translation>
    </message>
    <message>
        <source>{span}, time zone {zone}</source>
        <translation>{span}, zona horaria {zone}</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
    <message>
        <source>{title} ({date}, {span})</source>
        <translation>{title} ({date}, {span})</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>“{url}” is not the address of a calendar. Give the calendar&apos;s full URL, e.g. https://calendar.example.org/dav/secretariat/mispa/ (your server&apos;s settings show it).</source>
        <extracomment>Where the errors of a request to the server come from (others are bugs: raised).</extracomment>
        <translation>“{url}” no es la dirección de un calendario. Indique la URL completa del calendario, por ejemplo https://calendar.example.org/dav/secretariat/mispa/ (figura en la configuración de su servidor).</translation>
    </message>
    <message>
        <source>{done} of {total} change(s) were published and recorded; publish again to send the rest.</source>
        <translation>Se publicaron y registraron {done} de {total} cambio(s); vuelva a publicar para enviar el resto.</translation>
    </message>
    <message>
        <source>Nothing was changed on the server.</source>
        <translation>No se cambió nada en el servidor.</translation>
    </message>
    <message>
        <source>The CalDAV server forbids “{user}” to write to {calendar} (403 Forbidden). Check the calendar&apos;s address and that this account may change it. {kept}</source>
        <translation>El servidor CalDAV no permite a “{user}” escribir en {calendar} (403 Forbidden). Compruebe la dirección del calendario y que esta cuenta pueda modificarlo. {kept}</translation>
    </message>
    <message>
        <source>The CalDAV server refused the login of “{user}” (401 Unauthorized). Check the user name and password. {kept}</source>
        <translation>El servidor CalDAV rechazó el inicio de sesión de “{user}” (401 Unauthorized). Compruebe el nombre de usuario y la contraseña. {kept}</translation>
    </message>
    <message>
        <source>{reason} {kept}</source>
        <translation>{reason} {kept}</translation>
    </message>
    <message>
        <source>The CalDAV server failed to store the calendar ({request} answered {status}). Try again later, or ask the server&apos;s administrator.</source>
        <translation>El servidor CalDAV no pudo guardar el calendario ({request} respondió {status}). Vuelva a intentarlo más tarde o consulte al administrador del servidor.</translation>
    </message>
    <message>
        <source>Could not reach the CalDAV server at {calendar} ({reason}). Check the address and your network.</source>
        <extracomment>(event to PUT, its hash) or (None, UID to DELETE)</extracomment>
        <translation>No se pudo conectar con el servidor CalDAV en {calendar} ({reason}). Compruebe la dirección y su red.</translation>
    </message>
    <message>
        <source>The system keyring cannot be used ({reason}). The password was not saved; type it each time, or install and unlock a keyring (Secret Service, KWallet).</source>
        <translation>No se puede usar el llavero del sistema ({reason}). La contraseña no se guardó; escríbala cada vez, o instale y desbloquee un llavero (Secret Service, KWallet).</translation>
    </message>
    <message>
        <source>There is no invitee list called “{name}”. Check the name (the window&apos;s Invitees page lists them).</source>
        <translation>No hay ninguna lista de invitados llamada “{name}”. Compruebe el nombre (la página Invitados de la ventana las muestra todas).</translation>
    </message>
    <message>
        <source>{file} is not a text file (it holds NUL bytes). Choose the CSV file, or save the list from Excel as CSV UTF-8.</source>
        <extracomment>Longest field accepted (csv&apos;s own limit is 128 KB; a name is a few dozen characters). Lines to skip before the data (Excel&apos;s ``sep=`` line).</extracomment>
        <translation>{file} no es un archivo de texto (contiene bytes NUL). Elija el archivo CSV, o guarde la lista desde Excel como CSV UTF-8.</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor Windows-1252 text, so its accents cannot be read reliably. In Excel, save it with File &gt; Save As &gt; “CSV UTF-8 (Comma delimited)”.</source>
        <translation>{file} no es texto UTF-8 ni Windows-1252, por lo que sus acentos no se pueden leer con seguridad. En Excel, guárdelo con Archivo &gt; Guardar como &gt; “CSV UTF-8 (delimitado por comas)”.</translation>
    </message>
    <message>
        <source>{file} is larger than the {limit} MB a list may have here. Split the list into smaller files.</source>
        <translation>{file} supera los {limit} MB que puede tener aquí una lista. Divida la lista en archivos más pequeños.</translation>
    </message>
    <message>
        <source>Line {line} of {file} cannot be read as CSV ({reason}). Open the file in Excel or LibreOffice and save it again as CSV.</source>
        <translation>La línea {line} de {file} no se puede leer como CSV ({reason}). Abra el archivo en Excel o LibreOffice y vuelva a guardarlo como CSV.</translation>
    </message>
    <message>
        <source>{file} changed while it was read (its text is no longer {encoding}). Import it again.</source>
        <translation>{file} cambió mientras se leía (su texto ya no es {encoding}). Vuelva a importarlo.</translation>
    </message>
    <message>
        <source>it repeats more than {limit} times up to {date}. Choose an earlier date to expand it to.</source>
        <extracomment>Expanding one recurring event into more meetings than this is refused. The calendar&apos;s METHOD (&quot;CANCEL&quot; for an Outlook cancellation). First and last day (inclusive) of an all-day event; None for one with times. The zone an all-day event was exported from (X-CHAIRDESK-TIMEZONE), if a known one. Refused only because it repeats and no expansion range was given. ``reason`` as a message the window translates. What the report says besides the events, in English (``explained_notes`` to translate). SEQUENCE is a 32-bit integer in every calendar program.</extracomment>
        <translation>se repite más de {limit} veces hasta el {date}. Elija una fecha anterior hasta la cual desarrollarlo.</translation>
    </message>
    <message>
        <source>its repeat rule (RRULE) cannot be read: {reason}.</source>
        <translation>su regla de repetición (RRULE) no se puede leer: {reason}.</translation>
    </message>
    <message>
        <source>“{title}” repeats after {date}; only the {count} occurrence(s) up to that date were imported.</source>
        <translation>“{title}” se repite después del {date}; solo se importaron las {count} repeticiones hasta esa fecha.</translation>
    </message>
    <message>
        <source>it cannot be read ({reason}); correct it in your calendar and export it again.</source>
        <translation>no se puede leer ({reason}); corríjalo en su calendario y vuelva a exportarlo.</translation>
    </message>
    <message>
        <source>“{title}” is in the file {count} times with the same UID; the newest version (SEQUENCE {sequence}) was read and the older ones skipped.</source>
        <translation>“{title}” figura {count} veces en el archivo con el mismo UID; se leyó la versión más reciente (SEQUENCE {sequence}) y se omitieron las anteriores.</translation>
    </message>
    <message>
        <source>it is a recurring event (and {count} changed occurrence(s)). Choose a date up to which to turn its occurrences into meetings (on the command line: --expand-until YYYY-MM-DD).</source>
        <translation>es un evento periódico (con {count} repetición(es) modificada(s)). Elija una fecha hasta la cual convertir sus repeticiones en reuniones (en la línea de comandos: --expand-until AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>it is a recurring event. Choose a date up to which to turn its occurrences into meetings (on the command line: --expand-until YYYY-MM-DD).</source>
        <translation>es un evento periódico. Elija una fecha hasta la cual convertir sus repeticiones en reuniones (en la línea de comandos: --expand-until AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>There is no meeting with id {ids} in this workspace; nothing was exported. Check the meeting numbers (ids) and try again.</source>
        <extracomment>How a meeting&apos;s status reads in a calendar; the exact status rides along in X-CHAIRDESK-STATUS where the calendar&apos;s three words cannot say it. The meeting status a calendar&apos;s STATUS alone stands for. Outlook&apos;s own mark of an all-day event, beside the DATE values every client reads. The zone of an all-day meeting, which its DATE values cannot carry (for a re-import). Report progress every so many events.</extracomment>
        <translation>No hay ninguna reunión con el id {ids} en este espacio de trabajo; no se exportó nada. Compruebe los números (ids) de las reuniones y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>There are no meetings with ids {ids} in this workspace; nothing was exported. Check the meeting numbers (ids) and try again.</source>
        <translation>No hay reuniones con los ids {ids} en este espacio de trabajo; no se exportó nada. Compruebe los números (ids) de las reuniones y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{file} is {size} MB, more than the {limit} MB a calendar file may have; nothing was imported. Check that you chose the right file, or export only the meetings you need.</source>
        <extracomment>A calendar of meetings is a few hundred kilobytes; 20 MB is far beyond any real one. Control characters no text calendar holds (tab, line feed, form feed and CR aside). What a VTIMEZONE may hold: real zones have a few dozen observances at most, each a yearly rule or a few dates. A rule repeating every second (or every hour through BYHOUR) would be expanded without bound by the library that reads it. Years a time zone&apos;s observances may start in.</extracomment>
        <translation>{file} ocupa {size} MB, más de los {limit} MB que puede tener un archivo de calendario; no se importó nada. Compruebe que eligió el archivo correcto, o exporte solo las reuniones que necesita.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text, as iCalendar files must be: the file holds characters in another encoding (perhaps Windows-1252 from an old Outlook). Nothing was imported. Export the calendar again, or open the file in a text editor and save it as UTF-8, then import it again.</source>
        <translation>{file} no es texto UTF-8, como deben serlo los archivos iCalendar: contiene caracteres en otra codificación (quizá Windows-1252 de un Outlook antiguo). No se importó nada. Vuelva a exportar el calendario, o abra el archivo en un editor de texto, guárdelo como UTF-8 y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>{file} is not an iCalendar file (it holds binary data); nothing was imported. Choose the .ics file your calendar program exported.</source>
        <translation>{file} no es un archivo iCalendar (contiene datos binarios); no se importó nada. Elija el archivo .ics que exportó su programa de calendario.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text, as iCalendar files must be: line {line} (after unfolding), “{text}”, holds characters in another encoding (perhaps Windows-1252 from an old Outlook). Nothing was imported. Export the calendar again, or open the file in a text editor and save it as UTF-8, then import it again.</source>
        <translation>{file} no es texto UTF-8, como deben serlo los archivos iCalendar: la línea {line} (una vez desplegada), “{text}”, contiene caracteres en otra codificación (quizá Windows-1252 de un Outlook antiguo). No se importó nada. Vuelva a exportar el calendario, o abra el archivo en un editor de texto, guárdelo como UTF-8 y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text; it was read as Windows-1252, the encoding older Outlook versions write. Check the accents of what was imported, e.g. line {line} (after unfolding): “{text}”.</source>
        <translation>{file} no es texto UTF-8; se leyó como Windows-1252, la codificación que escriben las versiones antiguas de Outlook. Compruebe los acentos de lo importado, por ejemplo la línea {line} (una vez desplegada): “{text}”.</translation>
    </message>
    <message>
        <source>{file} is not an iCalendar file: it should start with BEGIN:VCALENDAR, but line {line} reads “{text}”. Nothing was imported. Choose the .ics file your calendar program exported.</source>
        <translation>{file} no es un archivo iCalendar: debería empezar por BEGIN:VCALENDAR, pero la línea {line} dice “{text}”. No se importó nada. Elija el archivo .ics que exportó su programa de calendario.</translation>
    </message>
    <message>
        <source>{file} is not an iCalendar file: it starts with BEGIN:{block} instead of BEGIN:VCALENDAR. Nothing was imported.</source>
        <translation>{file} no es un archivo iCalendar: empieza por BEGIN:{block} en lugar de BEGIN:VCALENDAR. No se importó nada.</translation>
    </message>
    <message>
        <source>{file} is damaged: END:{block} on line {line} closes nothing that was opened. Nothing was imported; export the calendar again.</source>
        <translation>{file} está dañado: END:{block} en la línea {line} no cierra nada que se haya abierto. No se importó nada; vuelva a exportar el calendario.</translation>
    </message>
    <message>
        <source>{file} is incomplete: BEGIN:{block} on line {line} is never closed (the file may have been cut short). Nothing was imported; export the calendar again.</source>
        <translation>{file} está incompleto: BEGIN:{block} en la línea {line} nunca se cierra (puede que el archivo esté cortado). No se importó nada; vuelva a exportar el calendario.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read ({reason}). Nothing was imported; export the calendar again.</source>
        <translation>{file} está dañado y no se puede leer ({reason}). No se importó nada; vuelva a exportar el calendario.</translation>
    </message>
    <message>
        <source>{file} has values that cannot be read: {problems} (and {more} more). Nothing was imported; correct these lines or export the calendar again.</source>
        <translation>{file} tiene valores que no se pueden leer: {problems} (y {more} más). No se importó nada; corrija esas líneas o vuelva a exportar el calendario.</translation>
    </message>
    <message>
        <source>{file} has values that cannot be read: {problems}. Nothing was imported; correct these lines or export the calendar again.</source>
        <translation>{file} tiene valores que no se pueden leer: {problems}. No se importó nada; corrija esas líneas o vuelva a exportar el calendario.</translation>
    </message>
    <message>
        <source>{file} holds no events (VEVENT), so there are no meetings to import.</source>
        <translation>{file} no contiene eventos (VEVENT), así que no hay reuniones que importar.</translation>
    </message>
    <message>
        <source>it has {count} STANDARD/DAYLIGHT parts</source>
        <extracomment>METHOD, upper case (&quot;PUBLISH&quot;, &quot;REQUEST&quot;, &quot;CANCEL&quot;), or &quot;&quot;. X-WR-TIMEZONE as written (Google, Apple): the zone of the calendar&apos;s floating times. What the report must say about how the file was read (its encoding), or None.</extracomment>
        <translation>tiene {count} partes STANDARD/DAYLIGHT</translation>
    </message>
    <message>
        <source>it lists more than {limit} change dates (RDATE)</source>
        <translation>enumera más de {limit} fechas de cambio (RDATE)</translation>
    </message>
    <message>
        <source>a part has no start</source>
        <translation>una de sus partes no tiene inicio</translation>
    </message>
    <message>
        <source>a {part} part starts in year {year}</source>
        <translation>una parte {part} empieza en el año {year}</translation>
    </message>
    <message>
        <source>a {part} rule repeats {frequency}, not yearly</source>
        <translation>una regla {part} se repite con frecuencia {frequency}, no anual</translation>
    </message>
    <message>
        <source>a {part} rule uses {parts}</source>
        <translation>una regla {part} usa {parts}</translation>
    </message>
    <message>
        <source>{file} describes its time zone “{zone}” in a way no calendar program writes ({problem}); reading it might never finish. Nothing was imported; export the calendar again from your calendar program.</source>
        <translation>{file} describe su huso horario “{zone}” de una forma que ningún programa de calendario escribe ({problem}); leerlo podría no terminar nunca. No se importó nada; vuelva a exportar el calendario desde su programa de calendario.</translation>
    </message>
    <message>
        <source>{file} is empty: it holds no calendar. Nothing was imported; choose the .ics file your calendar program exported.</source>
        <translation>{file} está vacío: no contiene ningún calendario. No se importó nada; elija el archivo .ics que exportó su programa de calendario.</translation>
    </message>
    <message>
        <source>its time {date} is outside the years {first}–{last} a meeting can have. Correct the date in your calendar and export it again.</source>
        <extracomment>The longest an event may last to become a meeting (a multi-day meeting included). The Windows zone name the TZID gave, when it was one (``zone`` is then its default). The calendar&apos;s own zone (X-WR-TIMEZONE), for placing a UTC time of a new meeting. &quot;its ... is outside the years&quot;: one sentence for each date of an event that is checked.</extracomment>
        <translation>su hora {date} está fuera de los años {first}–{last} que puede tener una reunión. Corrija la fecha en su calendario y vuelva a exportarlo.</translation>
    </message>
    <message>
        <source>its start (DTSTART) {date} is outside the years {first}–{last} a meeting can have. Correct the date in your calendar and export it again.</source>
        <translation>su inicio (DTSTART) {date} está fuera de los años {first}–{last} que puede tener una reunión. Corrija la fecha en su calendario y vuelva a exportarlo.</translation>
    </message>
    <message>
        <source>its end (DTEND) {date} is outside the years {first}–{last} a meeting can have. Correct the date in your calendar and export it again.</source>
        <translation>su fin (DTEND) {date} está fuera de los años {first}–{last} que puede tener una reunión. Corrija la fecha en su calendario y vuelva a exportarlo.</translation>
    </message>
    <message>
        <source>its date {date} is outside the years {first}–{last} a meeting can have. Correct the date in your calendar and export it again.</source>
        <translation>su fecha {date} está fuera de los años {first}–{last} que puede tener una reunión. Corrija la fecha en su calendario y vuelva a exportarlo.</translation>
    </message>
    <message>
        <source>its time zone “{zone}” is neither a known zone nor described in the file. Export it again from your calendar with its time zones included.</source>
        <translation>su huso horario “{zone}” no es un huso conocido ni está descrito en el archivo. Vuelva a exportarlo desde su calendario incluyendo los husos horarios.</translation>
    </message>
    <message>
        <source>it has no start time (DTSTART).</source>
        <translation>no tiene hora de inicio (DTSTART).</translation>
    </message>
    <message>
        <source>its end (DTEND) is a date without a time.</source>
        <translation>su fin (DTEND) es una fecha sin hora.</translation>
    </message>
    <message>
        <source>it has no end time (neither DTEND nor DURATION).</source>
        <translation>no tiene hora de fin (ni DTEND ni DURATION).</translation>
    </message>
    <message>
        <source>it ends before it starts, or lasts no time at all.</source>
        <translation>termina antes de empezar, o no dura nada.</translation>
    </message>
    <message>
        <source>it is an all-day event whose DURATION is not a number of days.</source>
        <translation>es un evento de día completo cuya DURATION no es un número de días.</translation>
    </message>
    <message>
        <source>it lasts {days} days; a meeting lasts at most {limit} days. Correct its end in your calendar and export it again.</source>
        <translation>dura {days} días; una reunión dura como máximo {limit} días. Corrija su fin en su calendario y vuelva a exportarlo.</translation>
    </message>
    <message>
        <source>There is no meeting with id {id} in this workspace.</source>
        <extracomment>Messages this run is to send (after leaving out those already sent). Addresses that already had this version of the invitation. ``refused`` as messages the window translates. Why the run stopped before the end (cancelled, connection dropped), or &quot;&quot;. ``stopped`` as a message the window translates, or None.</extracomment>
        <translation>No hay ninguna reunión con el id {id} en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>“{title}” invites no invitee list yet. Choose the list(s) it invites in the meeting&apos;s invitations, then send again.</source>
        <translation>“{title}” todavía no invita a ninguna lista de invitados. Elija la(s) lista(s) que invita en las invitaciones de la reunión y vuelva a enviar.</translation>
    </message>
    <message>
        <source>Stopped after {sent} of {total} message(s); run it again to send the rest (nothing is sent twice).</source>
        <translation>Se detuvo tras {sent} de {total} mensaje(s); vuelva a ejecutarlo para enviar el resto (nada se envía dos veces).</translation>
    </message>
    <message>
        <source>{reason} {sent} of {total} message(s) were sent and recorded; send again to deliver the rest (nothing is sent twice).</source>
        <translation>{reason} Se enviaron y registraron {sent} de {total} mensaje(s); vuelva a enviar para entregar el resto (nada se envía dos veces).</translation>
    </message>
    <message>
        <source>Unknown connection security “{security}”.</source>
        <translation>Seguridad de conexión desconocida: “{security}”.</translation>
    </message>
    <message>
        <source>The mail server {server} refused the login of “{user}” ({reply}). Check the user name and password in the SMTP settings; nothing was sent.</source>
        <translation>El servidor de correo {server} rechazó el inicio de sesión de “{user}” ({reply}). Compruebe el nombre de usuario y la contraseña en la configuración SMTP; no se envió nada.</translation>
    </message>
    <message>
        <source>The mail server {server} does not offer STARTTLS. Choose SSL or another port in the SMTP settings (ask your IT for the right ones); nothing was sent.</source>
        <translation>El servidor de correo {server} no ofrece STARTTLS. Elija SSL u otro puerto en la configuración SMTP (pida los datos correctos a su departamento de informática); no se envió nada.</translation>
    </message>
    <message>
        <source>The mail server {server} does not offer login. Choose SSL or another port in the SMTP settings (ask your IT for the right ones); nothing was sent.</source>
        <translation>El servidor de correo {server} no ofrece inicio de sesión. Elija SSL u otro puerto en la configuración SMTP (pida los datos correctos a su departamento de informática); no se envió nada.</translation>
    </message>
    <message>
        <source>Could not connect to the mail server {server} ({reason}). Check the host, port and security in the SMTP settings, and your network; nothing was sent.</source>
        <translation>No se pudo conectar con el servidor de correo {server} ({reason}). Compruebe el servidor, el puerto y la seguridad en la configuración SMTP, y su red; no se envió nada.</translation>
    </message>
    <message>
        <source>The server refused {details}.</source>
        <translation>El servidor rechazó {details}.</translation>
    </message>
    <message>
        <source>The mail server refused to send from {sender} ({reply}). Give the organizer an address your account may send from (working group settings).</source>
        <translation>El servidor de correo se negó a enviar desde {sender} ({reply}). Dé al organizador una dirección desde la que su cuenta pueda enviar (configuración del grupo de trabajo).</translation>
    </message>
    <message>
        <source>The mail server answered {reply}.</source>
        <translation>El servidor de correo respondió {reply}.</translation>
    </message>
    <message>
        <source>The connection to the mail server dropped ({reason}).</source>
        <translation>Se cortó la conexión con el servidor de correo ({reason}).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it or choose another one; nothing was written.</source>
        <translation>La carpeta {folder} no existe. Créela o elija otra; no se escribió nada.</translation>
    </message>
    <message>
        <source>Could not write {file} ({reason}). Check the folder and free disk space.</source>
        <translation>No se pudo escribir {file} ({reason}). Compruebe la carpeta y el espacio libre en disco.</translation>
    </message>
    <message>
        <source>{file} is damaged or not a spreadsheet ({reason}). Open it in LibreOffice and save it again as .ods, or as Excel Workbook (.xlsx).</source>
        <translation>{file} está dañado o no es una hoja de cálculo ({reason}). Ábralo en LibreOffice y vuelva a guardarlo como .ods, o como libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>“{value}” is not a count</source>
        <extracomment>Rows parsed and not yet handed out: (first number, values, repeat, spans).</extracomment>
        <translation>“{value}” no es un número de repeticiones</translation>
    </message>
    <message>
        <source>a repeat count below one</source>
        <translation>un número de repeticiones menor que uno</translation>
    </message>
    <message>
        <source>a row wider than 16,384 columns</source>
        <translation>una fila de más de 16.384 columnas</translation>
    </message>
    <message>
        <source>more than {limit} rows</source>
        <translation>más de {limit} filas</translation>
    </message>
    <message>
        <source>{file} contains a document type or entity declaration, which LibreOffice never writes and malicious files use; it was not read. Ask for a new copy of the file.</source>
        <translation>{file} contiene una declaración de tipo de documento o de entidad, que LibreOffice nunca escribe y que usan los archivos maliciosos; no se leyó. Pida una nueva copia del archivo.</translation>
    </message>
    <message>
        <source>it has no content.xml</source>
        <translation>no tiene content.xml</translation>
    </message>
    <message>
        <source>its XML is broken: {reason}</source>
        <translation>su XML está dañado: {reason}</translation>
    </message>
    <message>
        <source>{file} is an e-mail without a calendar reply in it. Drop the reply e-mail (“Accepted: ...”, “Declined: ...”) or its .ics attachment instead.</source>
        <extracomment>Stamp of a reply without DTSTAMP: older than any stamped one.</extracomment>
        <translation>{file} es un correo sin respuesta de calendario. Arrastre en su lugar el correo de respuesta (“Aceptado: ...”, “Rechazado: ...”) o su archivo adjunto .ics.</translation>
    </message>
    <message>
        <source>{file}: the reply names no meeting (it has no UID).</source>
        <translation>{file}: la respuesta no indica ninguna reunión (no tiene UID).</translation>
    </message>
    <message>
        <source>{file}: its SEQUENCE is not a number.</source>
        <translation>{file}: su SEQUENCE no es un número.</translation>
    </message>
    <message>
        <source>{file}: the reply has no ATTENDEE, so it answers for nobody.</source>
        <translation>{file}: la respuesta no tiene ATTENDEE, así que no responde por nadie.</translation>
    </message>
    <message>
        <source>{file}: the attendee “{attendee}” is not an address.</source>
        <translation>{file}: el participante “{attendee}” no es una dirección.</translation>
    </message>
    <message>
        <source>{file} is not a reply to an invitation (its METHOD is {method}, not REPLY). To add meetings from a calendar use Import ▸ Calendar instead.</source>
        <translation>{file} no es una respuesta a una invitación (su METHOD es {method}, no REPLY). Para añadir reuniones desde un calendario, use Importar ▸ Calendario.</translation>
    </message>
    <message>
        <source>{file}: no such file.</source>
        <translation>{file}: el archivo no existe.</translation>
    </message>
    <message>
        <source>{file}: {reason}.</source>
        <translation>{file}: {reason}.</translation>
    </message>
    <message>
        <source>Nothing was imported: {problems} Remove or replace these files and import the replies again.</source>
        <translation>No se importó nada: {problems} Quite o sustituya esos archivos y vuelva a importar las respuestas.</translation>
    </message>
    <message>
        <source>The list “{name}” or the file changed since the preview (in another window?), so nothing was imported. Import the file again to see the new preview.</source>
        <extracomment>The values ``clean_contact`` returns, all stored for a new contact.</extracomment>
        <translation>La lista “{name}” o el archivo cambiaron desde la vista previa (¿en otra ventana?), así que no se importó nada. Vuelva a importar el archivo para ver la nueva vista previa.</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <extracomment>Results of each kind a plan keeps for the preview (it counts them all). Why the row cannot be imported (for an error), without the row&apos;s number.</extracomment>
        <translation>Fila {row}: {problem}</translation>
    </message>
    <message>
        <source>{add} to add, {update} to update, {unchanged} unchanged, {remove} to remove, {errors} with errors</source>
        <extracomment>The list entry to update; None adds an entry. The existing contact; None creates one from ``contact``. All clean values of a new contact, or only the changed fields of an existing one. The entry&apos;s role and status to set; None leaves an existing entry&apos;s as they are. The first KEPT_RESULTS results of each kind, in row order. Entries of the list that no row of the workbook matched. Whether the missing entries are removed from the list by this import. How the file was read (a CSV&apos;s encoding) and the rows left out, for the preview. A digest of every row&apos;s result: two plans with the same one would write the same.</extracomment>
        <translation>{add} para añadir, {update} para actualizar, {unchanged} sin cambios, {remove} para quitar, {errors} con errores</translation>
    </message>
    <message>
        <source>{add} to add, {update} to update, {unchanged} unchanged, {errors} with errors</source>
        <translation>{add} para añadir, {update} para actualizar, {unchanged} sin cambios, {errors} con errores</translation>
    </message>
    <message>
        <source>{total} row(s) of the workbook have errors, so nothing was imported: {rows} (and {more} more) Correct the workbook and import it again.</source>
        <translation>{total} fila(s) del libro tienen errores, así que no se importó nada: {rows} (y {more} más) Corrija el libro y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>{total} row(s) of the workbook have errors, so nothing was imported: {rows} Correct the workbook and import it again.</source>
        <translation>{total} fila(s) del libro tienen errores, así que no se importó nada: {rows} Corrija el libro y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid status. Use one of: {allowed} (in English or Spanish).</source>
        <extracomment>&quot;... is not a valid ...&quot;, for each column whose values are chosen from a list.</extracomment>
        <translation>“{value}” no es un estado válido. Use uno de estos: {allowed} (en inglés o en español).</translation>
    </message>
    <message>
        <source>“{value}” is not a valid category. Use one of: {allowed} (in English or Spanish).</source>
        <translation>“{value}” no es una categoría válida. Use una de estas: {allowed} (en inglés o en español).</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <extracomment>Why two rows are taken for the same person.</extracomment>
        <translation>mismo correo electrónico</translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translation>mismo nombre y organismo</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>the same person as row {first} ({why}). Keep one of the rows.</source>
        <translation>la misma persona que la fila {first} ({why}). Conserve solo una de las filas.</translation>
    </message>
    <message>
        <source>The header row must be in the first {rows} rows and name a Name (Nombre) column, or First Name and Last Name, and at least one more known column, such as {names} (or Organismo, Correo electrónico, Estado).</source>
        <extracomment>How many rows from the top are searched for the header row. A header row must name the Name column and at least this many known columns in all. Skipped rows listed by a preview; more are counted. 1-based number of the header row, as the spreadsheet shows it. The fields the sheet has a column for, in the order of each row&apos;s values. Headers that name no known field (their columns are ignored). How the file was read, when a person should know (a CSV&apos;s encoding and separator). (row number, why) of rows left out: totals lines, repeated headers. Rows in the sheet (a first estimate until read), for progress.</extracomment>
        <translation>La fila de encabezados debe estar entre las {rows} primeras filas y tener una columna Nombre (Name), o Nombre de pila y Apellido, y al menos otra columna conocida, como {names} (u Organismo, Correo electrónico, Estado).</translation>
    </message>
    <message>
        <source>{file} has no worksheets. Choose another file.</source>
        <translation>{file} no tiene hojas de cálculo. Elija otro archivo.</translation>
    </message>
    <message>
        <source>{file} has no sheet called “{sheet}”. Its sheets are: {sheets}.</source>
        <translation>{file} no tiene ninguna hoja llamada “{sheet}”. Sus hojas son: {sheets}.</translation>
    </message>
    <message>
        <source>No sheet of {file} has a header row that Chairdesk recognises. {help}</source>
        <translation>Ninguna hoja de {file} tiene una fila de encabezados que Chairdesk reconozca. {help}</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {file} is empty. Choose the sheet with the invitees (with --sheet on the command line).</source>
        <translation>La hoja “{sheet}” de {file} está vacía. Elija la hoja con los invitados (con --sheet en la línea de comandos).</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {file} has no header row Chairdesk recognises. {help}</source>
        <translation>La hoja “{sheet}” de {file} no tiene una fila de encabezados que Chairdesk reconozca. {help}</translation>
    </message>
    <message>
        <source>Workbooks are read only with the defusedxml package installed, which protects against malicious files. Reinstall Chairdesk to restore it.</source>
        <extracomment>Largest workbook file accepted (an export of 100,000 invitees is about 6 MB). Most parts a workbook may have (a plain one has about a dozen). Largest total size of the parts once unpacked. Highest packing ratio of a large part; sheet XML packs about 10-30 to 1, bombs 1000 to 1. Stream names (UTF-16) that an encrypted Office file carries in its OLE2 directory.</extracomment>
        <translation>Los libros de Excel solo se leen con el paquete defusedxml instalado, que protege contra archivos maliciosos. Reinstale Chairdesk para restablecerlo.</translation>
    </message>
    <message>
        <source>{file}: no such file. Check the path.</source>
        <translation>{file}: el archivo no existe. Compruebe la ruta.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a workbook. Choose an .xlsx file.</source>
        <translation>{file} es una carpeta, no un libro de Excel. Elija un archivo .xlsx.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a pipe or a device?). Choose the saved workbook.</source>
        <translation>{file} no es un archivo normal (¿una tubería o un dispositivo?). Elija el libro guardado.</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes). Choose the saved workbook.</source>
        <translation>{file} está vacío (0 bytes). Elija el libro guardado.</translation>
    </message>
    <message>
        <source>{file} is {size} MB, more than the {limit} MB a workbook may have here. Split the list into smaller workbooks.</source>
        <translation>{file} ocupa {size} MB, más de los {limit} MB que puede tener aquí un libro. Divida la lista en libros más pequeños.</translation>
    </message>
    <message>
        <source>{file} is password-protected: save it without a password (in Excel: File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, clear the password) and import it again.</source>
        <translation>{file} está protegido con contraseña: guárdelo sin contraseña (en Excel: Archivo &gt; Información &gt; Proteger libro &gt; Cifrar con contraseña, borre la contraseña) y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>{file} is an old-style Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx).</source>
        <translation>{file} es un libro antiguo de Excel 97-2003 (.xls). Ábralo en Excel o LibreOffice y guárdelo como libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx). If it is a CSV or another spreadsheet, open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx).</source>
        <translation>{file} no es un libro de Excel (.xlsx). Si es un CSV u otra hoja de cálculo, ábralo en Excel o LibreOffice y guárdelo como libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{file} is damaged: it is not a complete .xlsx file ({reason}). Open it in Excel and save it again, or ask for a new copy.</source>
        <translation>{file} está dañado: no es un archivo .xlsx completo ({reason}). Ábralo en Excel y vuelva a guardarlo, o pida una nueva copia.</translation>
    </message>
    <message>
        <source>{file} is a zip file but not an Excel workbook (.xlsx). Open it in its program and save it as Excel Workbook (.xlsx).</source>
        <translation>{file} es un archivo zip pero no un libro de Excel (.xlsx). Ábralo en su programa y guárdelo como libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{file} is damaged: it is not a complete file ({reason}). Open it in its program and save it again, or ask for a new copy.</source>
        <translation>{file} está dañado: no es un archivo completo ({reason}). Ábralo en su programa y vuelva a guardarlo, o pida una nueva copia.</translation>
    </message>
    <message>
        <source>{file} holds {parts} parts, more than the {limit} a workbook may have; it may be damaged or malicious. Open it in Excel and save it as a new workbook.</source>
        <translation>{file} contiene {parts} partes, más de las {limit} que puede tener un libro; puede estar dañado o ser malicioso. Ábralo en Excel y guárdelo como un libro nuevo.</translation>
    </message>
    <message>
        <source>{file} would unpack to {size} MB, more than the {limit} MB allowed; it may be a damaged or malicious file (a “zip bomb”). Open it in Excel and save it again, or split the list.</source>
        <translation>{file} ocuparía {size} MB al descomprimirse, más de los {limit} MB permitidos; puede ser un archivo dañado o malicioso (una “bomba zip”). Ábralo en Excel y vuelva a guardarlo, o divida la lista.</translation>
    </message>
    <message>
        <source>{file} has a part ({part}) that would unpack from {packed} bytes to {size} MB; it may be a malicious file (a “zip bomb”) and was not opened. Ask for a new copy.</source>
        <translation>{file} tiene una parte ({part}) que pasaría de {packed} bytes a {size} MB al descomprimirse; puede ser un archivo malicioso (una “bomba zip”) y no se abrió. Pida una nueva copia.</translation>
    </message>
    <message>
        <source>{file} is password-protected: save it without a password and import it again.</source>
        <translation>{file} está protegido con contraseña: guárdelo sin contraseña y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>{file} contains a document type declaration, which Excel never writes and malicious files use; it was not read. Ask for a new copy of the file.</source>
        <extracomment>Largest row accepted (Excel holds at most 32,767 characters in a cell). A cell as Excel and openpyxl write it (r, then s and t in either order; a value or an inline string without runs), read in one match; anything else takes the full path. Number formats that show a date (Excel&apos;s built-in ids).</extracomment>
        <translation>{file} contiene una declaración de tipo de documento, que Excel nunca escribe y que usan los archivos maliciosos; no se leyó. Pida una nueva copia del archivo.</translation>
    </message>
    <message>
        <source>{file} stores its sheets as UTF-16, which Chairdesk does not read. Open it in Excel and save it again.</source>
        <translation>{file} guarda sus hojas en UTF-16, que Chairdesk no lee. Ábralo en Excel y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>{file} has a row larger than {limit} MB in {part}; it is damaged or not a list. Open it in Excel and save it again.</source>
        <translation>{file} tiene una fila de más de {limit} MB en {part}; está dañado o no es una lista. Ábralo en Excel y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>{file} could not be read: its part {part} is cut short (the file is damaged or was not completely saved). Open it in Excel and save it again, or ask for a new copy.</source>
        <translation>No se pudo leer {file}: su parte {part} está cortada (el archivo está dañado o no se guardó por completo). Ábralo en Excel y vuelva a guardarlo, o pida una nueva copia.</translation>
    </message>
    <message>
        <source>{file} has an oversized {part} ({size} bytes); it may be damaged or malicious. Open it in Excel and save it again.</source>
        <translation>{file} tiene un {part} demasiado grande ({size} bytes); puede estar dañado o ser malicioso. Ábralo en Excel y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>{file} has more than {limit} merged cells in one sheet; unmerge them (Home &gt; Merge &amp; Center) and import again.</source>
        <translation>{file} tiene más de {limit} celdas combinadas en una hoja; sepárelas (Inicio &gt; Combinar y centrar) y vuelva a importar.</translation>
    </message>
    <message>
        <source>{file} is damaged: it has a row numbered {row}, beyond the {limit} rows a workbook can have. Open it in Excel and save it again.</source>
        <translation>{file} está dañado: tiene una fila con el número {row}, más allá de las {limit} filas que puede tener un libro. Ábralo en Excel y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>{file} is damaged: row {row} has a cell beyond column XFD. Open it in Excel and save it again.</source>
        <translation>{file} está dañado: la fila {row} tiene una celda más allá de la columna XFD. Ábralo en Excel y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>{file} is damaged: row {row} refers to a shared string that is not there ({reference}). Open it in Excel and save it again.</source>
        <translation>{file} está dañado: la fila {row} remite a una cadena compartida que no existe ({reference}). Ábralo en Excel y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>{file} has no workbook part. Open it in Excel and save it again.</source>
        <translation>{file} no tiene la parte del libro (workbook). Ábralo en Excel y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>{file} could not be read as a workbook ({reason}). Open it in Excel and save it again as Excel Workbook (.xlsx).</source>
        <translation>No se pudo leer {file} como libro de Excel ({reason}). Ábralo en Excel y vuelva a guardarlo como libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The action can only come from an item of its own meeting.</source>
        <extracomment>The mandate&apos;s number in the work plan, and its resolution.</extracomment>
        <translation>La acción solo puede proceder de un tema de su propia reunión.</translation>
    </message>
    <message>
        <source>This action was changed in another window; reload and try again.</source>
        <translation>Esta acción se modificó en otra ventana; vuelva a cargarla e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This action is already on an agenda.</source>
        <translation>Esta acción ya figura en un orden del día.</translation>
    </message>
    <message>
        <source>The position must be between 1 and {last}.</source>
        <extracomment>The mandate&apos;s texts papers print in their own language, and the longest each may be. Their versions: ``resolution_title_es``, ``area_responsible_fr`` ... (&quot;&quot; or None: none in that language).</extracomment>
        <translation>La posición debe estar entre 1 y {last}.</translation>
    </message>
    <message>
        <source>This item has already been deferred.</source>
        <translation>Este tema ya se aplazó.</translation>
    </message>
    <message>
        <source>Choose another meeting than the item&apos;s own.</source>
        <translation>Elija una reunión distinta de la del tema.</translation>
    </message>
    <message>
        <source>That meeting is cancelled: choose another one.</source>
        <translation>Esa reunión está cancelada: elija otra.</translation>
    </message>
    <message>
        <source>There is no later meeting to defer this item to. Create the next meeting first.</source>
        <translation>No hay ninguna reunión posterior a la que aplazar este tema. Cree primero la próxima reunión.</translation>
    </message>
    <message>
        <source>That revision belongs to another document.</source>
        <translation>Esa revisión pertenece a otro documento.</translation>
    </message>
    <message>
        <source>This meeting has no previous meeting, or already approves its summary.</source>
        <extracomment>Whether the previous meeting&apos;s summary has been written (generated or edited) yet.</extracomment>
        <translation>Esta reunión no tiene reunión anterior, o ya aprueba su resumen.</translation>
    </message>
    <message>
        <source>That contact no longer exists; it may have been deleted in another window.</source>
        <extracomment>The order in which the sheet (and the list of participants) shows the categories.</extracomment>
        <translation>Ese contacto ya no existe; puede que se haya eliminado en otra ventana.</translation>
    </message>
    <message>
        <source>This item does not consider {symbol}; link the document first.</source>
        <translation>Este tema no examina {symbol}; vincule primero el documento.</translation>
    </message>
    <message>
        <source>This workspace already holds a working group; use a new file.</source>
        <translation>Este espacio de trabajo ya contiene un grupo de trabajo; use un archivo nuevo.</translation>
    </message>
    <message>
        <source>The revision number must be zero or more.</source>
        <extracomment>200 MB: larger than any circulated Word or PDF document, small enough for SQLite. &quot;The ... number must be zero or more&quot;, for each number of a revision&apos;s symbol.</extracomment>
        <translation>El número de revisión debe ser cero o más.</translation>
    </message>
    <message>
        <source>The addendum number must be zero or more.</source>
        <translation>El número de adición debe ser cero o más.</translation>
    </message>
    <message>
        <source>The corrigendum number must be zero or more.</source>
        <translation>El número de corrigendum debe ser cero o más.</translation>
    </message>
    <message>
        <source>Enter the symbol without “{suffix}”: revisions are added to the document, and the full symbol is made from them.</source>
        <translation>Escriba la signatura sin “{suffix}”: las revisiones se añaden al documento, y la signatura completa se forma a partir de ellas.</translation>
    </message>
    <message>
        <source>A document with the symbol {symbol} exists already.</source>
        <translation>Ya existe un documento con la signatura {symbol}.</translation>
    </message>
    <message>
        <source>{symbol} exists already.</source>
        <translation>{symbol} ya existe.</translation>
    </message>
    <message>
        <source>{file} is {size} MB; files of up to {limit} MB can be kept in a workspace.</source>
        <translation>{file} ocupa {size} MB; en un espacio de trabajo se pueden guardar archivos de hasta {limit} MB.</translation>
    </message>
    <message>
        <source>{file} is identical to the {language} file of {earlier}: nothing changed. Choose the revised file.</source>
        <translation>{file} es idéntico al archivo {language} de {earlier}: no cambió nada. Elija el archivo revisado.</translation>
    </message>
    <message>
        <source>That file no longer exists.</source>
        <translation>Ese archivo ya no existe.</translation>
    </message>
    <message>
        <source>Someone else changed the meeting “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <extracomment>The English sentence (what the command line prints). &quot;Someone else changed the ... since you began&quot;: one sentence per kind of row, named and unnamed, so that each language can say it in its own words.</extracomment>
        <translation>Otra persona modificó la reunión “{label}” después de que usted empezara a editarla, o la eliminó; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>Someone else changed the meeting since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Otra persona modificó la reunión después de que usted empezara a editarla, o la eliminó; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>Someone else changed the agenda item “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Otra persona modificó el tema del orden del día “{label}” después de que usted empezara a editarlo, o lo eliminó; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>Someone else changed the agenda item since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Otra persona modificó el tema del orden del día después de que usted empezara a editarlo, o lo eliminó; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>Someone else changed the document “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Otra persona modificó el documento “{label}” después de que usted empezara a editarlo, o lo eliminó; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>Someone else changed the document since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Otra persona modificó el documento después de que usted empezara a editarlo, o lo eliminó; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>Someone else changed the revision “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Otra persona modificó la revisión “{label}” después de que usted empezara a editarla, o la eliminó; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>Someone else changed the revision since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Otra persona modificó la revisión después de que usted empezara a editarla, o la eliminó; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>Someone else changed the mandate “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Otra persona modificó el mandato “{label}” después de que usted empezara a editarlo, o lo eliminó; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>Someone else changed the mandate since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Otra persona modificó el mandato después de que usted empezara a editarlo, o lo eliminó; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>Someone else changed the contact “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Otra persona modificó el contacto “{label}” después de que usted empezara a editarlo, o lo eliminó; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>Someone else changed the contact since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Otra persona modificó el contacto después de que usted empezara a editarlo, o lo eliminó; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>Someone else changed the invitee list “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Otra persona modificó la lista de invitados “{label}” después de que usted empezara a editarla, o la eliminó; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>Someone else changed the invitee list since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Otra persona modificó la lista de invitados después de que usted empezara a editarla, o la eliminó; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>Someone else changed the list entry “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Otra persona modificó la entrada de la lista “{label}” después de que usted empezara a editarla, o la eliminó; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>Someone else changed the list entry since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Otra persona modificó la entrada de la lista después de que usted empezara a editarla, o la eliminó; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>Someone else changed the action “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Otra persona modificó la acción de seguimiento “{label}” después de que usted empezara a editarla, o la eliminó; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>Someone else changed the action since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Otra persona modificó la acción de seguimiento después de que usted empezara a editarla, o la eliminó; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>Someone else changed “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <extracomment>For a kind of row not listed above.</extracomment>
        <translation>Otra persona modificó “{label}” después de que usted empezara a editarlo, o lo eliminó; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>Someone else changed this since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Otra persona modificó esto después de que usted empezara a editarlo, o lo eliminó; su cambio no se guardó.</translation>
    </message>
    <message>
        <source>That meeting no longer exists; it may have been deleted elsewhere.</source>
        <extracomment>&quot;That ... no longer exists&quot;: one sentence per kind of row.</extracomment>
        <translation>Esa reunión ya no existe; puede que se haya eliminado en otro lugar.</translation>
    </message>
    <message>
        <source>That agenda item no longer exists; it may have been deleted elsewhere.</source>
        <translation>Ese tema del orden del día ya no existe; puede que se haya eliminado en otro lugar.</translation>
    </message>
    <message>
        <source>That deferred agenda item no longer exists; it may have been deleted elsewhere.</source>
        <translation>Ese tema aplazado del orden del día ya no existe; puede que se haya eliminado en otro lugar.</translation>
    </message>
    <message>
        <source>That document no longer exists; it may have been deleted elsewhere.</source>
        <translation>Ese documento ya no existe; puede que se haya eliminado en otro lugar.</translation>
    </message>
    <message>
        <source>That revision no longer exists; it may have been deleted elsewhere.</source>
        <translation>Esa revisión ya no existe; puede que se haya eliminado en otro lugar.</translation>
    </message>
    <message>
        <source>That file no longer exists; it may have been deleted elsewhere.</source>
        <translation>Ese archivo ya no existe; puede que se haya eliminado en otro lugar.</translation>
    </message>
    <message>
        <source>That mandate no longer exists; it may have been deleted elsewhere.</source>
        <translation>Ese mandato ya no existe; puede que se haya eliminado en otro lugar.</translation>
    </message>
    <message>
        <source>That contact no longer exists; it may have been deleted elsewhere.</source>
        <translation>Ese contacto ya no existe; puede que se haya eliminado en otro lugar.</translation>
    </message>
    <message>
        <source>That invitee list no longer exists; it may have been deleted elsewhere.</source>
        <translation>Esa lista de invitados ya no existe; puede que se haya eliminado en otro lugar.</translation>
    </message>
    <message>
        <source>That list entry no longer exists; it may have been deleted elsewhere.</source>
        <translation>Esa entrada de la lista ya no existe; puede que se haya eliminado en otro lugar.</translation>
    </message>
    <message>
        <source>That action no longer exists; it may have been deleted elsewhere.</source>
        <translation>Esa acción de seguimiento ya no existe; puede que se haya eliminado en otro lugar.</translation>
    </message>
    <message>
        <source>That row no longer exists; it may have been deleted elsewhere.</source>
        <translation>Ese elemento ya no existe; puede que se haya eliminado en otro lugar.</translation>
    </message>
    <message>
        <source>the meeting</source>
        <extracomment>Each kind of row named with its article, for the sentences the window makes about a conflict (&quot;Cannot undo ...: someone else changed the meeting “1st meeting” after it&quot;).</extracomment>
        <translation>la reunión</translation>
    </message>
    <message>
        <source>the agenda item</source>
        <translation>el tema del orden del día</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>el documento</translation>
    </message>
    <message>
        <source>the revision</source>
        <translation>la revisión</translation>
    </message>
    <message>
        <source>the mandate</source>
        <translation>el mandato</translation>
    </message>
    <message>
        <source>the contact</source>
        <translation>el contacto</translation>
    </message>
    <message>
        <source>the invitee list</source>
        <translation>la lista de invitados</translation>
    </message>
    <message>
        <source>the list entry</source>
        <translation>la entrada de la lista</translation>
    </message>
    <message>
        <source>the invitations</source>
        <translation>las invitaciones</translation>
    </message>
    <message>
        <source>the action</source>
        <translation>la acción de seguimiento</translation>
    </message>
    <message>
        <source>the row</source>
        <translation>el elemento</translation>
    </message>
    <message>
        <source>Area responsible</source>
        <extracomment>What the window and the command line call each field.</extracomment>
        <translation>Área responsable</translation>
    </message>
    <message>
        <source>Area responsible in English</source>
        <translation>Área responsable en inglés</translation>
    </message>
    <message>
        <source>Area responsible in Spanish</source>
        <translation>Área responsable en español</translation>
    </message>
    <message>
        <source>Area responsible in French</source>
        <translation>Área responsable en francés</translation>
    </message>
    <message>
        <source>Area responsible in Portuguese</source>
        <translation>Área responsable en portugués</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Note on the change</source>
        <translation>Nota sobre el cambio</translation>
    </message>
    <message>
        <source>Date of circulation</source>
        <translation>Fecha de distribución</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translation>Huso horario predeterminado</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Member States of the parent body</source>
        <translation>Estados Miembros del órgano principal</translation>
    </message>
    <message>
        <source>Last day of the ministerial meeting</source>
        <translation>Último día de la reunión ministerial</translation>
    </message>
    <message>
        <source>First day of the ministerial meeting</source>
        <translation>Primer día de la reunión ministerial</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Nombre en inglés</translation>
    </message>
    <message>
        <source>Name in Spanish</source>
        <translation>Nombre en español</translation>
    </message>
    <message>
        <source>Name in French</source>
        <translation>Nombre en francés</translation>
    </message>
    <message>
        <source>Name in Portuguese</source>
        <translation>Nombre en portugués</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Organizer&apos;s e-mail</source>
        <translation>Correo electrónico del organizador</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>Idioma original</translation>
    </message>
    <message>
        <source>Series of the papers</source>
        <translation>Serie de los documentos impresos</translation>
    </message>
    <message>
        <source>Letterhead template</source>
        <translation>Plantilla con membrete</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation>Órgano superior</translation>
    </message>
    <message>
        <source>Parent body in English</source>
        <translation>Órgano superior en inglés</translation>
    </message>
    <message>
        <source>Parent body in Spanish</source>
        <translation>Órgano superior en español</translation>
    </message>
    <message>
        <source>Parent body in French</source>
        <translation>Órgano superior en francés</translation>
    </message>
    <message>
        <source>Parent body in Portuguese</source>
        <translation>Órgano superior en portugués</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Inicio previsto</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quórum</translation>
    </message>
    <message>
        <source>Quorum rule</source>
        <translation>Regla de quórum</translation>
    </message>
    <message>
        <source>Representative&apos;s name</source>
        <translation>Nombre del representante</translation>
    </message>
    <message>
        <source>Representative&apos;s title</source>
        <translation>Cargo del representante</translation>
    </message>
    <message>
        <source>Representing</source>
        <translation>En representación de</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Title of the resolution</source>
        <translation>Título de la resolución</translation>
    </message>
    <message>
        <source>Title of the resolution in English</source>
        <translation>Título de la resolución en inglés</translation>
    </message>
    <message>
        <source>Title of the resolution in Spanish</source>
        <translation>Título de la resolución en español</translation>
    </message>
    <message>
        <source>Title of the resolution in French</source>
        <translation>Título de la resolución en francés</translation>
    </message>
    <message>
        <source>Title of the resolution in Portuguese</source>
        <translation>Título de la resolución en portugués</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Motivo del estado</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Huso horario</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Calendar identifier</source>
        <translation>Identificador de calendario</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>The symbol cannot be empty.</source>
        <extracomment>&quot;The ... cannot be empty&quot;, for the fields that must be filled.</extracomment>
        <translation>La signatura no puede estar vacía.</translation>
    </message>
    <message>
        <source>The default time zone cannot be empty.</source>
        <translation>El huso horario predeterminado no puede estar vacío.</translation>
    </message>
    <message>
        <source>The description cannot be empty.</source>
        <translation>La descripción no puede estar vacía.</translation>
    </message>
    <message>
        <source>The file name cannot be empty.</source>
        <translation>El nombre del archivo no puede estar vacío.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>El nombre no puede estar vacío.</translation>
    </message>
    <message>
        <source>The resolution cannot be empty.</source>
        <translation>La resolución no puede estar vacía.</translation>
    </message>
    <message>
        <source>The title of the resolution cannot be empty.</source>
        <translation>El título de la resolución no puede estar vacío.</translation>
    </message>
    <message>
        <source>The time zone cannot be empty.</source>
        <translation>El huso horario no puede estar vacío.</translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation>El título no puede estar vacío.</translation>
    </message>
    <message>
        <source>{field}: this cannot be left empty.</source>
        <translation>{field}: este campo no puede quedar vacío.</translation>
    </message>
    <message>
        <source>{field}: too long ({length} characters, at most {limit}).</source>
        <translation>{field}: texto demasiado largo ({length} caracteres, como máximo {limit}).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of the choices. Use one of: {allowed}.</source>
        <translation>{field}: “{value}” no es una de las opciones. Use una de estas: {allowed}.</translation>
    </message>
    <message>
        <source>{field}: a date is needed.</source>
        <translation>{field}: se necesita una fecha.</translation>
    </message>
    <message>
        <source>{field}: a time of day is needed.</source>
        <translation>{field}: se necesita una hora.</translation>
    </message>
    <message>
        <source>{field}: a whole number above zero is needed.</source>
        <translation>{field}: se necesita un número entero mayor que cero.</translation>
    </message>
    <message>
        <source>{field}: yes or no.</source>
        <translation>{field}: sí o no.</translation>
    </message>
    <message>
        <source>Invitations need the secretariat&apos;s e-mail address (the organizer, to whom replies go). Enter it in the working group&apos;s settings first.</source>
        <extracomment>Names of invited contacts without an e-mail address: they get no invitation.</extracomment>
        <translation>Las invitaciones necesitan la dirección de correo electrónico de la secretaría (el organizador, al que llegan las respuestas). Indíquela primero en la configuración del grupo de trabajo.</translation>
    </message>
    <message>
        <source>Unknown way of sending “{channel}”.</source>
        <extracomment>Addresses that already have this message (sent before a stop): skipped.</extracomment>
        <translation>Forma de envío desconocida: “{channel}”.</translation>
    </message>
    <message>
        <source>There is already a list called “{name}”.</source>
        <translation>Ya existe una lista llamada “{name}”.</translation>
    </message>
    <message>
        <source>{name} is already on this list.</source>
        <translation>{name} ya figura en esta lista.</translation>
    </message>
    <message>
        <source>{count} of the selected entries no longer exist; reload the list.</source>
        <translation>{count} de las entradas seleccionadas ya no existen; vuelva a cargar la lista.</translation>
    </message>
    <message>
        <source>Someone else changed {changed} of the {selected} selected entries since you selected them; nothing was changed. Look at the list again and repeat the change.</source>
        <translation>Otra persona modificó {changed} de las {selected} entradas seleccionadas después de que usted las seleccionara; no se cambió nada. Vuelva a mirar la lista y repita el cambio.</translation>
    </message>
    <message>
        <source>“{code}” is not one of the OAS languages.</source>
        <translation>“{code}” no es uno de los idiomas de la OEA.</translation>
    </message>
    <message>
        <source>The last day ({end}) cannot come before the first ({start}).</source>
        <extracomment>The stored times of an all-day meeting. The most days one meeting may take.</extracomment>
        <translation>El último día ({end}) no puede ser anterior al primero ({start}).</translation>
    </message>
    <message>
        <source>A meeting with times starts and ends on the same day; make it all-day to have it take several days.</source>
        <translation>Una reunión con horario empieza y termina el mismo día; márquela como de día completo para que dure varios días.</translation>
    </message>
    <message>
        <source>The meeting must end after it starts ({start}); {end} is not later.</source>
        <translation>La reunión debe terminar después de empezar ({start}); {end} no es posterior.</translation>
    </message>
    <message>
        <source>A meeting takes at most {limit} days; {start} to {end} is {days}.</source>
        <translation>Una reunión dura como máximo {limit} días; del {start} al {end} son {days}.</translation>
    </message>
    <message>
        <source>A meeting must be held between {first} and {last}; {date} is not.</source>
        <extracomment>Changing any of these is a change calendars must see: SEQUENCE goes up. Stored as given, beside the scheduling fields. Years a meeting may be held in. Outside them a date is a slip (or a hostile file), and the calendar export could not describe its time zone (year 9999 ends the calendar the date types know).</extracomment>
        <translation>Una reunión debe celebrarse entre {first} y {last}; {date} no lo está.</translation>
    </message>
    <message>
        <source>The title pattern can use {{number}}, {{date}} and {{group}}, each in braces; remove any other braces.</source>
        <extracomment>What ``create_series`` fills into a title pattern.</extracomment>
        <translation>El modelo de título puede usar {{number}}, {{date}} y {{group}}, cada uno entre llaves; quite cualquier otra llave.</translation>
    </message>
    <message>
        <source>The calendar sequence must be zero or more.</source>
        <translation>La secuencia del calendario debe ser cero o más.</translation>
    </message>
    <message>
        <source>A meeting with the identifier {uid} exists already.</source>
        <translation>Ya existe una reunión con el identificador {uid}.</translation>
    </message>
    <message>
        <source>The series must end on or after its first date.</source>
        <translation>La serie debe terminar en su primera fecha o después.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Elija al menos un día de la semana.</translation>
    </message>
    <message>
        <source>A series can span at most three years.</source>
        <translation>Una serie puede abarcar como máximo tres años.</translation>
    </message>
    <message>
        <source>The series has no dates left; tick at least one.</source>
        <translation>A la serie no le queda ninguna fecha; marque al menos una.</translation>
    </message>
    <message>
        <source>{file} is larger than 20 MB: not a template.</source>
        <extracomment>A letterhead template is a few hundred kilobytes; this is generous. The .docx template&apos;s bytes, or None for the built-in styles. What a template may hold once unpacked; a letterhead is far smaller (a zip bomb is not).</extracomment>
        <translation>{file} supera los 20 MB: no es una plantilla.</translation>
    </message>
    <message>
        <source>{file} is not a Word document (.docx). Save the letterhead from Word as .docx or .dotx and choose that file.</source>
        <translation>{file} no es un documento de Word (.docx). Guarde el membrete desde Word como .docx o .dotx y elija ese archivo.</translation>
    </message>
    <message>
        <source>{file} is damaged: part of it cannot be read. Open it in Word, save it again as .docx, and choose the saved copy.</source>
        <translation>{file} está dañado: una parte no se puede leer. Ábralo en Word, guárdelo de nuevo como .docx y elija la copia guardada.</translation>
    </message>
    <message>
        <source>Describe the working group first.</source>
        <extracomment>No one has been marked present yet: attendance was not taken. The group&apos;s rule is that no quorum is needed.</extracomment>
        <translation>Describa primero el grupo de trabajo.</translation>
    </message>
    <message>
        <source>Choose A4 or Letter, not “{size}”.</source>
        <translation>Elija A4 o Carta, no “{size}”.</translation>
    </message>
    <message>
        <source>Give the number of member states a meeting needs for its quorum.</source>
        <translation>Indique el número de Estados Miembros que necesita una reunión para tener quórum.</translation>
    </message>
    <message>
        <source>The quorum ({quorum}) cannot be more than the member states of the parent body ({total}).</source>
        <translation>El quórum ({quorum}) no puede ser mayor que el número de Estados Miembros del órgano principal ({total}).</translation>
    </message>
    <message>
        <source>The meeting has no quorum (1 member state present, quorum {required}: no). Record this outcome anyway? It will be marked as recorded without quorum.</source>
        <translation>La reunión no tiene quórum (1 Estado Miembro presente, quórum {required}: no). ¿Registrar este resultado de todos modos? Quedará marcado como registrado sin quórum.</translation>
    </message>
    <message>
        <source>The meeting has no quorum ({present} member states present, quorum {required}: no). Record this outcome anyway? It will be marked as recorded without quorum.</source>
        <translation>La reunión no tiene quórum ({present} Estados Miembros presentes, quórum {required}: no). ¿Registrar este resultado de todos modos? Quedará marcado como registrado sin quórum.</translation>
    </message>
    <message>
        <source>“{kind}” has no title in four languages.</source>
        <extracomment>What has a title in four languages: the model, its field and the longest text allowed. The row&apos;s version counter when read: saving against a newer row is refused. Other texts of the row held in the four languages, edited with the title (a mandate&apos;s resolution title and area responsible): field, then language code.</extracomment>
        <translation>“{kind}” no tiene un título en cuatro idiomas.</translation>
    </message>
    <message>
        <source>Someone changed this in another window since you opened it; close the editor and open it again to see the latest version.</source>
        <translation>Alguien modificó esto en otra ventana después de que usted lo abriera; cierre el editor y vuelva a abrirlo para ver la versión más reciente.</translation>
    </message>
    <message>
        <source>The original language needs its version: fill it in or choose another.</source>
        <translation>El idioma original necesita su versión: complétela o elija otro idioma.</translation>
    </message>
    <message>
        <source>“{name}” is not a known time zone. Pick one such as America/New_York or America/Port_of_Spain.</source>
        <translation>“{name}” no es un huso horario conocido. Elija uno como America/New_York o America/Port_of_Spain.</translation>
    </message>
    <message>
        <source>“{address}” is not a valid e-mail address.</source>
        <translation>“{address}” no es una dirección de correo electrónico válida.</translation>
    </message>
    <message>
        <source>Cannot change {fields}.</source>
        <translation>No se puede cambiar {fields}.</translation>
    </message>
    <message>
        <source>The ministerial meeting cannot end before it starts.</source>
        <extracomment>The group&apos;s texts the papers print in their own language, and the longest each may be. Their versions: ``name_es``, ``parent_body_fr`` ... (&quot;&quot; or absent: none in that language).</extracomment>
        <translation>La reunión ministerial no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>A working group has one chair.</source>
        <translation>Un grupo de trabajo tiene una sola presidencia.</translation>
    </message>
    <message>
        <source>The target workspace is not empty; copy only into an empty database or a new file. Nothing was copied.</source>
        <extracomment>Called with (table name, rows copied so far) as the copy goes.</extracomment>
        <translation>El espacio de trabajo de destino no está vacío; copie solo en una base de datos vacía o en un archivo nuevo. No se copió nada.</translation>
    </message>
    <message>
        <source>The copy did not verify: row counts differ. Nothing was copied.</source>
        <translation>La copia no se pudo verificar: el número de filas no coincide. No se copió nada.</translation>
    </message>
    <message>
        <source>The copy did not verify: a revision file differs. Nothing was copied.</source>
        <translation>La copia no se pudo verificar: un archivo de revisión es distinto. No se copió nada.</translation>
    </message>
    <message>
        <source>The source and the target are the same database.</source>
        <translation>El origen y el destino son la misma base de datos.</translation>
    </message>
    <message>
        <source>{file} exists already. Choose a new file name; nothing was copied.</source>
        <translation>{file} ya existe. Elija un nombre de archivo nuevo; no se copió nada.</translation>
    </message>
    <message>
        <source>The source and the target are the same file.</source>
        <translation>El origen y el destino son el mismo archivo.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (it is a pipe, socket or device), so it cannot be a workspace. Choose a .chairdesk file.</source>
        <extracomment>Tables every Chairdesk workspace has had since the first revision. Problems quick_check lists before it stops (SQLite&apos;s default is 100).</extracomment>
        <translation>{file} no es un archivo normal (es una tubería, un socket o un dispositivo), así que no puede ser un espacio de trabajo. Elija un archivo .chairdesk.</translation>
    </message>
    <message>
        <source>{file} is read-only, so Chairdesk cannot save changes to it. Save a copy somewhere you can write (or change the file&apos;s permissions) and open that.</source>
        <translation>{file} es de solo lectura, así que Chairdesk no puede guardar cambios en él. Guarde una copia en un lugar donde pueda escribir (o cambie los permisos del archivo) y abra esa copia.</translation>
    </message>
    <message>
        <source>The folder of {file} ({folder}) is read-only: SQLite keeps its journal beside the workspace, so Chairdesk cannot save changes there. Copy the file to a folder you can write to and open that copy.</source>
        <translation>La carpeta de {file} ({folder}) es de solo lectura: SQLite guarda su diario junto al espacio de trabajo, así que Chairdesk no puede guardar cambios allí. Copie el archivo en una carpeta donde pueda escribir y abra esa copia.</translation>
    </message>
    <message>
        <source>{file} was left half-written by a crash and SQLite could not recover it ({reason}). A copy of the file and its journal was kept as {backup}; open a backup copy instead.</source>
        <translation>{file} quedó a medio escribir por un fallo y SQLite no pudo recuperarlo ({reason}). Se guardó una copia del archivo y de su diario como {backup}; abra en su lugar una copia de seguridad.</translation>
    </message>
    <message>
        <source>{file} is an SQLite database of another program (it records a schema revision “{revision}” but has none of Chairdesk&apos;s tables). Choose a .chairdesk file, or create a new workspace; the file was left as it is.</source>
        <translation>{file} es una base de datos SQLite de otro programa (registra una revisión de esquema “{revision}” pero no tiene ninguna de las tablas de Chairdesk). Elija un archivo .chairdesk o cree un nuevo espacio de trabajo; el archivo quedó como estaba.</translation>
    </message>
    <message>
        <source>{file} is damaged: tables of a workspace are missing ({tables}). Open a backup copy of it instead; this file was left as it is.</source>
        <translation>{file} está dañado: faltan tablas de un espacio de trabajo ({tables}). Abra en su lugar una copia de seguridad; este archivo quedó como estaba.</translation>
    </message>
    <message>
        <source>{file} is the workspace itself ({workspace}): an export or copy cannot replace it without destroying the workspace. Choose another file name; nothing was written.</source>
        <extracomment>A rollback journal&apos;s header, and a write-ahead log&apos;s (two byte orders).</extracomment>
        <translation>{file} es el propio espacio de trabajo ({workspace}): una exportación o copia no puede sustituirlo sin destruir el espacio de trabajo. Elija otro nombre de archivo; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} is the workspace&apos;s {suffix} file ({workspace}): an export or copy cannot replace it without destroying the workspace. Choose another file name; nothing was written.</source>
        <translation>{file} es el archivo {suffix} del espacio de trabajo ({workspace}): una exportación o copia no puede sustituirlo sin destruir el espacio de trabajo. Elija otro nombre de archivo; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} is a workspace (an SQLite database) or one of its journal files; an export or copy never replaces one. Choose another file name; nothing was written.</source>
        <translation>{file} es un espacio de trabajo (una base de datos SQLite) o uno de sus archivos de diario; una exportación o copia nunca los sustituye. Elija otro nombre de archivo; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} is a folder. Choose a .chairdesk file.</source>
        <translation>{file} es una carpeta. Elija un archivo .chairdesk.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}). Check its permissions.</source>
        <translation>No se puede leer {file} ({reason}). Compruebe sus permisos.</translation>
    </message>
    <message>
        <source>{file} is not a Chairdesk workspace (it is not an SQLite file). Choose a .chairdesk file, or create a new workspace.</source>
        <translation>{file} no es un espacio de trabajo de Chairdesk (no es un archivo SQLite). Elija un archivo .chairdesk o cree un nuevo espacio de trabajo.</translation>
    </message>
    <message>
        <source>{file} is an SQLite database but not a Chairdesk workspace. Choose a .chairdesk file, or create a new workspace.</source>
        <translation>{file} es una base de datos SQLite pero no un espacio de trabajo de Chairdesk. Elija un archivo .chairdesk o cree un nuevo espacio de trabajo.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read ({reason}). Open a backup copy of it instead; this file was left as it is.</source>
        <translation>{file} está dañado y no se puede leer ({reason}). Abra en su lugar una copia de seguridad; este archivo quedó como estaba.</translation>
    </message>
    <message>
        <source>{address} is not a server address. Write it as postgresql://USER@HOST/DATABASE.</source>
        <extracomment>How long a write waits for a row another person&apos;s transaction holds, in milliseconds. A folder holding the server&apos;s UNIX socket (a local server), instead of host/port.</extracomment>
        <translation>{address} no es una dirección de servidor. Escríbala como postgresql://USUARIO@SERVIDOR/BASE.</translation>
    </message>
    <message>
        <source>sslmode={mode} is not a TLS mode PostgreSQL knows. Use one of: {modes}.</source>
        <translation>sslmode={mode} no es un modo TLS que PostgreSQL conozca. Use uno de estos: {modes}.</translation>
    </message>
    <message>
        <source>{address} names no database. Write it as postgresql://USER@HOST/DATABASE.</source>
        <translation>{address} no indica ninguna base de datos. Escríbala como postgresql://USUARIO@SERVIDOR/BASE.</translation>
    </message>
    <message>
        <source>The server workspace {address} cannot be reached ({reason}). Check the address, your password in the keyring and the network, then try again.</source>
        <translation>No se puede acceder al espacio de trabajo del servidor {address} ({reason}). Compruebe la dirección, su contraseña en el llavero y la red, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The database {database} holds tables but no Chairdesk workspace. Choose an empty database for a new team workspace.</source>
        <translation>La base de datos {database} contiene tablas pero ningún espacio de trabajo de Chairdesk. Elija una base de datos vacía para un nuevo espacio de trabajo compartido.</translation>
    </message>
    <message>
        <source>{file} does not exist. Check the name, or create a new workspace.</source>
        <extracomment>Tells this program&apos;s own change notices from other people&apos;s.</extracomment>
        <translation>{file} no existe. Compruebe el nombre o cree un nuevo espacio de trabajo.</translation>
    </message>
    <message>
        <source>The database {database} holds no workspace yet. Open it from the window, or copy a workspace into it with chairdesk copy.</source>
        <translation>La base de datos {database} aún no contiene ningún espacio de trabajo. Ábrala desde la ventana, o copie en ella un espacio de trabajo con chairdesk copy.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer version of Chairdesk (schema unrecorded). Install the latest Chairdesk to open it; the file was left as it is.</source>
        <translation>{file} se guardó con una versión más reciente de Chairdesk (esquema no registrado). Instale la última versión de Chairdesk para abrirlo; el archivo quedó como estaba.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer version of Chairdesk (schema {revision}). Install the latest Chairdesk to open it; the file was left as it is.</source>
        <translation>{file} se guardó con una versión más reciente de Chairdesk (esquema {revision}). Instale la última versión de Chairdesk para abrirlo; el archivo quedó como estaba.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>time zone</source>
        <extracomment>What an update of each field changes, in words (several fields, one word: &quot;time&quot;).</extracomment>
        <translation>huso horario</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>would create {created}, would update {updated}, would leave unchanged {unchanged}, would refuse {refused}</source>
        <extracomment>When the event is: a Message the window writes its way, or the file&apos;s own words. ``detail`` as a message the window translates (None: show ``detail`` as it is). Events refused only because they repeat and no expansion range was given.</extracomment>
        <translation>se crearían {created}, se actualizarían {updated}, quedarían sin cambios {unchanged}, se rechazarían {refused}</translation>
    </message>
    <message>
        <source>created {created}, updated {updated}, left unchanged {unchanged}, refused {refused}</source>
        <translation>creadas {created}, actualizadas {updated}, sin cambios {unchanged}, rechazadas {refused}</translation>
    </message>
    <message>
        <source>it appears twice in the file.</source>
        <translation>aparece dos veces en el archivo.</translation>
    </message>
    <message>
        <source>{first} to {last} (all day)</source>
        <translation>del {first} al {last} (todo el día)</translation>
    </message>
    <message>
        <source>{day} (all day)</source>
        <translation>{day} (todo el día)</translation>
    </message>
    <message>
        <source>{start} to {end} {zone}</source>
        <translation>de {start} a {end} {zone}</translation>
    </message>
    <message>
        <source>it runs past midnight; a meeting with times starts and ends on the same day. Split it into one event per day, or make it an all-day event, in your calendar and import it again.</source>
        <translation>pasa de la medianoche; una reunión con horario empieza y termina el mismo día. Divídalo en un evento por día, o conviértalo en un evento de día completo, en su calendario y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>{start}–{end} {zone}</source>
        <translation>{start}–{end} {zone}</translation>
    </message>
    <message>
        <source>with {count} agenda item(s)</source>
        <translation>con {count} tema(s) del orden del día</translation>
    </message>
    <message>
        <source>its calendar SEQUENCE {sequence} was recorded</source>
        <translation>se registró su SEQUENCE de calendario {sequence}</translation>
    </message>
    <message>
        <source>the workspace holds a newer version of this meeting (SEQUENCE {kept}, the file has {given}); it was left as it is.</source>
        <translation>el espacio de trabajo contiene una versión más reciente de esta reunión (SEQUENCE {kept}; el archivo tiene {given}); quedó como estaba.</translation>
    </message>
    <message>
        <source>{fields} changed</source>
        <translation>cambió: {fields}</translation>
    </message>
</context>
<context>
    <name>NameVersions</name>
    <message>
        <source>In other languages…</source>
        <extracomment>The longest name and parent body the service takes.</extracomment>
        <translation>En otros idiomas…</translation>
    </message>
    <message>
        <source>The name and parent body as papers in Spanish, French, Portuguese or English print them in their header</source>
        <translation>El nombre y el órgano superior tal como los imprimen en su encabezado los documentos en español, francés, portugués o inglés</translation>
    </message>
    <message>
        <source>The language the name and parent body above are written in</source>
        <translation>El idioma en que están escritos el nombre y el órgano superior de arriba</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>&amp;Escritos en:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation>Órgano superior</translation>
    </message>
    <message>
        <source>{language}:</source>
        <translation>{language}:</translation>
    </message>
    <message>
        <source>Not yet in: {languages}</source>
        <translation>Sin versión en: {languages}</translation>
    </message>
</context>
<context>
    <name>OfficersSection</name>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Presidencia:</translation>
    </message>
    <message>
        <source>e.g. Colonel Mitchell</source>
        <translation>p. ej. Coronel Mitchell</translation>
    </message>
    <message>
        <source>Chair &amp;represents:</source>
        <translation>La presidencia &amp;representa a:</translation>
    </message>
    <message>
        <source>e.g. Alternate Representative of Trinidad and Tobago to the OAS</source>
        <translation>p. ej. Representante Alterno de Trinidad y Tobago ante la OEA</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Represents</source>
        <translation>Representa a</translation>
    </message>
    <message>
        <source>&amp;Add Vice Chair</source>
        <translation>&amp;Añadir vicepresidencia</translation>
    </message>
    <message>
        <source>Re&amp;move Vice Chair</source>
        <translation>&amp;Quitar vicepresidencia</translation>
    </message>
    <message>
        <source>Vice chairs:</source>
        <translation>Vicepresidencias:</translation>
    </message>
    <message>
        <source>Chair and vice chairs</source>
        <extracomment>Election dates are kept as they were: the dialog does not edit them.</extracomment>
        <translation>Presidencia y vicepresidencias</translation>
    </message>
    <message>
        <source>Give the chair&apos;s name, or clear whom the chair represents.</source>
        <translation>Indique el nombre de quien preside, o borre a quién representa.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <extracomment>The lowest date the field accepts stands for &quot;no date&quot; (shown as specialValueText).</extracomment>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Press Delete for no date.</source>
        <translation>Pulse Supr para dejar sin fecha.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Record outcome</source>
        <translation>Registrar el resultado</translation>
    </message>
    <message>
        <source>Pending: choose what the meeting did</source>
        <translation>Pendiente: elija qué hizo la reunión</translation>
    </message>
    <message>
        <source>e.g. The Working Group approved the draft work plan with the changes proposed.</source>
        <translation>p. ej., El Grupo de Trabajo aprobó el proyecto de plan de trabajo con las modificaciones propuestas.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisión:</translation>
    </message>
</context>
<context>
    <name>Papers</name>
    <message>
        <source>ORGANIZATION OF AMERICAN STATES</source>
        <translation>ORGANIZACIÓN DE LOS ESTADOS AMERICANOS</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <source>(original in %1)</source>
        <translation>(original en %1)</translation>
    </message>
    <message>
        <source>Draft agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Annotated draft agenda</source>
        <translation>Orden del día anotado</translation>
    </message>
    <message>
        <source>Calendar of activities and meetings</source>
        <translation>Calendario de actividades y reuniones</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <source>List of invitees</source>
        <translation>Lista de invitados</translation>
    </message>
    <message>
        <source>List of participants</source>
        <translation>Lista de participantes</translation>
    </message>
    <message>
        <source>Summary of the meeting</source>
        <translation>Resumen de la reunión</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Desde el %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Hasta el %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Area responsible</source>
        <translation>Área responsable</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Documentos: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>No items have been placed on the agenda yet.</source>
        <translation>Todavía no se han incluido temas en el orden del día.</translation>
    </message>
    <message>
        <source>No meetings are scheduled in this period.</source>
        <translation>No hay reuniones programadas en este período.</translation>
    </message>
    <message>
        <source>The work plan holds no mandates yet.</source>
        <translation>El plan de trabajo aún no contiene mandatos.</translation>
    </message>
    <message>
        <source>This list is empty.</source>
        <translation>Esta lista está vacía.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Delegation or organization</source>
        <translation>Delegación u organización</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>Estado Miembro</translation>
    </message>
    <message>
        <source>Member States</source>
        <translation>Estados Miembros</translation>
    </message>
    <message>
        <source>Permanent Observers</source>
        <translation>Observadores Permanentes</translation>
    </message>
    <message>
        <source>International Organizations</source>
        <translation>Organismos internacionales</translation>
    </message>
    <message>
        <source>Civil Society Organizations</source>
        <translation>Organizaciones de la sociedad civil</translation>
    </message>
    <message>
        <source>General Secretariat</source>
        <translation>Secretaría General</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
</context>
<context>
    <name>PapersSection</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Carta EE. UU. (8,5 × 11 pulg.)</translation>
    </message>
    <message>
        <source>Paper &amp;size:</source>
        <translation>&amp;Tamaño del papel:</translation>
    </message>
    <message>
        <source>S&amp;eries line of the header:</source>
        <translation>Línea de &amp;serie del encabezado:</translation>
    </message>
    <message>
        <source>e.g. OEA/Ser.G</source>
        <translation>p. ej., OEA/Ser.G</translation>
    </message>
    <message>
        <source>&amp;Choose a Word template…</source>
        <translation>&amp;Elegir una plantilla de Word…</translation>
    </message>
    <message>
        <source>Use the &amp;built-in styles</source>
        <translation>Usar los estilos &amp;integrados</translation>
    </message>
    <message>
        <source>Word template:</source>
        <translation>Plantilla de Word:</translation>
    </message>
    <message>
        <source>A .docx saved from Word with the secretariat&apos;s letterhead and styles: the Word papers are written on it and take its styles. The PDF papers keep the built-in layout.</source>
        <translation>Un .docx guardado desde Word con el membrete y los estilos de la secretaría: los documentos en Word se redactan sobre él y adoptan sus estilos. Los documentos en PDF conservan el diseño integrado.</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Formato de los documentos</translation>
    </message>
    <message>
        <source>None: the papers use the built-in styles.</source>
        <translation>Ninguna: los documentos usan los estilos integrados.</translation>
    </message>
    <message>
        <source>{name} ({size} KB)</source>
        <translation>{name} ({size} KB)</translation>
    </message>
    <message>
        <source>{name} is not a Word template. Choose a file saved from Word as .docx or .dotx.</source>
        <translation>{name} no es una plantilla de Word. Elija un archivo guardado desde Word como .docx o .dotx.</translation>
    </message>
    <message>
        <source>{name} is larger than 20 MB: a letterhead template is far smaller. Choose another file.</source>
        <translation>{name} ocupa más de 20 MB: una plantilla con membrete es mucho más pequeña. Elija otro archivo.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>No se puede leer {name}: {reason}</translation>
    </message>
    <message>
        <source>Choose the Word template of the papers</source>
        <translation>Elegir la plantilla de Word de los documentos</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Documentos y plantillas de Word (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Cannot use this template</source>
        <translation>No se puede usar esta plantilla</translation>
    </message>
    <message>
        <source>The papers keep the template they had.</source>
        <translation>Los documentos conservan la plantilla que tenían.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for {workspace}</source>
        <translation>Contraseña de {workspace}</translation>
    </message>
    <message>
        <source>The server of the team workspace {workspace} asks for the password of {user}.</source>
        <translation>El servidor del espacio de trabajo compartido {workspace} pide la contraseña de {user}.</translation>
    </message>
    <message>
        <source>The server did not accept that password. Type it again.</source>
        <translation>El servidor no aceptó esa contraseña. Escríbala de nuevo.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Recordar en el llavero del sistema</translation>
    </message>
</context>
<context>
    <name>PlaceSection</name>
    <message>
        <source>Default &amp;room:</source>
        <translation>&amp;Sala habitual:</translation>
    </message>
    <message>
        <source>e.g. Padilha Vidal Room</source>
        <translation>p. ej., Salón Padilha Vidal</translation>
    </message>
    <message>
        <source>Default &amp;venue:</source>
        <translation>&amp;Sede habitual:</translation>
    </message>
    <message>
        <source>e.g. OAS headquarters, Washington, D.C.</source>
        <translation>p. ej., Sede de la OEA, Washington, D.C.</translation>
    </message>
    <message>
        <source>Default &amp;time zone:</source>
        <translation>&amp;Zona horaria habitual:</translation>
    </message>
    <message>
        <source>Where it meets</source>
        <translation>Dónde se reúne</translation>
    </message>
    <message>
        <source>Choose the time zone the group meets in.</source>
        <translation>Elija la zona horaria en la que se reúne el grupo.</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <source>Postpone meeting</source>
        <translation>Aplazar la reunión</translation>
    </message>
    <message>
        <source>Postpone “{title}” of {date}:</source>
        <translation>Aplazar “{title}” del {date}:</translation>
    </message>
    <message>
        <source>&amp;Move it to</source>
        <extracomment>Other meetings&apos; dates, each with a title: postponing onto one is said first.</extracomment>
        <translation>&amp;Pasarla al</translation>
    </message>
    <message>
        <source>Mark it &amp;postponed; the new date is not known yet</source>
        <translation>Marcarla como &amp;aplazada; aún no se conoce la nueva fecha</translation>
    </message>
    <message>
        <source>&amp;Hold both meetings on that day</source>
        <translation>&amp;Celebrar ambas reuniones ese día</translation>
    </message>
    <message>
        <source>e.g. The documents are not ready</source>
        <translation>p. ej. Los documentos no están listos</translation>
    </message>
    <message>
        <source>The meeting keeps this reason. The next calendar you export tells delegates of the new date, or that the meeting is postponed.</source>
        <translation>La reunión conserva este motivo. El próximo calendario que exporte informará a las delegaciones de la nueva fecha o de que la reunión está aplazada.</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Aplazar</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Choose a date other than the current one.</source>
        <translation>Elija una fecha distinta de la actual.</translation>
    </message>
    <message>
        <source>“{title}” is already on {date}. Choose another date, or tick that both meetings are held that day.</source>
        <translation>«{title}» ya está el {date}. Elija otra fecha o marque que ambas reuniones se celebran ese día.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <source>Menus, dialogs, dates and numbers are shown in this language, and so are titles that have a version in it; a title that has none is shown in its original language, marked as such. Changing the language reopens the window on the same workspace; the undo history starts again.</source>
        <translation>Los menús, los cuadros de diálogo, las fechas y los números se muestran en este idioma, al igual que los títulos que tienen una versión en él; un título que no la tiene se muestra en su idioma original, marcado como tal. Al cambiar el idioma, la ventana se vuelve a abrir en el mismo espacio de trabajo y el historial de deshacer empieza de nuevo.</translation>
    </message>
    <message>
        <source>&amp;Reopen the last workspace at start</source>
        <translation>&amp;Volver a abrir el último espacio de trabajo al iniciar</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>{field}: “{old}” → “{new}”</source>
        <translation>{field}: “{old}” → “{new}”</translation>
    </message>
</context>
<context>
    <name>QuorumRuleDialog</name>
    <message>
        <source>Quorum rule</source>
        <translation>Regla de quórum</translation>
    </message>
    <message>
        <source>A majority of the parent body&apos;s member states</source>
        <translation>La mayoría de los Estados miembros del órgano principal</translation>
    </message>
    <message>
        <source>A fixed number of member states</source>
        <translation>Un número fijo de Estados miembros</translation>
    </message>
    <message>
        <source>No quorum required</source>
        <translation>No se requiere quórum</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Regla:</translation>
    </message>
    <message>
        <source>&amp;Member states of the parent body:</source>
        <translation>Estados &amp;miembros del órgano principal:</translation>
    </message>
    <message>
        <source>&amp;Fixed number:</source>
        <translation>Número &amp;fijo:</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Record decision…</source>
        <translation>Registrar decisión…</translation>
    </message>
    <message>
        <source>The outcome and the decision text of the selected item</source>
        <translation>El resultado y el texto de la decisión del tema seleccionado</translation>
    </message>
    <message>
        <source>Request new revision…</source>
        <translation>Solicitar nueva revisión…</translation>
    </message>
    <message>
        <source>Record that the item asked for a new revision of a document it considers</source>
        <translation>Registrar que el tema solicitó una nueva revisión de un documento que considera</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Agregar acción…</translation>
    </message>
    <message>
        <source>A follow-up action agreed at this meeting</source>
        <translation>Una acción de seguimiento acordada en esta reunión</translation>
    </message>
    <message>
        <source>Edit action…</source>
        <translation>Editar acción…</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Eliminar acción</translation>
    </message>
    <message>
        <source>Quorum rule…</source>
        <translation>Regla de quórum…</translation>
    </message>
    <message>
        <source>How many member states a meeting needs for its quorum</source>
        <translation>Cuántos Estados miembros necesita una reunión para tener quórum</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Mark {names} present</source>
        <translation>Marcar presente: {names}</translation>
    </message>
    <message>
        <source>Mark {names} absent</source>
        <translation>Marcar ausente: {names}</translation>
    </message>
    <message>
        <source>Change the attendance of {name}</source>
        <translation>Cambiar la asistencia de {name}</translation>
    </message>
    <message>
        <source>The meeting has no quorum ({line}).

Record this outcome anyway? It will be marked “recorded without quorum”.</source>
        <translation>La reunión no tiene quórum ({line}).

¿Registrar este resultado de todos modos? Se marcará «registrado sin quórum».</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>Sin quórum</translation>
    </message>
    <message>
        <source>Not recorded: the meeting has no quorum.</source>
        <translation>No registrado: la reunión no tiene quórum.</translation>
    </message>
    <message>
        <source>{number}. {resolution}: {text}</source>
        <translation>{number}. {resolution}: {text}</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <source>Member states</source>
        <translation>Estados miembros</translation>
    </message>
    <message>
        <source>The summary already says what the record says.</source>
        <translation>El resumen ya refleja lo que dice el registro.</translation>
    </message>
    <message>
        <source>Yours: {yours}
The record now: {record}</source>
        <translation>Suyo: {yours}
El registro ahora: {record}</translation>
    </message>
    <message>
        <source>(no longer in the record)</source>
        <translation>(ya no figura en el registro)</translation>
    </message>
    <message>
        <source>Regenerate the summary</source>
        <translation>Regenerar el resumen</translation>
    </message>
    <message numerus="yes">
        <source>You edited %n paragraph(s) that the record has changed since. Keep your text, or replace it with what the record now says?</source>
        <translation>
            <numerusform>Usted modificó %n párrafo que el registro cambió después. ¿Conservar su texto o reemplazarlo por lo que dice ahora el registro?</numerusform>
            <numerusform>Usted modificó %n párrafos que el registro cambió después. ¿Conservar su texto o reemplazarlo por lo que dice ahora el registro?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>Conservar mi texto</translation>
    </message>
    <message>
        <source>Use the record&apos;s text</source>
        <translation>Usar el texto del registro</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Asistencia</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Decisiones</translation>
    </message>
    <message>
        <source>Follow-up a&amp;ctions</source>
        <translation>A&amp;cciones de seguimiento</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>Re&amp;sumen</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunión:</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Add revision of {symbol}</source>
        <extracomment>OAS file names end with the language letter after the number: CP12345S.doc.</extracomment>
        <translation>Añadir una revisión de {symbol}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Addendum:</source>
        <translation>Adición:</translation>
    </message>
    <message>
        <source>Corrigendum:</source>
        <translation>Corrección:</translation>
    </message>
    <message>
        <source>e.g. Revised after the meeting of 22 September, with the comments of delegations.</source>
        <translation>p. ej., Revisado después de la reunión del 22 de septiembre, con los comentarios de las delegaciones.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Añadir &amp;archivo…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;No file yet: save the revision without files</source>
        <translation>&amp;Aún sin archivo: guardar la revisión sin archivos</translation>
    </message>
    <message>
        <source>Re&amp;vision:</source>
        <translation>Re&amp;visión:</translation>
    </message>
    <message>
        <source>Symbol:</source>
        <translation>Signatura:</translation>
    </message>
    <message>
        <source>&amp;Circulated on:</source>
        <translation>&amp;Distribuido el:</translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation>&amp;Qué cambió:</translation>
    </message>
    <message>
        <source>Files, one per language:</source>
        <translation>Archivos, uno por idioma:</translation>
    </message>
    <message>
        <source>Choose the revised files</source>
        <translation>Elegir los archivos revisados</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.odt *.rtf *.txt);;All files (*)</source>
        <translation>Documentos (*.pdf *.doc *.docx *.odt *.rtf *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>Add the revised files, or tick “No file yet”.</source>
        <translation>Añada los archivos revisados o marque «Aún sin archivo».</translation>
    </message>
    <message>
        <source>{first} and {second} are both marked {language}: keep one file per language.</source>
        <translation>{first} y {second} están marcados en {language}: deje un solo archivo por idioma.</translation>
    </message>
</context>
<context>
    <name>RevisionRequestDialog</name>
    <message>
        <source>Request a new revision</source>
        <translation>Solicitar una nueva revisión</translation>
    </message>
    <message>
        <source>rev. </source>
        <translation>rev. </translation>
    </message>
    <message>
        <source>e.g. The Secretariat will circulate it before the next meeting.</source>
        <translation>p. ej. La Secretaría la distribuirá antes de la próxima reunión.</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>&amp;Revision:</source>
        <translation>Re&amp;visión:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>This item considers no document; link one on the Agenda page first.</source>
        <translation>Este tema no considera ningún documento; vincule uno primero en la página Orden del día.</translation>
    </message>
</context>
<context>
    <name>RevisionsModel</name>
    <message>
        <source>Symbol / file</source>
        <extracomment>The revision&apos;s id on a revision row, the file&apos;s id on a file row. True on a file row. internalId of a top-level (revision) index; a file index holds its revision&apos;s row + 1.</extracomment>
        <translation>Signatura / archivo</translation>
    </message>
    <message>
        <source>Circulated</source>
        <translation>Distribuido</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Considered at</source>
        <translation>Considerado en</translation>
    </message>
    <message>
        <source>{date}, item {position}</source>
        <translation>{date}, tema {position}</translation>
    </message>
    <message>
        <source>not circulated</source>
        <translation>no distribuido</translation>
    </message>
    <message>
        <source>{name}
{media_type}, {size} bytes
SHA-256 {sha256}</source>
        <translation>{name}
{media_type}, {size} bytes
SHA-256 {sha256}</translation>
    </message>
</context>
<context>
    <name>SaveWorkingGroup</name>
    <message>
        <source>Change the working group</source>
        <translation>Cambiar el grupo de trabajo</translation>
    </message>
</context>
<context>
    <name>SendInvitationsDialog</name>
    <message>
        <source>Send Invitations</source>
        <translation>Enviar las invitaciones</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (cancelada)</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <source>{name} ({count} entries)</source>
        <translation>{name} ({count} entradas)</translation>
    </message>
    <message>
        <source>&amp;Invites the lists:</source>
        <translation>&amp;Invita a las listas:</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>Write .eml &amp;files to open and send from Outlook:</source>
        <translation>Escribir &amp;archivos .eml para abrirlos y enviarlos desde Outlook:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>One message per &amp;delegation (all its addresses) instead of one per address</source>
        <translation>Un mensaje por &amp;delegación (todas sus direcciones) en lugar de uno por dirección</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>From: {name} &lt;{email}&gt; (replies go there)</source>
        <translation>De: {name} &lt;{email}&gt; (allí llegan las respuestas)</translation>
    </message>
    <message>
        <source>Enter the secretariat&apos;s e-mail address (the organizer) in Settings first.</source>
        <translation>Escriba primero en Configuración la dirección de correo de la secretaría (el organizador).</translation>
    </message>
    <message>
        <source>Send through the mail server {host}:{port}</source>
        <translation>Enviar a través del servidor de correo {host}:{port}</translation>
    </message>
    <message>
        <source>Send through your mail server (set it in Settings)</source>
        <translation>Enviar a través de su servidor de correo (configúrelo en Configuración)</translation>
    </message>
    <message>
        <source>There are no meetings to invite to.</source>
        <translation>No hay reuniones a las que invitar.</translation>
    </message>
    <message>
        <source>{count} address(es) on the chosen lists; {missing} invitee(s) without an e-mail address get no invitation.</source>
        <translation>{count} dirección(es) en las listas elegidas; {missing} invitado(s) sin dirección de correo no recibe(n) invitación.</translation>
    </message>
    <message>
        <source>Cannot change the invited lists</source>
        <translation>No se pueden cambiar las listas invitadas</translation>
    </message>
    <message>
        <source>Folder for the .eml files</source>
        <translation>Carpeta para los archivos .eml</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
    <message>
        <source>Choose an existing folder for the .eml files.</source>
        <translation>Elija una carpeta existente para los archivos .eml.</translation>
    </message>
    <message>
        <source>Cannot read the password</source>
        <translation>No se puede leer la contraseña</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Contraseña del servidor de correo</translation>
    </message>
    <message>
        <source>Password for {user} on {host}:</source>
        <translation>Contraseña de {user} en {host}:</translation>
    </message>
    <message>
        <source>Sending invitations…</source>
        <translation>Enviando las invitaciones…</translation>
    </message>
    <message>
        <source>Cannot send the invitations</source>
        <translation>No se pueden enviar las invitaciones</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitaciones</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>New series of meetings</source>
        <translation>Nueva serie de reuniones</translation>
    </message>
    <message>
        <source>Each meeting&apos;s title: {number} becomes its number, {date} its date and {group} the working group&apos;s acronym.</source>
        <translation>El título de cada reunión: {number} se sustituye por su número, {date} por su fecha y {group} por la sigla del grupo de trabajo.</translation>
    </message>
    <message>
        <source>&amp;Titles:</source>
        <translation>&amp;Títulos:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Del:</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Cada:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>M&amp;odalidad:</translation>
    </message>
    <message>
        <source>&amp;Dates (untick any to skip):</source>
        <translation>&amp;Fechas (desmarque las que quiera omitir):</translation>
    </message>
    <message>
        <source>The meetings must end after they start.</source>
        <translation>Las reuniones deben terminar después de empezar.</translation>
    </message>
    <message>
        <source>Pick a time zone from the list: type part of its name, e.g. “York”.</source>
        <translation>Elija una zona horaria de la lista: escriba parte de su nombre, p. ej., “York”.</translation>
    </message>
    <message>
        <source>No dates are ticked: tick at least one.</source>
        <translation>No hay ninguna fecha marcada: marque al menos una.</translation>
    </message>
    <message>
        <source>{count} of {total} dates ticked</source>
        <translation>{count} de {total} fechas marcadas</translation>
    </message>
    <message>
        <source>Create 1 meeting</source>
        <translation>Crear 1 reunión</translation>
    </message>
    <message>
        <source>Create {count} meetings</source>
        <translation>Crear {count} reuniones</translation>
    </message>
    <message>
        <source>The titles can use {number}, {date} and {group}, each in braces; remove any other braces.</source>
        <translation>Los títulos pueden usar {number}, {date} y {group}, cada uno entre llaves; quite cualquier otra llave.</translation>
    </message>
</context>
<context>
    <name>SheetChoiceDialog</name>
    <message>
        <source>Export workbook</source>
        <extracomment>Invitees not in the file that the preview names one by one; more are counted.</extracomment>
        <translation>Exportar un libro de Excel</translation>
    </message>
    <message>
        <source>Invitee lists (one sheet per list)</source>
        <translation>Listas de invitados (una hoja por lista)</translation>
    </message>
    <message>
        <source>Calendar of meetings</source>
        <translation>Calendario de reuniones</translation>
    </message>
    <message>
        <source>Agenda items of every meeting</source>
        <translation>Temas del orden del día de todas las reuniones</translation>
    </message>
    <message>
        <source>Document register</source>
        <translation>Registro de documentos</translation>
    </message>
    <message>
        <source>Mandates of the work plan</source>
        <translation>Mandatos del plan de trabajo</translation>
    </message>
    <message>
        <source>Which sheets go into the workbook?</source>
        <translation>¿Qué hojas se incluyen en el libro?</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Save the summary</source>
        <translation>Guardar el resumen</translation>
    </message>
    <message>
        <source>Keep your text of the summary with the meeting</source>
        <translation>Guardar su texto del resumen con la reunión</translation>
    </message>
    <message>
        <source>Regenerate from the record</source>
        <translation>Regenerar a partir del registro</translation>
    </message>
    <message>
        <source>Bring the summary up to date with the record; your own paragraphs are kept</source>
        <translation>Actualizar el resumen según el registro; se conservan sus propios párrafos</translation>
    </message>
    <message>
        <source>Edited: not saved yet.</source>
        <translation>Editado: aún no guardado.</translation>
    </message>
    <message>
        <source>Generated from the record; not saved with the meeting yet.</source>
        <translation>Generado a partir del registro; aún no guardado con la reunión.</translation>
    </message>
    <message>
        <source>Saved with the meeting; last generated from the record on {date}.</source>
        <translation>Guardado con la reunión; generado por última vez a partir del registro el {date}.</translation>
    </message>
    <message>
        <source>Saved with the meeting.</source>
        <translation>Guardado con la reunión.</translation>
    </message>
</context>
<context>
    <name>TeamWorkspaceDialog</name>
    <message>
        <source>Open Team Workspace</source>
        <translation>Abrir espacio de trabajo compartido</translation>
    </message>
    <message>
        <source>A workspace the secretariat shares on a PostgreSQL server. Ask your IT department for these details; an empty database becomes a new workspace.</source>
        <translation>Un espacio de trabajo que la secretaría comparte en un servidor PostgreSQL. Pida estos datos a su departamento de informática; una base de datos vacía se convierte en un nuevo espacio de trabajo.</translation>
    </message>
    <message>
        <source>leave empty to use the saved one</source>
        <translation>déjelo vacío para usar la guardada</translation>
    </message>
    <message>
        <source>Keep the password in this computer&apos;s keyring</source>
        <translation>Guardar la contraseña en el llavero de este equipo</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Encryption (sslmode):</source>
        <translation>Cifrado (sslmode):</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
</context>
<context>
    <name>TimezonePicker</name>
    <message>
        <source>Type part of a city or region</source>
        <extracomment>The chosen zone, or &quot;&quot; while the typed text is not a zone.</extracomment>
        <translation>Escriba parte del nombre de una ciudad o región</translation>
    </message>
    <message>
        <source>Time zone in which the date and times are given</source>
        <translation>Zona horaria en la que se indican la fecha y las horas</translation>
    </message>
</context>
<context>
    <name>TitleMarks</name>
    <message>
        <source>⟨{code}⟩ {title}</source>
        <extracomment>The roles a marked title answers differently from its model.</extracomment>
        <translation>⟨{code}⟩ {title}</translation>
    </message>
    <message>
        <source>Original ({code}): there is no version in this language yet. Add one with Titles in Four Languages.</source>
        <translation>Original ({code}): aún no hay versión en este idioma. Añádala con Títulos en los cuatro idiomas.</translation>
    </message>
</context>
<context>
    <name>TitleVersionsDialog</name>
    <message>
        <source>Titles in Four Languages</source>
        <translation>Títulos en los cuatro idiomas</translation>
    </message>
    <message>
        <source>The same title in each official language. Mark the language it was written in as the original; leave a box empty where there is no version yet.</source>
        <translation>El mismo título en cada idioma oficial. Marque como original el idioma en que se redactó; deje vacía la casilla de un idioma que aún no tenga versión.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>No version yet</source>
        <translation>Aún sin versión</translation>
    </message>
    <message>
        <source>Title of the resolution</source>
        <translation>Título de la resolución</translation>
    </message>
    <message>
        <source>Area responsible</source>
        <translation>Área responsable</translation>
    </message>
    <message>
        <source>Write the title in its original language, or mark another original.</source>
        <translation>Escriba el título en su idioma original, o marque otro idioma como original.</translation>
    </message>
    <message>
        <source>Titles in Four &amp;Languages…</source>
        <translation>Títulos en los cuatro &amp;idiomas…</translation>
    </message>
    <message>
        <source>See and edit the title in English, Spanish, French and Portuguese side by side</source>
        <translation>Ver y modificar el título en español, francés, inglés y portugués, uno al lado del otro</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to Chairdesk</source>
        <translation>Bienvenido a Chairdesk</translation>
    </message>
    <message>
        <source>Chairdesk keeps its default workspace in {path}</source>
        <translation>Chairdesk guarda su espacio de trabajo predeterminado en {path}</translation>
    </message>
    <message>
        <source>Start in this workspace</source>
        <translation>Empezar en este espacio de trabajo</translation>
    </message>
    <message>
        <source>Plan the first meeting in the calendar.</source>
        <translation>Programe la primera reunión en el calendario.</translation>
    </message>
    <message>
        <source>Describe the working group…</source>
        <translation>Describir el grupo de trabajo…</translation>
    </message>
    <message>
        <source>Its name and acronym (used in calendar titles), its chair and vice chairs, and the room, venue and time zone new meetings start with.</source>
        <translation>Su nombre y sigla (usados en los títulos del calendario), su presidencia y vicepresidencias, y la sala, la sede y la zona horaria con que empiezan las nuevas reuniones.</translation>
    </message>
    <message>
        <source>Create a new workspace…</source>
        <translation>Crear un nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>A new file for one working group&apos;s preparation.</source>
        <translation>Un archivo nuevo para la preparación de un grupo de trabajo.</translation>
    </message>
    <message>
        <source>Open a workspace…</source>
        <translation>Abrir un espacio de trabajo…</translation>
    </message>
    <message>
        <source>A .chairdesk file saved on this computer or sent to you.</source>
        <translation>Un archivo .chairdesk guardado en esta computadora o que le enviaron.</translation>
    </message>
    <message>
        <source>Open the MISPA III example</source>
        <translation>Abrir el ejemplo de la MISPA III</translation>
    </message>
    <message>
        <source>The preparation of the Third Meeting of Ministers of Public Security of the Americas: meetings, agendas, documents, invitees and mandates.</source>
        <translation>La preparación de la Tercera Reunión de Ministros en Materia de Seguridad Pública de las Américas: reuniones, órdenes del día, documentos, invitados y mandatos.</translation>
    </message>
    <message>
        <source>No workspace is open. Create one, open one, or look at the example.</source>
        <translation>No hay ningún espacio de trabajo abierto. Cree uno, abra uno o consulte el ejemplo.</translation>
    </message>
    <message>
        <source>“{name}” is empty: it holds no working group and no meetings yet.</source>
        <translation>“{name}” está vacío: aún no contiene ningún grupo de trabajo ni reuniones.</translation>
    </message>
</context>
<context>
    <name>WorkPlanPage</name>
    <message>
        <source>&amp;Add mandate…</source>
        <extracomment>The meetings, decisions and open actions of the selected mandate.</extracomment>
        <translation>&amp;Añadir mandato…</translation>
    </message>
    <message>
        <source>Add a mandate to the work plan</source>
        <translation>Añadir un mandato al plan de trabajo</translation>
    </message>
    <message>
        <source>&amp;Delete mandate</source>
        <translation>&amp;Eliminar mandato</translation>
    </message>
    <message>
        <source>Delete the selected mandate</source>
        <translation>Eliminar el mandato seleccionado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Todas las áreas</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>Á&amp;rea:</translation>
    </message>
    <message>
        <source>Double-click a cell or press F2 to edit it; Enter saves, Esc cancels. Shift+Enter starts a new line in text.</source>
        <translation>Haga doble clic en una celda o pulse F2 para modificarla; Intro guarda, Esc cancela. Mayús+Intro empieza una línea nueva en un texto.</translation>
    </message>
    <message>
        <source>{shown} of {total} mandates</source>
        <translation>{shown} de {total} mandatos</translation>
    </message>
    <message>
        <source>Delete mandate</source>
        <translation>Eliminar el mandato</translation>
    </message>
    <message>
        <source>Delete this mandate of {resolution}?

{text}</source>
        <translation>¿Eliminar este mandato de {resolution}?

{text}</translation>
    </message>
</context>
<context>
    <name>WorkbookImport</name>
    <message>
        <source>Reading {file}…</source>
        <extracomment>The preview dialog is open (it is ``self.preview``). The import was written (the plan applied) or ended without writing (None).</extracomment>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>Cannot import the workbook</source>
        <translation>No se puede importar el libro</translation>
    </message>
    <message>
        <source>Import cancelled; the workspace was left as it was.</source>
        <translation>Importación cancelada; el espacio de trabajo quedó como estaba.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importación cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <source>Imported {file} into “{list}”: {summary}.</source>
        <translation>Se importó {file} en “{list}”: {summary}.</translation>
    </message>
</context>
<context>
    <name>WorkingGroupDialog</name>
    <message>
        <source>Working Group</source>
        <extracomment>The dialog&apos;s tabs, in order. Add a section here to add settings.</extracomment>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>Describe the Working Group</source>
        <translation>Describir el grupo de trabajo</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpener</name>
    <message>
        <source>{name} is open.</source>
        <extracomment>Overrides the data folder (QStandardPaths.AppDataLocation), e.g. for a portable install. A workspace is open and ready; the window installs it in the context. Opening ``path`` failed or was cancelled; the previous workspace is still open. The password dialog while it is open (for the window&apos;s tests).</extracomment>
        <translation>{name} está abierto.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <source>Creating {name}…</source>
        <translation>Creando {name}…</translation>
    </message>
    <message>
        <source>Writing the MISPA III example…</source>
        <translation>Escribiendo el ejemplo de la MISPA III…</translation>
    </message>
    <message>
        <source>Open a Workspace</source>
        <translation>Abrir un espacio de trabajo</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>New working group{suffix}</source>
        <translation>Nuevo grupo de trabajo{suffix}</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Saved a copy as {name}.</source>
        <translation>Se guardó una copia como {name}.</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Guardando una copia…</translation>
    </message>
    <message>
        <source>Please wait: a workspace is opening.</source>
        <translation>Espere: se está abriendo un espacio de trabajo.</translation>
    </message>
    <message>
        <source>{name} was not opened.</source>
        <translation>No se abrió {name}.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>{name} is the workspace you have open. Choose another name.</source>
        <translation>{name} es el espacio de trabajo que tiene abierto. Elija otro nombre.</translation>
    </message>
    <message>
        <source>Chairdesk workspaces (*{suffix});;All files (*)</source>
        <translation>Espacios de trabajo de Chairdesk (*{suffix});;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>WrappedTextDelegate</name>
    <message>
        <source>Enter saves; Shift+Enter starts a new line; Esc cancels.</source>
        <translation>Intro guarda; Mayús+Intro empieza una línea nueva; Esc cancela.</translation>
    </message>
</context>
<context>
    <name>dialog_parts</name>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation>Invitados</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plan de trabajo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Cannot undo “{action}”: someone else changed {what}{named} after it, and undoing would overwrite their change. Nothing was changed.</source>
        <translation>No se puede deshacer “{action}”: otra persona modificó {what}{named} después, y deshacer sobrescribiría su cambio. No se cambió nada.</translation>
    </message>
</context>
</TS>
