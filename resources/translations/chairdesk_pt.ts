<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Exporting the calendar to {file}…</source>
        <translation>Exportando o calendário para {file}…</translation>
    </message>
    <message>
        <source>Exported {count} meeting(s) to {file}.</source>
        <translation>{count} reunião(ões) exportada(s) para {file}.</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>Não é possível exportar o calendário</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportação cancelada; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar o calendário</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical)</source>
        <translation>Arquivos iCalendar (*.ics *.ical)</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Importar um calendário</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Calendar (.ics)…</source>
        <translation>Calendário (.ics)…</translation>
    </message>
    <message>
        <source>Write the meetings to an iCalendar file for Outlook, Google, Apple or Thunderbird</source>
        <translation>Gravar as reuniões num arquivo iCalendar para Outlook, Google, Apple ou Thunderbird</translation>
    </message>
    <message>
        <source>Create or update meetings from an iCalendar file exported by a calendar program</source>
        <translation>Criar ou atualizar reuniões a partir de um arquivo iCalendar exportado por um programa de calendário</translation>
    </message>
    <message>
        <source>Add agenda item “{title}”</source>
        <extracomment>Item edits also change what the documents page says about where documents were considered.</extracomment>
        <translation>Adicionar o item “{title}” à ordem do dia</translation>
    </message>
    <message>
        <source>Agenda item “{title}” added.</source>
        <translation>Item da agenda «{title}» adicionado.</translation>
    </message>
    <message>
        <source>Edit agenda item “{title}”</source>
        <extracomment>Taken on undo, so that redo brings back the same item (and its later edits&apos; ref).</extracomment>
        <translation>Editar o item “{title}”</translation>
    </message>
    <message>
        <source>Agenda item “{title}” changed.</source>
        <translation>Item da agenda «{title}» alterado.</translation>
    </message>
    <message>
        <source>Record outcome of “{title}”</source>
        <translation>Registrar o resultado de “{title}”</translation>
    </message>
    <message>
        <source>Outcome of “{title}” recorded.</source>
        <translation>Resultado de «{title}» registado.</translation>
    </message>
    <message>
        <source>Delete agenda item “{title}”</source>
        <translation>Excluir o item “{title}”</translation>
    </message>
    <message>
        <source>Agenda item “{title}” deleted.</source>
        <translation>Item da agenda «{title}» eliminado.</translation>
    </message>
    <message>
        <source>Move agenda item “{title}” to {position}</source>
        <translation>Mover o item “{title}” para a posição {position}</translation>
    </message>
    <message>
        <source>“{title}” moved to item {position}.</source>
        <translation>«{title}» passou a ser o item {position}.</translation>
    </message>
    <message>
        <source>Defer “{title}”</source>
        <translation>Adiar «{title}»</translation>
    </message>
    <message>
        <source>Documents of “{title}” changed.</source>
        <translation>Documentos de «{title}» alterados.</translation>
    </message>
    <message>
        <source>Change the documents of “{title}”</source>
        <translation>Alterar os documentos de “{title}”</translation>
    </message>
    <message>
        <source>New document {symbol}</source>
        <translation>Novo documento {symbol}</translation>
    </message>
    <message>
        <source>Document {symbol} added.</source>
        <translation>Documento {symbol} adicionado.</translation>
    </message>
    <message>
        <source>Edit document {symbol}</source>
        <translation>Editar o documento {symbol}</translation>
    </message>
    <message>
        <source>Document {symbol} changed.</source>
        <translation>Documento {symbol} alterado.</translation>
    </message>
    <message>
        <source>Delete document {symbol}</source>
        <translation>Excluir o documento {symbol}</translation>
    </message>
    <message>
        <source>Document {symbol} deleted.</source>
        <translation>Documento {symbol} eliminado.</translation>
    </message>
    <message>
        <source>Add revision {symbol}</source>
        <translation>Adicionar a revisão {symbol}</translation>
    </message>
    <message>
        <source>Revision {symbol} added.</source>
        <translation>Revisão {symbol} adicionada.</translation>
    </message>
    <message>
        <source>Attach {name} to {symbol}</source>
        <translation>Anexar {name} a {symbol}</translation>
    </message>
    <message>
        <source>{name} attached to {symbol}.</source>
        <translation>{name} anexado a {symbol}.</translation>
    </message>
    <message>
        <source>Set 1 invitation to “{status}”</source>
        <translation>Passar 1 convite para “{status}”</translation>
    </message>
    <message>
        <source>Set {count} invitations to “{status}”</source>
        <translation>Passar {count} convites para “{status}”</translation>
    </message>
    <message>
        <source>{count} invitations set to “{status}”.</source>
        <translation>{count} convites passados a «{status}».</translation>
    </message>
    <message>
        <source>Add “{name}” to the list</source>
        <translation>Adicionar “{name}” à lista</translation>
    </message>
    <message>
        <source>“{name}” added to the list.</source>
        <translation>«{name}» adicionado à lista.</translation>
    </message>
    <message>
        <source>Edit contact “{name}”</source>
        <translation>Editar o contato “{name}”</translation>
    </message>
    <message>
        <source>Contact “{name}” changed.</source>
        <translation>Contacto «{name}» alterado.</translation>
    </message>
    <message>
        <source>Remove 1 invitee from the list</source>
        <extracomment>The contact&apos;s version the next do or undo saves against (see EditMeeting).</extracomment>
        <translation>Retirar 1 convidado da lista</translation>
    </message>
    <message>
        <source>Remove {count} invitees from the list</source>
        <translation>Retirar {count} convidados da lista</translation>
    </message>
    <message>
        <source>{count} invitees removed from the list.</source>
        <translation>{count} convidados removidos da lista.</translation>
    </message>
    <message>
        <source>New list “{name}”</source>
        <translation>Nova lista “{name}”</translation>
    </message>
    <message>
        <source>List “{name}” created.</source>
        <translation>Lista «{name}» criada.</translation>
    </message>
    <message>
        <source>Rename list to “{name}”</source>
        <translation>Renomear a lista para “{name}”</translation>
    </message>
    <message>
        <source>List renamed to “{name}”.</source>
        <translation>Lista renomeada para «{name}».</translation>
    </message>
    <message>
        <source>Add mandate of {resolution}</source>
        <extracomment>Words the linked meetings or documents of a cell, as the table shows them.</extracomment>
        <translation>Adicionar um mandato de {resolution}</translation>
    </message>
    <message>
        <source>Mandate of {resolution} added.</source>
        <translation>Mandato de {resolution} adicionado.</translation>
    </message>
    <message>
        <source>Edit {what} of a mandate</source>
        <translation>Editar {what} de um mandato</translation>
    </message>
    <message>
        <source>The {what} of a mandate changed.</source>
        <translation>Alterou-se {what} de um mandato.</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>a resolução</translation>
    </message>
    <message>
        <source>text</source>
        <translation>o texto</translation>
    </message>
    <message>
        <source>area responsible</source>
        <translation>a área responsável</translation>
    </message>
    <message>
        <source>status</source>
        <translation>a situação</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>o prazo</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>as reuniões</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>os documentos</translation>
    </message>
    <message>
        <source>Delete mandate</source>
        <translation>Excluir o mandato</translation>
    </message>
    <message>
        <source>Mandate deleted.</source>
        <translation>Mandato eliminado.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <extracomment>The work plan lists the meetings its mandates are followed up in. Deleting a meeting deletes its agenda, which the documents page reports on.</extracomment>
        <translation>Nova reunião</translation>
    </message>
    <message>
        <source>New meeting “{title}”</source>
        <translation>Nova reunião “{title}”</translation>
    </message>
    <message>
        <source>Meeting “{title}” added.</source>
        <translation>Reunião «{title}» adicionada.</translation>
    </message>
    <message>
        <source>Edit meeting “{title}”</source>
        <translation>Editar a reunião “{title}”</translation>
    </message>
    <message>
        <source>Meeting “{title}” changed.</source>
        <translation>Reunião «{title}» alterada.</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Cancelar a reunião</translation>
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
        <translation>Reunião cancelada.</translation>
    </message>
    <message>
        <source>Cancel {count} meetings</source>
        <translation>Cancelar {count} reuniões</translation>
    </message>
    <message>
        <source>{count} meetings cancelled.</source>
        <translation>{count} reuniões canceladas.</translation>
    </message>
    <message>
        <source>the meeting</source>
        <translation>a reunião</translation>
    </message>
    <message>
        <source>“{title}” postponed; its new date is not known yet.</source>
        <translation>«{title}» adiada; a nova data ainda não é conhecida.</translation>
    </message>
    <message>
        <source>“{title}” moved to {date}.</source>
        <translation>«{title}» transferida para {date}.</translation>
    </message>
    <message>
        <source>Postpone meeting</source>
        <translation>Adiar a reunião</translation>
    </message>
    <message>
        <source>Postpone “{title}”</source>
        <translation>Adiar «{title}»</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Excluir a reunião</translation>
    </message>
    <message>
        <source>Delete {count} meetings</source>
        <translation>Excluir {count} reuniões</translation>
    </message>
    <message>
        <source>Meeting deleted.</source>
        <translation>Reunião eliminada.</translation>
    </message>
    <message>
        <source>{count} meetings deleted.</source>
        <translation>{count} reuniões eliminadas.</translation>
    </message>
    <message>
        <source>New series of {count} meetings</source>
        <translation>Nova série de {count} reuniões</translation>
    </message>
    <message>
        <source>{count} meetings added.</source>
        <translation>{count} reuniões adicionadas.</translation>
    </message>
    <message>
        <source>Please check your input</source>
        <translation>Verifique os dados informados</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Alterado em outra janela</translation>
    </message>
    <message>
        <source>Someone changed this in another window since you opened it. Your change was not saved; the view now shows the latest version. Try again.</source>
        <translation>Alguém alterou isto em outra janela depois que você o abriu. Sua alteração não foi salva; a tela mostra agora a versão mais recente. Tente novamente.</translation>
    </message>
    <message>
        <source>The workspace is busy</source>
        <translation>O espaço de trabalho está ocupado</translation>
    </message>
    <message>
        <source>Someone else is saving a large change (an import, perhaps) and Chairdesk waited for it in vain. Your change was not saved; try again in a moment.</source>
        <translation>Outra pessoa está salvando uma alteração grande (talvez uma importação) e o Chairdesk esperou em vão que terminasse. Sua alteração não foi salva; tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>Não é possível acessar o servidor</translation>
    </message>
    <message>
        <source>The connection to the team workspace&apos;s server was lost, so your change was not saved. Chairdesk reconnects by itself; try again when it is back.</source>
        <translation>A conexão com o servidor do espaço de trabalho compartilhado foi perdida, por isso sua alteração não foi salva. O Chairdesk se reconecta sozinho; tente novamente quando o servidor voltar.</translation>
    </message>
    <message>
        <source>No longer there</source>
        <translation>Não existe mais</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Não é possível abrir o espaço de trabalho</translation>
    </message>
    <message>
        <source>Cannot complete this</source>
        <translation>Não é possível concluir a ação</translation>
    </message>
    <message>
        <source>Cannot read or write the file</source>
        <translation>Não é possível ler ou gravar o arquivo</translation>
    </message>
    <message>
        <source>{error}. Check the file name, that the folder exists, and free disk space.</source>
        <translation>{error}. Verifique o nome do arquivo, se a pasta existe e se há espaço livre no disco.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Ocorreu um erro</translation>
    </message>
    <message>
        <source>Chairdesk met an unexpected problem and did not complete the action; nothing was half-saved. Please report it with this text:

{error}</source>
        <translation>O Chairdesk encontrou um problema inesperado e não concluiu a ação; nada ficou salvo pela metade. Informe o problema com este texto:

{error}</translation>
    </message>
    <message>
        <source>To invite</source>
        <extracomment>The stored value of the status (&quot;invited&quot;) of a row. The list entry&apos;s id. The contact&apos;s id.</extracomment>
        <translation>A convidar</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Convite enviado</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Recusada</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Compareceu</translation>
    </message>
    <message>
        <source>Member state</source>
        <extracomment>``commit(contact_id, {field: value})`` saves a change (as an undoable command).</extracomment>
        <translation>Estado membro</translation>
    </message>
    <message>
        <source>Permanent observer</source>
        <translation>Observador permanente</translation>
    </message>
    <message>
        <source>International organization</source>
        <translation>Organização internacional</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Sociedade civil</translation>
    </message>
    <message>
        <source>OAS secretariat</source>
        <translation>Secretaria da OEA</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Adiada</translation>
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
        <translation>Consideração</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprovação</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Eleição</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informação</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Considered</source>
        <translation>Considerado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Adiado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Public security management</source>
        <translation>Gestão da segurança pública</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Prevenção</translation>
    </message>
    <message>
        <source>Police management</source>
        <translation>Gestão policial</translation>
    </message>
    <message>
        <source>Citizen participation</source>
        <translation>Participação cidadã</translation>
    </message>
    <message>
        <source>International cooperation</source>
        <translation>Cooperação internacional</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Português</translation>
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
        <translation>Dia inteiro</translation>
    </message>
    <message>
        <source>All day, {count} days</source>
        <translation>Dias inteiros, {count} dias</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 item</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} itens</translation>
    </message>
    <message>
        <source>{count} · planned end unknown: give every item a duration</source>
        <translation>{count} · término previsto desconhecido: indique a duração de cada item</translation>
    </message>
    <message>
        <source>{count} · planned end &lt;span style=&apos;color:{red}&apos;&gt;&lt;b&gt;{end}&lt;/b&gt;, after the scheduled end {scheduled}&lt;/span&gt;</source>
        <translation>{count} · término previsto &lt;span style=&apos;color:{red}&apos;&gt;&lt;b&gt;{end}&lt;/b&gt;, depois do encerramento programado às {scheduled}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>{count} · planned end {end}</source>
        <translation>{count} · término previsto às {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>a partir das {start}</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>Select an item to see its details. Drag items, or use Ctrl+Up and Ctrl+Down, to change their order.</source>
        <translation>Selecione um item para ver os detalhes. Arraste os itens, ou use Ctrl+Seta acima e Ctrl+Seta abaixo, para mudar a ordem.</translation>
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
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir o arquivo</translation>
    </message>
    <message>
        <source>No application is set up to open {name}. It was written to {path}; open it from there or use Save as.</source>
        <translation>Nenhum aplicativo está configurado para abrir {name}. Ele foi gravado em {path}; abra-o a partir dali ou use Salvar como.</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} aberto</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abrindo {name}…</translation>
    </message>
    <message>
        <source>Save {name} as</source>
        <translation>Salvar {name} como</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Salvando {name}…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} salvo</translation>
    </message>
    <message>
        <source>Exported {sheets} sheet(s), {rows} row(s), to {file}.</source>
        <translation>{sheets} planilha(s), {rows} linha(s), exportada(s) para {file}.</translation>
    </message>
    <message>
        <source>Exporting the workbook to {file}…</source>
        <translation>Exportando a pasta de trabalho para {file}…</translation>
    </message>
    <message>
        <source>Cannot export the workbook</source>
        <translation>Não é possível exportar a pasta de trabalho</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>Exportar uma pasta de trabalho do Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Pastas de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported {rows} invitee(s) to {file}.</source>
        <translation>{rows} convidado(s) exportado(s) para {file}.</translation>
    </message>
    <message>
        <source>Exporting the invitee list to {file}…</source>
        <translation>Exportando a lista de convidados para {file}…</translation>
    </message>
    <message>
        <source>Cannot export the invitee list</source>
        <translation>Não é possível exportar a lista de convidados</translation>
    </message>
    <message>
        <source>There is no invitee list to export.</source>
        <translation>Não há nenhuma lista de convidados para exportar.</translation>
    </message>
    <message>
        <source>Export invitee list</source>
        <translation>Exportar lista de convidados</translation>
    </message>
    <message>
        <source>Invitee &amp;list:</source>
        <translation>&amp;Lista de convidados:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import invitee list</source>
        <translation>Importar uma lista de convidados</translation>
    </message>
    <message>
        <source>Invitee lists (*.xlsx *.csv *.ods *.txt)</source>
        <translation>Listas de convidados (*.xlsx *.csv *.ods *.txt)</translation>
    </message>
    <message>
        <source>Workbook (.xlsx)…</source>
        <translation>Pasta de trabalho do Excel (.xlsx)…</translation>
    </message>
    <message>
        <source>Write invitee lists, calendar, agenda, documents and mandates to an Excel workbook</source>
        <translation>Gravar listas de convidados, calendário, ordem do dia, documentos e mandatos numa pasta de trabalho do Excel</translation>
    </message>
    <message>
        <source>Invitee list (.csv)…</source>
        <translation>Lista de convidados (.csv)…</translation>
    </message>
    <message>
        <source>Write one invitee list as a CSV file for Excel or LibreOffice</source>
        <translation>Gravar uma lista de convidados como arquivo CSV para o Excel ou o LibreOffice</translation>
    </message>
    <message>
        <source>Invitee list (.xlsx, .csv, .ods)…</source>
        <translation>Lista de convidados (.xlsx, .csv, .ods)…</translation>
    </message>
    <message>
        <source>Add or update an invitee list from a workbook, CSV or OpenDocument file, after a preview</source>
        <translation>Adicionar ou atualizar uma lista de convidados a partir de uma pasta de trabalho, um CSV ou um arquivo OpenDocument, após uma pré-visualização</translation>
    </message>
    <message>
        <source>Edit the titles in four languages</source>
        <extracomment>The services&apos; name for each kind of row a RowRef names.</extracomment>
        <translation>Editar os títulos nos quatro idiomas</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print the agenda, calendar, work plan or a list, or save it as PDF or Word</source>
        <translation>Imprimir a ordem do dia, o calendário, o plano de trabalho ou uma lista, ou salvá-los como PDF ou Word</translation>
    </message>
    <message>
        <source>Paper as PDF or &amp;Word…</source>
        <translation>Documento em PDF ou &amp;Word…</translation>
    </message>
    <message>
        <source>Save the agenda, calendar, work plan or a list as PDF or Word</source>
        <translation>Salvar a ordem do dia, o calendário, o plano de trabalho ou uma lista como PDF ou Word</translation>
    </message>
    <message>
        <source>Print a paper</source>
        <extracomment>A preview was shown (tests wait for it). Which refresh is the latest: a slower, older one must not replace its preview.</extracomment>
        <translation>Imprimir um documento</translation>
    </message>
    <message>
        <source>Print texts that have no translation in their original language, marked as such</source>
        <translation>Imprimir no idioma original, assinalados como tais, os textos que não têm tradução</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Documento:</translation>
    </message>
    <message>
        <source>Invitee list:</source>
        <translation>Lista de convidados:</translation>
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
        <translation>Salvar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Salvar como &amp;Word…</translation>
    </message>
    <message>
        <source>Draft agenda of the current meeting</source>
        <translation>Ordem do dia da reunião atual</translation>
    </message>
    <message>
        <source>Annotated agenda of the current meeting</source>
        <translation>Ordem do dia anotada da reunião atual</translation>
    </message>
    <message>
        <source>List of participants of the current meeting</source>
        <translation>Lista de participantes da reunião atual</translation>
    </message>
    <message>
        <source>Summary of the current meeting</source>
        <translation>Resumo da reunião atual</translation>
    </message>
    <message>
        <source>Calendar of activities and meetings</source>
        <translation>Calendário de atividades e reuniões</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plano de trabalho</translation>
    </message>
    <message>
        <source>List of invitees</source>
        <translation>Lista de convidados</translation>
    </message>
    <message>
        <source>Select a meeting in the Calendar or Agenda view first.</source>
        <translation>Selecione primeiro uma reunião na vista Calendário ou Ordem do dia.</translation>
    </message>
    <message>
        <source>Making the paper…</source>
        <translation>Preparando o documento…</translation>
    </message>
    <message>
        <source>Cannot make the paper</source>
        <translation>Não é possível preparar o documento</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>…and {count} more</source>
        <translation>…e mais {count}</translation>
    </message>
    <message>
        <source>{count} texts have no version in this language. Fill them in, or tick the box above to print the originals, marked as such:
{lines}</source>
        <translation>{count} textos não têm versão neste idioma. Preencha-os, ou marque a caixa acima para imprimir os originais, assinalados como tais:
{lines}</translation>
    </message>
    <message>
        <source>The printer could not be started</source>
        <translation>Não foi possível iniciar a impressora</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Não é possível imprimir</translation>
    </message>
    <message>
        <source>Sent {count} page(s) to the printer.</source>
        <translation>{count} página(s) enviada(s) à impressora.</translation>
    </message>
    <message>
        <source>Preparing the pages for the printer…</source>
        <translation>Preparando as páginas para a impressora…</translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was sent.</source>
        <translation>Impressão cancelada; nada foi enviado.</translation>
    </message>
    <message>
        <source>Save the paper as PDF</source>
        <translation>Salvar o documento como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the paper as Word</source>
        <translation>Salvar o documento como Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos Word (*.docx)</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>Salvando {file}…</translation>
    </message>
    <message>
        <source>Saved the paper to {file}.</source>
        <translation>Documento salvo em {file}.</translation>
    </message>
    <message>
        <source>Cannot save the paper</source>
        <translation>Não é possível salvar o documento</translation>
    </message>
    <message>
        <source>Saving cancelled; no file was written.</source>
        <translation>Gravação cancelada; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>This workspace was upgraded to the current format; the previous file was kept as {name}.</source>
        <translation>Este espaço de trabalho foi atualizado para o formato atual; o arquivo anterior foi mantido como {name}.</translation>
    </message>
    <message>
        <source>{name} is on a network share. Work on a copy on this computer and save a copy back: two computers writing one workspace over a network can corrupt it.</source>
        <translation>{name} está num compartilhamento de rede. Trabalhe numa cópia neste computador e depois salve uma cópia na rede: dois computadores gravando o mesmo espaço de trabalho pela rede podem corrompê-lo.</translation>
    </message>
    <message>
        <source>{changed} changed, {tentative} tentative, {same} already applied or older, {unmatched} not matched.</source>
        <extracomment>A dropped .ics is a reply only if it says so in its first lines.</extracomment>
        <translation>{changed} alteradas, {tentative} provisórias, {same} já aplicadas ou mais antigas, {unmatched} sem correspondência.</translation>
    </message>
    <message>
        <source>Changed: {line}</source>
        <translation>Alterada: {line}</translation>
    </message>
    <message>
        <source>Tentative (status kept): {line}</source>
        <translation>Provisória (situação mantida): {line}</translation>
    </message>
    <message>
        <source>Not matched: {line}</source>
        <translation>Sem correspondência: {line}</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Reading the replies…</source>
        <translation>Lendo as respostas…</translation>
    </message>
    <message>
        <source>Cannot import the replies</source>
        <translation>Não é possível importar as respostas</translation>
    </message>
    <message>
        <source>Import replies to invitations</source>
        <translation>Importar as respostas aos convites</translation>
    </message>
    <message>
        <source>Replies (*.ics *.eml)</source>
        <translation>Respostas (*.ics *.eml)</translation>
    </message>
    <message>
        <source>Cannot read the password</source>
        <translation>Não é possível ler a senha</translation>
    </message>
    <message>
        <source>Calendar server password</source>
        <translation>Senha do servidor de calendário</translation>
    </message>
    <message>
        <source>Password for {user} on {url}:</source>
        <translation>Senha de {user} em {url}:</translation>
    </message>
    <message>
        <source>Published to {url}: {new} new, {updated} updated, {removed} removed, {same} unchanged.</source>
        <translation>Publicado em {url}: {new} novas, {updated} atualizadas, {removed} removidas, {same} sem alteração.</translation>
    </message>
    <message>
        <source>Publishing the calendar…</source>
        <translation>Publicando o calendário…</translation>
    </message>
    <message>
        <source>Cannot publish the calendar</source>
        <translation>Não é possível publicar o calendário</translation>
    </message>
    <message>
        <source>Invitations by E-mail…</source>
        <translation>Convites por e-mail…</translation>
    </message>
    <message>
        <source>Send a meeting&apos;s invitations (or its cancellation) to its invitees</source>
        <translation>Enviar os convites de uma reunião (ou seu cancelamento) aos convidados</translation>
    </message>
    <message>
        <source>Calendar to a CalDAV Server</source>
        <translation>Calendário para um servidor CalDAV</translation>
    </message>
    <message>
        <source>Update the calendar delegates subscribe to</source>
        <translation>Atualizar o calendário que os delegados assinam</translation>
    </message>
    <message>
        <source>Invitation Settings…</source>
        <translation>Configurações dos convites…</translation>
    </message>
    <message>
        <source>The organizer, the mail server and the calendar server</source>
        <translation>O organizador, o servidor de e-mail e o servidor de calendário</translation>
    </message>
    <message>
        <source>Replies to Invitations…</source>
        <translation>Respostas aos convites…</translation>
    </message>
    <message>
        <source>Accepted and declined replies update the invitee lists</source>
        <translation>As respostas de aceitação e recusa atualizam as listas de convidados</translation>
    </message>
    <message>
        <source>“{meeting}”: the cancellation (sequence {sequence}) went out in {sent} of {planned} message(s).</source>
        <translation>“{meeting}”: o cancelamento (sequência {sequence}) saiu em {sent} de {planned} mensagem(ns).</translation>
    </message>
    <message>
        <source>“{meeting}”: the invitation (sequence {sequence}) went out in {sent} of {planned} message(s).</source>
        <translation>“{meeting}”: o convite (sequência {sequence}) saiu em {sent} de {planned} mensagem(ns).</translation>
    </message>
    <message>
        <source>{count} list entries are now “invited”.</source>
        <translation>{count} entradas da lista estão agora como “convite enviado”.</translation>
    </message>
    <message>
        <source>{count} address(es) already had this version; not sent again.</source>
        <translation>{count} endereço(s) já tinha(m) esta versão; não foi reenviada.</translation>
    </message>
    <message>
        <source>{count} invitee(s) have no e-mail address and got no invitation.</source>
        <translation>{count} convidado(s) não tem(têm) endereço de e-mail e não recebeu(receberam) convite.</translation>
    </message>
    <message>
        <source>Not delivered: {reason}</source>
        <translation>Não entregue: {reason}</translation>
    </message>
    <message>
        <source>Add “Approval of the summary of the previous meeting”</source>
        <translation>Adicionar “Aprovação do resumo da reunião anterior”</translation>
    </message>
    <message>
        <source>Put “{what}” on the agenda</source>
        <translation>Incluir “{what}” na pauta</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>prazo {date}</translation>
    </message>
    <message>
        <source>agreed on {date}</source>
        <translation>acordada em {date}</translation>
    </message>
    <message>
        <source>(on an agenda)</source>
        <translation>(em uma pauta)</translation>
    </message>
    <message>
        <source>Add to the agenda</source>
        <translation>Adicionar à pauta</translation>
    </message>
    <message>
        <source>Put on this agenda</source>
        <translation>Incluir nesta pauta</translation>
    </message>
    <message>
        <source>Make the selected open action an item of this meeting&apos;s agenda</source>
        <translation>Transformar a ação pendente selecionada em um item da pauta desta reunião</translation>
    </message>
    <message>
        <source>Proposed: “Approval of the summary of the previous meeting” ({date}).</source>
        <translation>Proposto: “Aprovação do resumo da reunião anterior” ({date}).</translation>
    </message>
    <message>
        <source>Its summary is not written yet.</source>
        <translation>Seu resumo ainda não foi redigido.</translation>
    </message>
    <message>
        <source>{present} member states present; no quorum is required</source>
        <translation>{present} Estados membros presentes; nenhum quórum exigido</translation>
    </message>
    <message>
        <source>Attendance not taken yet; quorum {required}</source>
        <translation>Presença ainda não registrada; quórum {required}</translation>
    </message>
    <message>
        <source>{present} member states present, quorum {required}: yes</source>
        <translation>{present} Estados membros presentes, quórum {required}: sim</translation>
    </message>
    <message>
        <source>{present} member states present, quorum {required}: no</source>
        <translation>{present} Estados membros presentes, quórum {required}: não</translation>
    </message>
    <message>
        <source>The meeting has no quorum ({line}).

Record this outcome anyway? It will be marked “recorded without quorum”.</source>
        <translation>A reunião não tem quórum ({line}).

Registrar este resultado mesmo assim? Ele será marcado como “registrado sem quórum”.</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>Sem quórum</translation>
    </message>
    <message>
        <source>{symbol} requested at the meeting of {date} (item {position}); awaited.</source>
        <translation>{symbol} solicitada na reunião de {date} (item {position}); aguardada.</translation>
    </message>
    <message>
        <source>Mandate {number}</source>
        <translation>Mandato {number}</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
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
        <translation>Secretaria</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegação</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
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
        <translation>Credenciais</translation>
    </message>
    <message>
        <source>Mark all member states present</source>
        <extracomment>The kinds of data the record touches: its views reload on these.</extracomment>
        <translation>Marcar todos os Estados membros presentes</translation>
    </message>
    <message>
        <source>Change the attendance of {name}</source>
        <translation>Alterar a presença de {name}</translation>
    </message>
    <message>
        <source>Record the decision on “{title}”</source>
        <translation>Registrar a decisão sobre “{title}”</translation>
    </message>
    <message>
        <source>Request {symbol}</source>
        <translation>Solicitar {symbol}</translation>
    </message>
    <message>
        <source>Add the action “{what}”</source>
        <translation>Adicionar a ação “{what}”</translation>
    </message>
    <message>
        <source>Edit an action</source>
        <extracomment>The version read when the edit began counts once; a redo follows the undo&apos;s version.</extracomment>
        <translation>Editar uma ação</translation>
    </message>
    <message>
        <source>Delete an action</source>
        <translation>Excluir uma ação</translation>
    </message>
    <message>
        <source>Edit the summary</source>
        <translation>Editar o resumo</translation>
    </message>
    <message>
        <source>Regenerate the summary from the record</source>
        <translation>Regenerar o resumo a partir do registro</translation>
    </message>
    <message>
        <source>Change the quorum rule</source>
        <translation>Alterar a regra de quórum</translation>
    </message>
    <message>
        <source>item {position} of {date}</source>
        <translation>item {position} de {date}</translation>
    </message>
    <message>
        <source>From {item}</source>
        <translation>De {item}</translation>
    </message>
    <message>
        <source>To {item}</source>
        <translation>Para {item}</translation>
    </message>
    <message>
        <source>→ {symbol} requested (circulated)</source>
        <translation>→ {symbol} solicitada (distribuída)</translation>
    </message>
    <message>
        <source>→ {symbol} requested (awaited)</source>
        <translation>→ {symbol} solicitada (aguardada)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>{outcome} (no quorum)</source>
        <translation>{outcome} (sem quórum)</translation>
    </message>
    <message>
        <source>Recorded while the meeting had no quorum; the chair confirmed it.</source>
        <translation>Registrado quando a reunião não tinha quórum; a Presidência o confirmou.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Select a mandate to see the meetings, decisions and actions for it.</source>
        <translation>Selecione um mandato para ver suas reuniões, decisões e ações.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nenhuma ainda</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Reuniões:</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Decisões:</translation>
    </message>
    <message>
        <source>Open actions:</source>
        <translation>Ações pendentes:</translation>
    </message>
    <message>
        <source>{date}, item {position}: {title}</source>
        <translation>{date}, item {position}: {title}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Refeito: {action}</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Desfeito: {action}</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Makes the command that saves the user&apos;s values against a given version.</extracomment>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Alterado por outra pessoa</translation>
    </message>
    <message>
        <source>Someone else saved {what} “{name}” while you were editing it. Choose which version to keep.</source>
        <translation>Outra pessoa salvou {what} “{name}” enquanto você o editava. Escolha qual versão manter.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>A sua</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>A da outra pessoa (salva)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Manter a minha</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Manter a outra</translation>
    </message>
    <message>
        <source>Kept the version saved by someone else.</source>
        <translation>Foi mantida a versão salva por outra pessoa.</translation>
    </message>
    <message>
        <source>Waiting for another save to finish…</source>
        <extracomment>How long one attempt waits for the other program&apos;s write, in milliseconds. The pause between attempts, during which the window paints and answers. How long to keep trying before saying the workspace is busy, in seconds.</extracomment>
        <translation>Aguardando o término de outro salvamento…</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Parar de esperar</translation>
    </message>
    <message>
        <source>Chairdesk</source>
        <translation>Chairdesk</translation>
    </message>
    <message>
        <source>{name} is open.</source>
        <translation>{name} está aberto.</translation>
    </message>
    <message>
        <source>{name} was not opened.</source>
        <translation>{name} não foi aberto.</translation>
    </message>
    <message>
        <source>This computer has no keyring, so the password was not kept: it will be asked again next time.</source>
        <translation>Este computador não tem chaveiro do sistema, por isso a senha não foi guardada: ela será pedida novamente da próxima vez.</translation>
    </message>
    <message>
        <source>Only the meetings from</source>
        <translation>Somente as reuniões de</translation>
    </message>
    <message>
        <source>Leave unticked for every meeting in the calendar</source>
        <translation>Deixe desmarcado para incluir todas as reuniões do calendário</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Editar ação</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Adicionar ação</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>O que deve ser feito</translation>
    </message>
    <message>
        <source>A delegation, the Chair, the Secretariat, a department</source>
        <translation>Uma delegação, a Presidência, a Secretaria, um departamento</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Ação:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsável:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Prazo:</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>&amp;Mandato:</translation>
    </message>
    <message>
        <source>Agreed under &amp;item:</source>
        <translation>Acordada no &amp;item:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Situação:</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Indique o que deve ser feito.</translation>
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
        <translation>Início</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
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
        <translation>Situação</translation>
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
        <translation>{status}, adiado de {date}</translation>
    </message>
    <message>
        <source>Decision: {text}</source>
        <translation>Decisão: {text}</translation>
    </message>
    <message>
        <source>Deferred from the meeting of {date}.</source>
        <translation>Adiado da reunião de {date}.</translation>
    </message>
    <message>
        <source>Deferred from an earlier meeting.</source>
        <translation>Adiado de uma reunião anterior.</translation>
    </message>
    <message>
        <source>Give every item before this one a duration to know when it starts.</source>
        <translation>Dê uma duração a cada item anterior para saber quando este começa.</translation>
    </message>
    <message>
        <source>Starts at a fixed time.</source>
        <translation>Começa a uma hora fixa.</translation>
    </message>
    <message>
        <source>Starts when the item before it ends.</source>
        <translation>Começa quando termina o item anterior.</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>&amp;Meeting:</source>
        <extracomment>What went out of date while the page was hidden: &quot;&quot;, &quot;items&quot; or &quot;meetings&quot;.</extracomment>
        <translation>&amp;Reunião:</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordem do dia</translation>
    </message>
    <message>
        <source>No meetings yet: create one on the Calendar page.</source>
        <translation>Ainda não há reuniões: crie uma na página Calendário.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>The server cannot be reached, so nothing can be saved now; what you typed was not saved. Chairdesk reconnects by itself: try again when the status bar says the server is back.</source>
        <extracomment>The kinds of data a change can touch; views reload on the kinds they show. A different workspace was opened (or the last one closed: ``workspace`` is None). Data of these kinds changed (a frozenset of the names above). The meeting the user is working on changed (its id, or 0 for none). A short message for the status bar. An error that happened where no dialog could be asked for (e.g. during undo). This window committed a change (its own changes are not someone else&apos;s). The workspace&apos;s server went away (True) or came back (False). Language in which titles are shown; None shows each in its original language. The server cannot be reached: what is shown stays, edits are refused.</extracomment>
        <translation>Não é possível acessar o servidor, portanto nada pode ser salvo agora; o que você digitou não foi salvo. O Chairdesk se reconecta sozinho: tente novamente quando a barra de status indicar que o servidor voltou.</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>All member states present</source>
        <extracomment>``toggle(rows, field, value)`` sets ``field`` to ``value`` for the contacts of ``rows``.</extracomment>
        <translation>Todos os Estados membros presentes</translation>
    </message>
    <message>
        <source>Mark every member state present; then press Space on the absent ones</source>
        <translation>Marcar todos os Estados membros presentes; depois pressione Espaço nos ausentes</translation>
    </message>
    <message>
        <source>Type a delegation&apos;s name to find it; Space marks it present (in the Credentials column: credentials received); Enter names its representative. Ctrl+Shift+A marks all member states present.</source>
        <translation>Digite o nome de uma delegação para encontrá-la; Espaço a marca presente (na coluna Credenciais: credenciais recebidas); Enter nomeia seu representante. Ctrl+Shift+A marca todos os Estados membros presentes.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>International organization</source>
        <translation>Organização internacional</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciais</translation>
    </message>
    <message>
        <source>Member states: {present} of {total} present (they count toward the quorum)</source>
        <translation>Estados membros: {present} de {total} presentes (contam para o quórum)</translation>
    </message>
    <message>
        <source>Observers, organizations, civil society and secretariat: {present} present (not counted toward the quorum)</source>
        <translation>Observadores, organizações, sociedade civil e secretaria: {present} presentes (não contam para o quórum)</translation>
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
        <translation>Lendo {file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>Cannot import the calendar</source>
        <translation>Não é possível importar o calendário</translation>
    </message>
    <message>
        <source>Import cancelled; the workspace was left as it was.</source>
        <translation>Importação cancelada; o espaço de trabalho ficou como estava.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importação cancelada; nada foi alterado.</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}.</source>
        <translation>{file} importado: {summary}.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Meetings</source>
        <extracomment>The selection: how many meetings, or why the one selected was cancelled/postponed.</extracomment>
        <translation>Reuniões</translation>
    </message>
    <message>
        <source>Days with a meeting are in bold and shaded; orange shading marks meetings that overlap; a struck-out day has only cancelled meetings. Double-click a free day to plan a meeting on it.</source>
        <translation>Os dias com reunião aparecem em negrito e sombreados; o sombreado laranja indica reuniões que se sobrepõem; um dia riscado só tem reuniões canceladas. Clique duas vezes num dia livre para programar uma reunião.</translation>
    </message>
    <message>
        <source>1 meeting</source>
        <translation>1 reunião</translation>
    </message>
    <message>
        <source>{n} meetings</source>
        <translation>{n} reuniões</translation>
    </message>
    <message>
        <source>{n} cancelled</source>
        <translation>{n} canceladas</translation>
    </message>
    <message>
        <source>⚠ {n} overlap another meeting (hover the title for details)</source>
        <translation>⚠ {n} se sobrepõem a outra reunião (passe o mouse sobre o título para ver os detalhes)</translation>
    </message>
    <message>
        <source>{n} meetings selected</source>
        <translation>{n} reuniões selecionadas</translation>
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
        <translation>Cancelar a reunião</translation>
    </message>
    <message>
        <source>Cancel “{title}” of {date}?</source>
        <translation>Cancelar «{title}» de {date}?</translation>
    </message>
    <message>
        <source>Cancel these {n} meetings?</source>
        <translation>Cancelar estas {n} reuniões?</translation>
    </message>
    <message>
        <source>e.g. The Permanent Council meets that day</source>
        <translation>p. ex. O Conselho Permanente reúne-se nesse dia</translation>
    </message>
    <message>
        <source>The meeting stays in the calendar, marked cancelled with this reason. The next calendar you export tells delegates it is cancelled.</source>
        <translation>A reunião continua no calendário, marcada como cancelada com este motivo. O próximo calendário que exportar informará as delegações de que está cancelada.</translation>
    </message>
    <message>
        <source>Cancel Meeting</source>
        <translation>Cancelar reunião</translation>
    </message>
    <message>
        <source>Keep Meeting</source>
        <translation>Manter a reunião</translation>
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
        <translation>Atualizado com as alterações feitas por outra pessoa.</translation>
    </message>
    <message>
        <source>The server is back; edits are possible again.</source>
        <translation>O servidor voltou; é possível editar novamente.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Editar o contato</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Adicionar um contato</translation>
    </message>
    <message>
        <source>e.g. Delegation of Chile, or a person&apos;s name</source>
        <translation>p. ex. Delegação do Chile, ou o nome de uma pessoa</translation>
    </message>
    <message>
        <source>e.g. Alternate Representative</source>
        <translation>p. ex. Representante Alterno</translation>
    </message>
    <message>
        <source>e.g. Permanent Mission of Chile to the OAS</source>
        <translation>p. ex. Missão Permanente do Chile junto à OEA</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nome@exemplo.org</translation>
    </message>
    <message>
        <source>e.g. Head of delegation</source>
        <translation>p. ex. Chefe da delegação</translation>
    </message>
    <message>
        <source>&amp;Honorific:</source>
        <translation>&amp;Tratamento:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;Delegation / organization:</source>
        <translation>&amp;Delegação / organização:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoria:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fone:</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>&amp;Idioma preferido:</translation>
    </message>
    <message>
        <source>&amp;Role on this list:</source>
        <translation>&amp;Função nesta lista:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <source>Enter a name: a person&apos;s, or the delegation&apos;s.</source>
        <translation>Digite um nome: o de uma pessoa ou o da delegação.</translation>
    </message>
    <message>
        <source>“{email}” is not a valid e-mail address. Write it as name@example.org, or leave it empty.</source>
        <translation>“{email}” não é um endereço de e-mail válido. Escreva-o como nome@exemplo.org, ou deixe-o em branco.</translation>
    </message>
    <message>
        <source>The role is too long (at most 200 characters).</source>
        <translation>A função é longa demais (no máximo 200 caracteres).</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decision on item {number}</source>
        <translation>Decisão sobre o item {number}</translation>
    </message>
    <message>
        <source>What the Working Group decided, e.g. “The Working Group approved …”</source>
        <translation>O que o Grupo de Trabalho decidiu, p. ex. “O Grupo de Trabalho aprovou …”</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Item:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisão:</translation>
    </message>
</context>
<context>
    <name>DeferDialog</name>
    <message>
        <source>Defer item</source>
        <translation>Adiar item</translation>
    </message>
    <message>
        <source>Defer “{title}” to:</source>
        <translation>Adiar «{title}» para:</translation>
    </message>
    <message>
        <source>{date} — {title}</source>
        <translation>{date} — {title}</translation>
    </message>
    <message>
        <source>The item is added at the end of that meeting&apos;s agenda with its documents, and marked deferred here.</source>
        <translation>O item é adicionado no fim da agenda dessa reunião com os seus documentos, e aqui fica marcado como adiado.</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunião:</translation>
    </message>
    <message>
        <source>There is no other meeting to defer the item to. Create it first.</source>
        <translation>Não há outra reunião para onde adiar o item. Crie-a primeiro.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>&amp;New document…</source>
        <translation>&amp;Novo documento…</translation>
    </message>
    <message>
        <source>Add a document to the register</source>
        <translation>Adicionar um documento ao registro</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change the selected document&apos;s symbol, title, kind or status</source>
        <translation>Alterar o símbolo, o título, o tipo ou a situação do documento selecionado</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Delete the selected document with its revisions and files</source>
        <translation>Excluir o documento selecionado com suas revisões e arquivos</translation>
    </message>
    <message>
        <source>Add &amp;revision…</source>
        <translation>Adicionar &amp;revisão…</translation>
    </message>
    <message>
        <source>Add the next revision of the selected document, with its files</source>
        <translation>Adicionar a próxima revisão do documento selecionado, com seus arquivos</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>A&amp;nexar arquivo…</translation>
    </message>
    <message>
        <source>Attach a file in another language to the selected revision</source>
        <translation>Anexar à revisão selecionada um arquivo em outro idioma</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the selected file with the system&apos;s application</source>
        <translation>Abrir o arquivo selecionado com o aplicativo do sistema</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Salvar como…</translation>
    </message>
    <message>
        <source>Save the selected file to a folder</source>
        <translation>Salvar o arquivo selecionado numa pasta</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Excluir o documento</translation>
    </message>
    <message>
        <source>Delete {symbol} with its {count} revision(s) and their files? Agenda items and mandates will no longer refer to it. You can undo this with Edit ▸ Undo.</source>
        <translation>Excluir {symbol} com suas {count} revisão(ões) e respectivos arquivos? Os itens da ordem do dia e os mandatos deixarão de remeter a ele. Você pode desfazer isso com Editar ▸ Desfazer.</translation>
    </message>
    <message>
        <source>Add revision</source>
        <translation>Adicionar uma revisão</translation>
    </message>
    <message>
        <source>Select the document in the register first, then add its revision.</source>
        <translation>Selecione primeiro o documento no registro e depois adicione a revisão.</translation>
    </message>
    <message>
        <source>Attach a file to {symbol}</source>
        <translation>Anexar um arquivo a {symbol}</translation>
    </message>
    <message>
        <source>Language of the file</source>
        <translation>Idioma do arquivo</translation>
    </message>
    <message>
        <source>{name} is in:</source>
        <translation>{name} está em:</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Substituir o arquivo</translation>
    </message>
    <message>
        <source>{symbol} has a {language} file already. Replace it with {name}?</source>
        <translation>{symbol} já tem um arquivo em {language}. Substituí-lo por {name}?</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Edit document</source>
        <translation>Editar o documento</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Novo documento</translation>
    </message>
    <message>
        <source>e.g. GT/MISPA-III/doc.7/11</source>
        <translation>p. ex. GT/MISPA-III/doc.7/11</translation>
    </message>
    <message>
        <source>The symbol without “rev.”, “corr.” or “add.”: revisions are added later.</source>
        <translation>O símbolo sem “rev.”, “corr.” nem “add.”: as revisões são adicionadas depois.</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;Símbolo:</translation>
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
        <translation>Título em {language}:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Situação:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Enter the document&apos;s symbol.</source>
        <translation>Digite o símbolo do documento.</translation>
    </message>
    <message>
        <source>Enter the symbol without “{suffix}”: revisions are added to the document.</source>
        <translation>Digite o símbolo sem “{suffix}”: as revisões são adicionadas ao documento.</translation>
    </message>
    <message>
        <source>Enter the title in the original language.</source>
        <translation>Digite o título no idioma original.</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>Work plan</source>
        <translation>Plano de trabalho</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordem do dia</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <source>List of invitees</source>
        <translation>Lista de convidados</translation>
    </message>
    <message>
        <source>Rules of procedure</source>
        <translation>Regulamento</translation>
    </message>
    <message>
        <source>Outcome document</source>
        <translation>Documento final</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Declaração</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>Information document</source>
        <translation>Documento informativo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message>
        <source>Draft</source>
        <extracomment>The document&apos;s id, for views that act on the selected row.</extracomment>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Under consideration</source>
        <translation>Em consideração</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
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
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Latest revision</source>
        <translation>Última revisão</translation>
    </message>
    <message>
        <source>Circulated</source>
        <translation>Distribuído</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisões</translation>
    </message>
    <message>
        <source>(no revision yet)</source>
        <extracomment>The document shown in table row ``row``. The row showing ``document_id``, or -1.</extracomment>
        <translation>(ainda sem revisão)</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Drop files here to add them as a new revision of the selected document.</source>
        <translation>Solte os arquivos aqui para adicioná-los como nova revisão do documento selecionado.</translation>
    </message>
    <message>
        <source>Search by symbol, title in any language, or what changed (Ctrl+F)</source>
        <translation>Pesquisar por cota, título em qualquer idioma ou alterações (Ctrl+F)</translation>
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
        <translation>Selecione um documento para ver suas revisões.</translation>
    </message>
    <message>
        <source>Revision history of {symbol} — {title}</source>
        <translation>Histórico de revisões de {symbol} — {title}</translation>
    </message>
</context>
<context>
    <name>EntryActions</name>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>How many changed entries a refused bulk change names; the rest are counted.</extracomment>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Alterado por outra pessoa</translation>
    </message>
    <message numerus="yes">
        <source>Someone else changed %n of the selected invitations since the list was shown: {names}. Nothing was changed. The list now shows their changes; look at them and repeat the change if it still applies.</source>
        <translation>
            <numerusform>Outra pessoa alterou %n dos convites selecionados desde que a lista foi exibida: {names}. Nada foi alterado. A lista mostra agora as alterações dela; confira-as e repita a operação se ainda for o caso.</numerusform>
            <numerusform>Outra pessoa alterou %n dos convites selecionados desde que a lista foi exibida: {names}. Nada foi alterado. A lista mostra agora as alterações dela; confira-as e repita a operação se ainda for o caso.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpandRangeDialog</name>
    <message>
        <source>Recurring events</source>
        <translation>Eventos recorrentes</translation>
    </message>
    <message>
        <source>{file} holds {count} recurring event(s). Each occurrence up to the date below becomes a meeting of its own; later ones are left out. Importing the file again later finds the same meetings.</source>
        <translation>{file} contém {count} evento(s) recorrente(s). Cada ocorrência até a data abaixo vira uma reunião própria; as posteriores ficam de fora. Importar o arquivo de novo mais tarde encontra as mesmas reuniões.</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Expandir</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Deixá-los de fora</translation>
    </message>
</context>
<context>
    <name>ExportChoiceDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Exportar o calendário</translation>
    </message>
    <message>
        <source>All meetings ({count})</source>
        <translation>Todas as reuniões ({count})</translation>
    </message>
    <message>
        <source>Only the meetings ticked below</source>
        <translation>Somente as reuniões marcadas abaixo</translation>
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
        <translation>Quais reuniões entram no arquivo de calendário?</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data de término</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>O dia todo</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Horário de início</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Horário de término</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Motivo da situação</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Original language of the title</source>
        <translation>Idioma original do título</translation>
    </message>
    <message>
        <source>Title in other languages</source>
        <translation>Título nos demais idiomas</translation>
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
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Início previsto</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duração (minutos)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <source>Title of the resolution</source>
        <translation>Título da resolução</translation>
    </message>
    <message>
        <source>Title of the resolution in English</source>
        <translation>Título da resolução em inglês</translation>
    </message>
    <message>
        <source>Title of the resolution in Spanish</source>
        <translation>Título da resolução em espanhol</translation>
    </message>
    <message>
        <source>Title of the resolution in French</source>
        <translation>Título da resolução em francês</translation>
    </message>
    <message>
        <source>Title of the resolution in Portuguese</source>
        <translation>Título da resolução em português</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Original language of the mandate</source>
        <translation>Idioma original do mandato</translation>
    </message>
    <message>
        <source>Area responsible</source>
        <translation>Área responsável</translation>
    </message>
    <message>
        <source>Area responsible in English</source>
        <translation>Área responsável em inglês</translation>
    </message>
    <message>
        <source>Area responsible in Spanish</source>
        <translation>Área responsável em espanhol</translation>
    </message>
    <message>
        <source>Area responsible in French</source>
        <translation>Área responsável em francês</translation>
    </message>
    <message>
        <source>Area responsible in Portuguese</source>
        <translation>Área responsável em português</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Tratamento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Delegation / organization</source>
        <translation>Delegação / organização</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
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
            <numerusform>Acompanhamento: %n ação pendente de reuniões anteriores</numerusform>
            <numerusform>Acompanhamento: %n ações pendentes de reuniões anteriores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Working Group to Prepare the Third Meeting of Ministers…</source>
        <translation>Grupo de Trabalho encarregado de preparar a Terceira Reunião de Ministros…</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Sigla:</translation>
    </message>
    <message>
        <source>Used in calendar titles, e.g. GT/MISPA-III</source>
        <translation>Usada nos títulos do calendário, p. ex. GT/MISPA-III</translation>
    </message>
    <message>
        <source>&amp;Parent body:</source>
        <translation>Órgão &amp;superior:</translation>
    </message>
    <message>
        <source>e.g. Committee on Hemispheric Security</source>
        <translation>p. ex. Comissão de Segurança Hemisférica</translation>
    </message>
    <message>
        <source>Mandate &amp;resolution:</source>
        <translation>&amp;Resolução do mandato:</translation>
    </message>
    <message>
        <source>The meeting it &amp;prepares:</source>
        <translation>A reunião que &amp;prepara:</translation>
    </message>
    <message>
        <source>e.g. MISPA III</source>
        <translation>p. ex. MISPA III</translation>
    </message>
    <message>
        <source>Ministerial meeting &amp;city:</source>
        <translation>&amp;Cidade da reunião ministerial:</translation>
    </message>
    <message>
        <source>Ministerial meeting c&amp;ountry:</source>
        <translation>&amp;País da reunião ministerial:</translation>
    </message>
    <message>
        <source>Ministerial meeting &amp;starts:</source>
        <translation>&amp;Início da reunião ministerial:</translation>
    </message>
    <message>
        <source>Ministerial meeting &amp;ends:</source>
        <translation>&amp;Fim da reunião ministerial:</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>O grupo</translation>
    </message>
    <message>
        <source>Give the working group&apos;s name.</source>
        <translation>Indique o nome do grupo de trabalho.</translation>
    </message>
    <message>
        <source>The ministerial meeting cannot end before it starts.</source>
        <translation>A reunião ministerial não pode terminar antes de começar.</translation>
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
        <translation>{created} reunião(ões) será(ão) criada(s), {updated} atualizada(s), {unchanged} ficará(ão) como está(ão); {refused} evento(s) não pode(m) ser importado(s).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Will be created ({count})</source>
        <translation>Serão criadas ({count})</translation>
    </message>
    <message>
        <source>Will be updated ({count})</source>
        <translation>Serão atualizadas ({count})</translation>
    </message>
    <message>
        <source>Left as they are ({count})</source>
        <translation>Ficam como estão ({count})</translation>
    </message>
    <message>
        <source>Cannot be imported ({count})</source>
        <translation>Não podem ser importadas ({count})</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>the list “{name}”</source>
        <translation>a lista “{name}”</translation>
    </message>
    <message>
        <source>a new list “{name}”</source>
        <translation>uma nova lista “{name}”</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” (header on row {header}) into {target}: {created} to add, {updated} to update, {unchanged} unchanged, {errors} with errors.</source>
        <translation>Planilha “{sheet}” (cabeçalho na linha {header}) em {target}: {created} a adicionar, {updated} a atualizar, {unchanged} sem alteração, {errors} com erros.</translation>
    </message>
    <message>
        <source>Nothing can be imported until the rows with errors are corrected in the workbook.</source>
        <translation>Nada pode ser importado até que as linhas com erros sejam corrigidas na pasta de trabalho.</translation>
    </message>
    <message>
        <source>{count} invitee(s) of the list are not in the workbook; they are left as they are.</source>
        <translation>{count} convidado(s) da lista não está(ão) na pasta de trabalho; ficam como estão.</translation>
    </message>
    <message>
        <source>{name}: in the list, not in the file</source>
        <translation>{name}: na lista, não no arquivo</translation>
    </message>
    <message>
        <source>Columns ignored: {columns}.</source>
        <translation>Colunas ignoradas: {columns}.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>&amp;Remove from the list the {count} invitee(s) not in the file</source>
        <translation>&amp;Remover da lista os {count} convidado(s) que não estão no arquivo</translation>
    </message>
</context>
<context>
    <name>InvitationSettingsDialog</name>
    <message>
        <source>Invitation Settings</source>
        <translation>Configurações dos convites</translation>
    </message>
    <message>
        <source>Organizer (saved in this workspace)</source>
        <translation>Organizador (salvo neste espaço de trabalho)</translation>
    </message>
    <message>
        <source>secretariat@example.org</source>
        <translation>secretaria@exemplo.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;E-mail (replies go here):</source>
        <translation>&amp;E-mail (as respostas chegam aqui):</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation>Servidor de e-mail de saída (SMTP)</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.exemplo.org</translation>
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
        <translation>Nenhuma (somente um servidor neste computador)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>S&amp;egurança:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <source>Calendar server (CalDAV) delegates subscribe to</source>
        <translation>Servidor de calendário (CalDAV) que os delegados assinam</translation>
    </message>
    <message>
        <source>https://calendar.example.org/dav/mispa/</source>
        <translation>https://calendario.exemplo.org/dav/mispa/</translation>
    </message>
    <message>
        <source>Calendar &amp;URL:</source>
        <translation>&amp;URL do calendário:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>U&amp;suário:</translation>
    </message>
    <message>
        <source>Passw&amp;ord:</source>
        <translation>S&amp;enha:</translation>
    </message>
    <message>
        <source>Passwords are kept in your system&apos;s keyring, never in the workspace or the settings file.</source>
        <translation>As senhas são guardadas no chaveiro do sistema, nunca no espaço de trabalho nem no arquivo de configurações.</translation>
    </message>
    <message>
        <source>no keyring on this computer: asked each time</source>
        <translation>não há chaveiro neste computador: pedida a cada vez</translation>
    </message>
    <message>
        <source>kept in the keyring (type to change)</source>
        <translation>guardada no chaveiro (digite para alterá-la)</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>ainda não salva</translation>
    </message>
    <message>
        <source>Cannot save the invitation settings</source>
        <translation>Não é possível salvar as configurações dos convites</translation>
    </message>
</context>
<context>
    <name>InviteeListsPanel</name>
    <message>
        <source>Invitee list</source>
        <extracomment>Shows a dialog window-modal and calls back on OK (the page&apos;s, so it can find it). The chosen list changed: its id, or 0 for none. The list to choose when it appears (restored state, a new or renamed list).</extracomment>
        <translation>Lista de convidados</translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation>Convidados</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Novo…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Reno&amp;mear…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Create a new invitee list</source>
        <translation>Criar uma nova lista de convidados</translation>
    </message>
    <message>
        <source>Rename the selected list</source>
        <translation>Renomear a lista selecionada</translation>
    </message>
    <message>
        <source>Delete the selected list</source>
        <translation>Excluir a lista selecionada</translation>
    </message>
    <message>
        <source>New list…</source>
        <translation>Nova lista…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Excluir a lista</translation>
    </message>
    <message>
        <source>Delete the list “{name}” and its {count} entries with their status history? The contacts stay in the workspace. This cannot be undone.</source>
        <translation>Excluir a lista “{name}” e suas {count} entradas com o histórico de situações? Os contatos permanecem no espaço de trabalho. Esta ação não pode ser desfeita.</translation>
    </message>
    <message>
        <source>Deleted the list “{name}”.</source>
        <translation>Lista “{name}” excluída.</translation>
    </message>
</context>
<context>
    <name>InviteesModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Delegation / organization</source>
        <translation>Delegação / organização</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Answered the invitation “tentative”: may attend.</source>
        <translation>Respondeu ao convite «provisório»: talvez participe.</translation>
    </message>
    <message>
        <source>{status} (tentative)</source>
        <translation>{status} (provisório)</translation>
    </message>
</context>
<context>
    <name>InviteesPage</name>
    <message>
        <source>Search name, delegation, country or e-mail (Ctrl+F)</source>
        <extracomment>Lists up to this size are read on the UI thread at once (some 40 ms); larger ones show their first ``PREVIEW_ROWS`` at once and are read whole by the loader. (workspace, list id) whose whole read starts once the first rows are painted.</extracomment>
        <translation>Buscar nome, delegação, país ou e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todas as situações</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Alterar a situação</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Adicionar contato…</translation>
    </message>
    <message>
        <source>Ed&amp;it contact…</source>
        <translation>&amp;Editar contato…</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Retirar da lista</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>Alterar a &amp;situação</translation>
    </message>
    <message>
        <source>No invitee list</source>
        <translation>Nenhuma lista de convidados</translation>
    </message>
    <message>
        <source>Loading {total} invitees…</source>
        <translation>Carregando {total} convidados…</translation>
    </message>
    <message>
        <source>{shown} of 1 invitee</source>
        <translation>{shown} de 1 convidado</translation>
    </message>
    <message>
        <source>{shown} of {total} invitees</source>
        <translation>{shown} de {total} convidados</translation>
    </message>
    <message>
        <source>{count} · {selected} selected</source>
        <translation>{count} · {selected} selecionados</translation>
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
        <translation>&amp;Adicionar item…</translation>
    </message>
    <message>
        <source>Add an item at the end of the agenda</source>
        <translation>Adicionar um item ao final da ordem do dia</translation>
    </message>
    <message>
        <source>&amp;Edit Item…</source>
        <translation>&amp;Editar item…</translation>
    </message>
    <message>
        <source>Change the selected item (Enter)</source>
        <translation>Alterar o item selecionado (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Remove the selected item from the agenda</source>
        <translation>Retirar o item selecionado da ordem do dia</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move the item up (Ctrl+Up)</source>
        <translation>Subir o item (Ctrl+Seta acima)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descer</translation>
    </message>
    <message>
        <source>Move the item down (Ctrl+Down)</source>
        <translation>Descer o item (Ctrl+Seta abaixo)</translation>
    </message>
    <message>
        <source>Record &amp;Outcome…</source>
        <translation>Registrar &amp;resultado…</translation>
    </message>
    <message>
        <source>Record what the meeting decided on the item</source>
        <translation>Registrar o que a reunião decidiu sobre o item</translation>
    </message>
    <message>
        <source>De&amp;fer to Next Meeting</source>
        <translation>Adia&amp;r para a próxima reunião</translation>
    </message>
    <message>
        <source>Mark the item deferred and add it to the next meeting&apos;s agenda</source>
        <translation>Marcar o item como adiado e incluí-lo na ordem do dia da próxima reunião</translation>
    </message>
    <message>
        <source>&amp;Link Documents…</source>
        <translation>&amp;Vincular documentos…</translation>
    </message>
    <message>
        <source>Choose the documents and revisions the item considers</source>
        <translation>Escolher os documentos e revisões considerados no item</translation>
    </message>
    <message>
        <source>“{title}” deferred to the meeting of {date}, as item {position}.</source>
        <translation>“{title}” adiado para a reunião de {date}, como item {position}.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit agenda item</source>
        <extracomment>The statuses an outcome can have: what the meeting did with the item.</extracomment>
        <translation>Editar o item da ordem do dia</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Novo item da ordem do dia</translation>
    </message>
    <message>
        <source>e.g. Consideration of the draft work plan</source>
        <translation>p. ex. Consideração do projeto de plano de trabalho</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>e.g. Chair of the Working Group</source>
        <translation>p. ex. Presidência do Grupo de Trabalho</translation>
    </message>
    <message>
        <source>At a fixed time:</source>
        <translation>Em horário fixo:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não indicada</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Adicionar o item</translation>
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
        <translation>&amp;Responsável:</translation>
    </message>
    <message>
        <source>Planned start:</source>
        <translation>Início previsto:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uração:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Situação:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisão:</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>Dê um título ao item.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Português</translation>
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
        <translation>Marque os documentos considerados em “{title}”. Escolha uma revisão para registrar exatamente qual texto a reunião teve diante de si.</translation>
    </message>
    <message>
        <source>Filter by symbol or title</source>
        <translation>Filtrar por símbolo ou título</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Any revision</source>
        <translation>Qualquer revisão</translation>
    </message>
    <message>
        <source>{symbols} was circulated after the meeting of {date}. Record it as considered at that meeting anyway?</source>
        <translation>{symbols} foi distribuído depois da reunião de {date}. Registá-lo mesmo assim como considerado nessa reunião?</translation>
    </message>
    <message>
        <source>Revision circulated after the meeting</source>
        <translation>Revisão distribuída depois da reunião</translation>
    </message>
</context>
<context>
    <name>LinkPickerDelegate</name>
    <message>
        <source>Space or a click ticks; Enter saves; Esc cancels.</source>
        <extracomment>Returns (id, label) for every row that can be linked, read when the editor opens.</extracomment>
        <translation>Espaço ou um clique marca; Enter salva; Esc cancela.</translation>
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
        <translation>As linhas são associadas aos convidados da lista pelo e-mail ou, na falta dele, pelo nome e pela organização. Digite um nome novo para criar uma lista nova. Nada é gravado antes que você veja o que mudaria.</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Pré-visualizar…</translation>
    </message>
    <message>
        <source>Invitee &amp;list:</source>
        <translation>&amp;Lista de convidados:</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <source>Rename list</source>
        <translation>Renomear a lista</translation>
    </message>
    <message>
        <source>New invitee list</source>
        <translation>Nova lista de convidados</translation>
    </message>
    <message>
        <source>e.g. MISPA III - list of observers</source>
        <translation>p. ex. MISPA III - lista de observadores</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>Enter a name for the list.</source>
        <translation>Digite um nome para a lista.</translation>
    </message>
    <message>
        <source>There is already a list called “{name}”. Choose another name.</source>
        <translation>Já existe uma lista chamada “{name}”. Escolha outro nome.</translation>
    </message>
    <message>
        <source>The name is too long (at most 300 characters).</source>
        <translation>O nome é longo demais (no máximo 300 caracteres).</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Modules that add to File &gt; Export and File &gt; Import, each with its hook function.</extracomment>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Novo…</translation>
    </message>
    <message>
        <source>Create a new workspace file</source>
        <translation>Criar um novo arquivo de espaço de trabalho</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Abrir um arquivo de espaço de trabalho</translation>
    </message>
    <message>
        <source>Open &amp;Team Workspace…</source>
        <translation>Abrir espaço de trabalho &amp;compartilhado…</translation>
    </message>
    <message>
        <source>Open a workspace a secretariat shares on a PostgreSQL server</source>
        <translation>Abrir um espaço de trabalho que uma secretaria compartilha em um servidor PostgreSQL</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Salvar uma &amp;cópia…</translation>
    </message>
    <message>
        <source>Save a copy of this workspace under another name</source>
        <translation>Salvar uma cópia deste espaço de trabalho com outro nome</translation>
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
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close this workspace and go back to the start view</source>
        <translation>Fechar este espaço de trabalho e voltar à tela inicial</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Working Group…</source>
        <translation>&amp;Grupo de trabalho…</translation>
    </message>
    <message>
        <source>The group&apos;s name, acronym, chair and vice chairs, where it meets and how its papers look</source>
        <translation>Nome, sigla, presidência e vice-presidências do grupo, onde se reúne e o formato de seus documentos</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Open the MISPA III &amp;Example</source>
        <translation>Abrir o &amp;exemplo da MISPA III</translation>
    </message>
    <message>
        <source>&amp;About Chairdesk</source>
        <translation>&amp;Sobre o Chairdesk</translation>
    </message>
    <message>
        <source>{entry} (missing)</source>
        <translation>{entry} (não encontrado)</translation>
    </message>
    <message>
        <source>No Recent Workspaces</source>
        <translation>Nenhum espaço de trabalho recente</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Limpar o menu</translation>
    </message>
    <message>
        <source>About Chairdesk</source>
        <translation>Sobre o Chairdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Chairdesk {version}&lt;/h3&gt;&lt;p&gt;Prepares a ministerial meeting: the calendar of the working group&apos;s meetings, their agendas, the documents and their revisions, the invitee lists and the work plan.&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chairdesk {version}&lt;/h3&gt;&lt;p&gt;Prepara uma reunião ministerial: o calendário de reuniões do grupo de trabalho, suas ordens do dia, os documentos e suas revisões, as listas de convidados e o plano de trabalho.&lt;/p&gt;&lt;p&gt;Qt {qt}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Views</source>
        <extracomment>The window painted for the first time (the start-up benchmark&apos;s finish line). Preferences chose another language: the application reopens the window in it. Every view in navigation order, and the ones whose page module is installed.</extracomment>
        <translation>Exibições</translation>
    </message>
    <message>
        <source>The server cannot be reached: you see what was last loaded, and edits are refused until it is back. Reconnecting…</source>
        <translation>Não é possível acessar o servidor: você vê o que foi carregado por último, e as alterações são recusadas até que ele volte. Reconectando…</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abrindo {name}…</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>{name} aberto.</translation>
    </message>
    <message>
        <source>{name}: no damaged pages found.</source>
        <translation>{name}: nenhuma página danificada encontrada.</translation>
    </message>
    <message>
        <source>{name} is damaged ({problems}). Save a copy of it now, and open a backup copy if something is missing.</source>
        <translation>{name} está danificado ({problems}). Salve uma cópia agora e abra uma cópia de segurança se faltar algo.</translation>
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
        <translation>Não foi possível abrir a exibição {view}:
{error}</translation>
    </message>
    <message>
        <source>Open a workspace to add files to its documents.</source>
        <translation>Abra um espaço de trabalho para adicionar arquivos aos seus documentos.</translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <source>Add mandate</source>
        <translation>Adicionar um mandato</translation>
    </message>
    <message>
        <source>e.g. AG/RES. 2629 (XLI-O/11)</source>
        <translation>p. ex. AG/RES. 2629 (XLI-O/11)</translation>
    </message>
    <message>
        <source>What the resolution asks, as worded in it.</source>
        <translation>O que a resolução solicita, nos seus próprios termos.</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolução:</translation>
    </message>
    <message>
        <source>Resolution &amp;title:</source>
        <translation>&amp;Título da resolução:</translation>
    </message>
    <message>
        <source>&amp;Mandate:</source>
        <translation>&amp;Mandato:</translation>
    </message>
    <message>
        <source>&amp;Area responsible:</source>
        <translation>Área res&amp;ponsável:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Situação:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Prazo:</translation>
    </message>
    <message>
        <source>Enter the resolution that gives the mandate.</source>
        <translation>Digite a resolução que estabelece o mandato.</translation>
    </message>
    <message>
        <source>Enter the text of the mandate.</source>
        <translation>Digite o texto do mandato.</translation>
    </message>
</context>
<context>
    <name>MandateStatus</name>
    <message>
        <source>Pending</source>
        <extracomment>The field each column edits (links are set through ``set_links``).</extracomment>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Cumprido</translation>
    </message>
</context>
<context>
    <name>MandatesModel</name>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Area responsible</source>
        <translation>Área responsável</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniões</translation>
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
        <translation>&amp;Nova reunião…</translation>
    </message>
    <message>
        <source>Add a meeting to the calendar</source>
        <translation>Adicionar uma reunião ao calendário</translation>
    </message>
    <message>
        <source>New &amp;Series…</source>
        <translation>Nova &amp;série…</translation>
    </message>
    <message>
        <source>Add meetings on chosen weekdays between two dates</source>
        <translation>Adicionar reuniões nos dias da semana escolhidos entre duas datas</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change the selected meeting (Enter)</source>
        <translation>Alterar a reunião selecionada (Enter)</translation>
    </message>
    <message>
        <source>&amp;Cancel Meeting</source>
        <translation>&amp;Cancelar a reunião</translation>
    </message>
    <message>
        <source>Mark the selected meetings cancelled (calendars will show them so)</source>
        <translation>Marcar as reuniões selecionadas como canceladas (os calendários as mostrarão assim)</translation>
    </message>
    <message>
        <source>&amp;Postpone…</source>
        <translation>A&amp;diar…</translation>
    </message>
    <message>
        <source>Move the selected meeting to another date, or mark it postponed</source>
        <translation>Passar a reunião selecionada para outra data, ou marcá-la como adiada</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Delete the selected meetings</source>
        <translation>Excluir as reuniões selecionadas</translation>
    </message>
    <message>
        <source>Delete “{title}” of {date}?</source>
        <translation>Excluir “{title}” de {date}?</translation>
    </message>
    <message>
        <source>Delete these {n} meetings?</source>
        <translation>Excluir estas {n} reuniões?</translation>
    </message>
    <message>
        <source>Their agendas ({n} items) are deleted with them.</source>
        <translation>Suas ordens do dia ({n} itens) são excluídas com elas.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Excluir a reunião</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Você pode desfazer isso com Editar ▸ Desfazer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Edit meeting</source>
        <translation>Editar a reunião</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nova reunião</translation>
    </message>
    <message>
        <source>e.g. Sixth meeting of the Working Group</source>
        <translation>p. ex. Sexta reunião do Grupo de Trabalho</translation>
    </message>
    <message>
        <source>Left empty, the meeting is called by its number or its date.</source>
        <translation>Se ficar em branco, a reunião é designada pelo número ou pela data.</translation>
    </message>
    <message>
        <source>The language the title was written in</source>
        <translation>O idioma em que o título foi redigido</translation>
    </message>
    <message>
        <source>Titles in other languages</source>
        <translation>Títulos em outros idiomas</translation>
    </message>
    <message>
        <source>{language}:</source>
        <translation>{language}:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>The meeting&apos;s number in the series (1st, 2nd …)</source>
        <translation>O número da reunião na série (1ª, 2ª…)</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>&amp;Dia inteiro</translation>
    </message>
    <message>
        <source>A meeting that takes whole days, such as the ministerial meeting itself</source>
        <translation>Uma reunião de dias inteiros, como a própria reunião ministerial</translation>
    </message>
    <message>
        <source>The last day of a meeting of several days</source>
        <translation>O último dia de uma reunião de vários dias</translation>
    </message>
    <message>
        <source>e.g. Padilha Vidal Room</source>
        <translation>p. ex. Sala Padilha Vidal</translation>
    </message>
    <message>
        <source>e.g. OAS headquarters, Washington, D.C.</source>
        <translation>p. ex. Sede da OEA, Washington, D.C.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Create meeting</source>
        <translation>Criar a reunião</translation>
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
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Ú&amp;ltimo dia:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Horário:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuso horário:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Situação:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>The last day cannot come before the first.</source>
        <translation>O último dia não pode ser anterior ao primeiro.</translation>
    </message>
    <message>
        <source>A meeting takes at most {count} days.</source>
        <translation>Uma reunião dura no máximo {count} dias.</translation>
    </message>
    <message>
        <source>The meeting must end after it starts.</source>
        <translation>A reunião deve terminar depois de começar.</translation>
    </message>
    <message>
        <source>Pick a time zone from the list: type part of its name, e.g. “York”.</source>
        <translation>Escolha um fuso horário da lista: digite parte do nome, p. ex. “York”.</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
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
        <translation>Situação</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Overlaps with {meetings}</source>
        <extracomment>The meeting shown in table row ``index``. The table row of the meeting, or -1.</extracomment>
        <translation>Sobrepõe-se a {meetings}</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> e mais {count}</translation>
    </message>
    <message>
        <source>{span}, time zone {zone}</source>
        <translation>{span}, fuso horário {zone}</translation>
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
        <translation>“{url}” não é o endereço de um calendário. Informe a URL completa do calendário, por exemplo https://calendar.example.org/dav/secretariat/mispa/ (as configurações do seu servidor a mostram).</translation>
    </message>
    <message>
        <source>{done} of {total} change(s) were published and recorded; publish again to send the rest.</source>
        <translation>{done} de {total} alteração(ões) foram publicadas e registradas; publique novamente para enviar o restante.</translation>
    </message>
    <message>
        <source>Nothing was changed on the server.</source>
        <translation>Nada foi alterado no servidor.</translation>
    </message>
    <message>
        <source>The CalDAV server forbids “{user}” to write to {calendar} (403 Forbidden). Check the calendar&apos;s address and that this account may change it. {kept}</source>
        <translation>O servidor CalDAV não permite que “{user}” grave em {calendar} (403 Forbidden). Verifique o endereço do calendário e se esta conta pode alterá-lo. {kept}</translation>
    </message>
    <message>
        <source>The CalDAV server refused the login of “{user}” (401 Unauthorized). Check the user name and password. {kept}</source>
        <translation>O servidor CalDAV recusou o login de “{user}” (401 Unauthorized). Verifique o nome de usuário e a senha. {kept}</translation>
    </message>
    <message>
        <source>{reason} {kept}</source>
        <translation>{reason} {kept}</translation>
    </message>
    <message>
        <source>The CalDAV server failed to store the calendar ({request} answered {status}). Try again later, or ask the server&apos;s administrator.</source>
        <translation>O servidor CalDAV não conseguiu gravar o calendário ({request} respondeu {status}). Tente novamente mais tarde ou consulte o administrador do servidor.</translation>
    </message>
    <message>
        <source>Could not reach the CalDAV server at {calendar} ({reason}). Check the address and your network.</source>
        <extracomment>(event to PUT, its hash) or (None, UID to DELETE)</extracomment>
        <translation>Não foi possível acessar o servidor CalDAV em {calendar} ({reason}). Verifique o endereço e a sua rede.</translation>
    </message>
    <message>
        <source>The system keyring cannot be used ({reason}). The password was not saved; type it each time, or install and unlock a keyring (Secret Service, KWallet).</source>
        <translation>Não é possível usar o chaveiro do sistema ({reason}). A senha não foi salva; digite-a a cada vez, ou instale e desbloqueie um chaveiro (Secret Service, KWallet).</translation>
    </message>
    <message>
        <source>There is no invitee list called “{name}”. Check the name (the window&apos;s Invitees page lists them).</source>
        <translation>Não há nenhuma lista de convidados chamada “{name}”. Verifique o nome (a página Convidados da janela mostra todas).</translation>
    </message>
    <message>
        <source>{file} is not a text file (it holds NUL bytes). Choose the CSV file, or save the list from Excel as CSV UTF-8.</source>
        <extracomment>Longest field accepted (csv&apos;s own limit is 128 KB; a name is a few dozen characters). Lines to skip before the data (Excel&apos;s ``sep=`` line).</extracomment>
        <translation>{file} não é um arquivo de texto (contém bytes NUL). Escolha o arquivo CSV, ou salve a lista no Excel como CSV UTF-8.</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor Windows-1252 text, so its accents cannot be read reliably. In Excel, save it with File &gt; Save As &gt; “CSV UTF-8 (Comma delimited)”.</source>
        <translation>{file} não é texto UTF-8 nem Windows-1252, por isso seus acentos não podem ser lidos com segurança. No Excel, salve-o com Arquivo &gt; Salvar como &gt; “CSV UTF-8 (delimitado por vírgulas)”.</translation>
    </message>
    <message>
        <source>{file} is larger than the {limit} MB a list may have here. Split the list into smaller files.</source>
        <translation>{file} excede os {limit} MB que uma lista pode ter aqui. Divida a lista em arquivos menores.</translation>
    </message>
    <message>
        <source>Line {line} of {file} cannot be read as CSV ({reason}). Open the file in Excel or LibreOffice and save it again as CSV.</source>
        <translation>A linha {line} de {file} não pode ser lida como CSV ({reason}). Abra o arquivo no Excel ou no LibreOffice e salve-o novamente como CSV.</translation>
    </message>
    <message>
        <source>{file} changed while it was read (its text is no longer {encoding}). Import it again.</source>
        <translation>{file} mudou enquanto era lido (seu texto já não é {encoding}). Importe-o novamente.</translation>
    </message>
    <message>
        <source>it repeats more than {limit} times up to {date}. Choose an earlier date to expand it to.</source>
        <extracomment>Expanding one recurring event into more meetings than this is refused. The calendar&apos;s METHOD (&quot;CANCEL&quot; for an Outlook cancellation). First and last day (inclusive) of an all-day event; None for one with times. The zone an all-day event was exported from (X-CHAIRDESK-TIMEZONE), if a known one. Refused only because it repeats and no expansion range was given. ``reason`` as a message the window translates. What the report says besides the events, in English (``explained_notes`` to translate). SEQUENCE is a 32-bit integer in every calendar program.</extracomment>
        <translation>ele se repete mais de {limit} vezes até {date}. Escolha uma data anterior até a qual desdobrá-lo.</translation>
    </message>
    <message>
        <source>its repeat rule (RRULE) cannot be read: {reason}.</source>
        <translation>sua regra de repetição (RRULE) não pode ser lida: {reason}.</translation>
    </message>
    <message>
        <source>“{title}” repeats after {date}; only the {count} occurrence(s) up to that date were imported.</source>
        <translation>“{title}” se repete depois de {date}; só foram importadas as {count} ocorrência(s) até essa data.</translation>
    </message>
    <message>
        <source>it cannot be read ({reason}); correct it in your calendar and export it again.</source>
        <translation>não pode ser lido ({reason}); corrija-o no seu calendário e exporte-o novamente.</translation>
    </message>
    <message>
        <source>“{title}” is in the file {count} times with the same UID; the newest version (SEQUENCE {sequence}) was read and the older ones skipped.</source>
        <translation>“{title}” aparece {count} vezes no arquivo com o mesmo UID; a versão mais recente (SEQUENCE {sequence}) foi lida e as mais antigas, ignoradas.</translation>
    </message>
    <message>
        <source>it is a recurring event (and {count} changed occurrence(s)). Choose a date up to which to turn its occurrences into meetings (on the command line: --expand-until YYYY-MM-DD).</source>
        <translation>é um evento recorrente (com {count} ocorrência(s) alterada(s)). Escolha uma data até a qual transformar suas ocorrências em reuniões (na linha de comando: --expand-until AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>it is a recurring event. Choose a date up to which to turn its occurrences into meetings (on the command line: --expand-until YYYY-MM-DD).</source>
        <translation>é um evento recorrente. Escolha uma data até a qual transformar suas ocorrências em reuniões (na linha de comando: --expand-until AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>There is no meeting with id {ids} in this workspace; nothing was exported. Check the meeting numbers (ids) and try again.</source>
        <extracomment>How a meeting&apos;s status reads in a calendar; the exact status rides along in X-CHAIRDESK-STATUS where the calendar&apos;s three words cannot say it. The meeting status a calendar&apos;s STATUS alone stands for. Outlook&apos;s own mark of an all-day event, beside the DATE values every client reads. The zone of an all-day meeting, which its DATE values cannot carry (for a re-import). Report progress every so many events.</extracomment>
        <translation>Não há nenhuma reunião com o id {ids} neste espaço de trabalho; nada foi exportado. Verifique os números (ids) das reuniões e tente novamente.</translation>
    </message>
    <message>
        <source>There are no meetings with ids {ids} in this workspace; nothing was exported. Check the meeting numbers (ids) and try again.</source>
        <translation>Não há reuniões com os ids {ids} neste espaço de trabalho; nada foi exportado. Verifique os números (ids) das reuniões e tente novamente.</translation>
    </message>
    <message>
        <source>{file} is {size} MB, more than the {limit} MB a calendar file may have; nothing was imported. Check that you chose the right file, or export only the meetings you need.</source>
        <extracomment>A calendar of meetings is a few hundred kilobytes; 20 MB is far beyond any real one. Control characters no text calendar holds (tab, line feed, form feed and CR aside). What a VTIMEZONE may hold: real zones have a few dozen observances at most, each a yearly rule or a few dates. A rule repeating every second (or every hour through BYHOUR) would be expanded without bound by the library that reads it. Years a time zone&apos;s observances may start in.</extracomment>
        <translation>{file} tem {size} MB, mais do que os {limit} MB que um arquivo de calendário pode ter; nada foi importado. Verifique se escolheu o arquivo certo, ou exporte apenas as reuniões de que precisa.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text, as iCalendar files must be: the file holds characters in another encoding (perhaps Windows-1252 from an old Outlook). Nothing was imported. Export the calendar again, or open the file in a text editor and save it as UTF-8, then import it again.</source>
        <translation>{file} não é texto UTF-8, como devem ser os arquivos iCalendar: contém caracteres em outra codificação (talvez Windows-1252 de um Outlook antigo). Nada foi importado. Exporte o calendário novamente, ou abra o arquivo num editor de texto, salve-o como UTF-8 e importe-o novamente.</translation>
    </message>
    <message>
        <source>{file} is not an iCalendar file (it holds binary data); nothing was imported. Choose the .ics file your calendar program exported.</source>
        <translation>{file} não é um arquivo iCalendar (contém dados binários); nada foi importado. Escolha o arquivo .ics que o seu programa de calendário exportou.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text, as iCalendar files must be: line {line} (after unfolding), “{text}”, holds characters in another encoding (perhaps Windows-1252 from an old Outlook). Nothing was imported. Export the calendar again, or open the file in a text editor and save it as UTF-8, then import it again.</source>
        <translation>{file} não é texto UTF-8, como devem ser os arquivos iCalendar: a linha {line} (depois de desdobrada), “{text}”, contém caracteres em outra codificação (talvez Windows-1252 de um Outlook antigo). Nada foi importado. Exporte o calendário novamente, ou abra o arquivo num editor de texto, salve-o como UTF-8 e importe-o novamente.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text; it was read as Windows-1252, the encoding older Outlook versions write. Check the accents of what was imported, e.g. line {line} (after unfolding): “{text}”.</source>
        <translation>{file} não é texto UTF-8; foi lido como Windows-1252, a codificação que as versões antigas do Outlook escrevem. Verifique os acentos do que foi importado, por exemplo a linha {line} (depois de desdobrada): “{text}”.</translation>
    </message>
    <message>
        <source>{file} is not an iCalendar file: it should start with BEGIN:VCALENDAR, but line {line} reads “{text}”. Nothing was imported. Choose the .ics file your calendar program exported.</source>
        <translation>{file} não é um arquivo iCalendar: deveria começar com BEGIN:VCALENDAR, mas a linha {line} diz “{text}”. Nada foi importado. Escolha o arquivo .ics que o seu programa de calendário exportou.</translation>
    </message>
    <message>
        <source>{file} is not an iCalendar file: it starts with BEGIN:{block} instead of BEGIN:VCALENDAR. Nothing was imported.</source>
        <translation>{file} não é um arquivo iCalendar: começa com BEGIN:{block} em vez de BEGIN:VCALENDAR. Nada foi importado.</translation>
    </message>
    <message>
        <source>{file} is damaged: END:{block} on line {line} closes nothing that was opened. Nothing was imported; export the calendar again.</source>
        <translation>{file} está danificado: END:{block} na linha {line} não fecha nada que tenha sido aberto. Nada foi importado; exporte o calendário novamente.</translation>
    </message>
    <message>
        <source>{file} is incomplete: BEGIN:{block} on line {line} is never closed (the file may have been cut short). Nothing was imported; export the calendar again.</source>
        <translation>{file} está incompleto: BEGIN:{block} na linha {line} nunca é fechado (o arquivo pode ter sido cortado). Nada foi importado; exporte o calendário novamente.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read ({reason}). Nothing was imported; export the calendar again.</source>
        <translation>{file} está danificado e não pode ser lido ({reason}). Nada foi importado; exporte o calendário novamente.</translation>
    </message>
    <message>
        <source>{file} has values that cannot be read: {problems} (and {more} more). Nothing was imported; correct these lines or export the calendar again.</source>
        <translation>{file} tem valores que não podem ser lidos: {problems} (e mais {more}). Nada foi importado; corrija essas linhas ou exporte o calendário novamente.</translation>
    </message>
    <message>
        <source>{file} has values that cannot be read: {problems}. Nothing was imported; correct these lines or export the calendar again.</source>
        <translation>{file} tem valores que não podem ser lidos: {problems}. Nada foi importado; corrija essas linhas ou exporte o calendário novamente.</translation>
    </message>
    <message>
        <source>{file} holds no events (VEVENT), so there are no meetings to import.</source>
        <translation>{file} não contém eventos (VEVENT), portanto não há reuniões para importar.</translation>
    </message>
    <message>
        <source>it has {count} STANDARD/DAYLIGHT parts</source>
        <extracomment>METHOD, upper case (&quot;PUBLISH&quot;, &quot;REQUEST&quot;, &quot;CANCEL&quot;), or &quot;&quot;. X-WR-TIMEZONE as written (Google, Apple): the zone of the calendar&apos;s floating times. What the report must say about how the file was read (its encoding), or None.</extracomment>
        <translation>tem {count} partes STANDARD/DAYLIGHT</translation>
    </message>
    <message>
        <source>it lists more than {limit} change dates (RDATE)</source>
        <translation>lista mais de {limit} datas de mudança (RDATE)</translation>
    </message>
    <message>
        <source>a part has no start</source>
        <translation>uma de suas partes não tem início</translation>
    </message>
    <message>
        <source>a {part} part starts in year {year}</source>
        <translation>uma parte {part} começa no ano {year}</translation>
    </message>
    <message>
        <source>a {part} rule repeats {frequency}, not yearly</source>
        <translation>uma regra {part} se repete com frequência {frequency}, não anual</translation>
    </message>
    <message>
        <source>a {part} rule uses {parts}</source>
        <translation>uma regra {part} usa {parts}</translation>
    </message>
    <message>
        <source>{file} describes its time zone “{zone}” in a way no calendar program writes ({problem}); reading it might never finish. Nothing was imported; export the calendar again from your calendar program.</source>
        <translation>{file} descreve seu fuso horário “{zone}” de um modo que nenhum programa de calendário escreve ({problem}); lê-lo poderia nunca terminar. Nada foi importado; exporte o calendário novamente a partir do seu programa de calendário.</translation>
    </message>
    <message>
        <source>{file} is empty: it holds no calendar. Nothing was imported; choose the .ics file your calendar program exported.</source>
        <translation>{file} está vazio: não contém nenhum calendário. Nada foi importado; escolha o arquivo .ics que o seu programa de calendário exportou.</translation>
    </message>
    <message>
        <source>its time {date} is outside the years {first}–{last} a meeting can have. Correct the date in your calendar and export it again.</source>
        <extracomment>The longest an event may last to become a meeting (a multi-day meeting included). The Windows zone name the TZID gave, when it was one (``zone`` is then its default). The calendar&apos;s own zone (X-WR-TIMEZONE), for placing a UTC time of a new meeting. &quot;its ... is outside the years&quot;: one sentence for each date of an event that is checked.</extracomment>
        <translation>seu horário {date} está fora dos anos {first}–{last} que uma reunião pode ter. Corrija a data no seu calendário e exporte-o novamente.</translation>
    </message>
    <message>
        <source>its start (DTSTART) {date} is outside the years {first}–{last} a meeting can have. Correct the date in your calendar and export it again.</source>
        <translation>seu início (DTSTART) {date} está fora dos anos {first}–{last} que uma reunião pode ter. Corrija a data no seu calendário e exporte-o novamente.</translation>
    </message>
    <message>
        <source>its end (DTEND) {date} is outside the years {first}–{last} a meeting can have. Correct the date in your calendar and export it again.</source>
        <translation>seu término (DTEND) {date} está fora dos anos {first}–{last} que uma reunião pode ter. Corrija a data no seu calendário e exporte-o novamente.</translation>
    </message>
    <message>
        <source>its date {date} is outside the years {first}–{last} a meeting can have. Correct the date in your calendar and export it again.</source>
        <translation>sua data {date} está fora dos anos {first}–{last} que uma reunião pode ter. Corrija a data no seu calendário e exporte-o novamente.</translation>
    </message>
    <message>
        <source>its time zone “{zone}” is neither a known zone nor described in the file. Export it again from your calendar with its time zones included.</source>
        <translation>seu fuso horário “{zone}” não é um fuso conhecido nem está descrito no arquivo. Exporte-o novamente do seu calendário incluindo os fusos horários.</translation>
    </message>
    <message>
        <source>it has no start time (DTSTART).</source>
        <translation>não tem horário de início (DTSTART).</translation>
    </message>
    <message>
        <source>its end (DTEND) is a date without a time.</source>
        <translation>seu término (DTEND) é uma data sem horário.</translation>
    </message>
    <message>
        <source>it has no end time (neither DTEND nor DURATION).</source>
        <translation>não tem horário de término (nem DTEND nem DURATION).</translation>
    </message>
    <message>
        <source>it ends before it starts, or lasts no time at all.</source>
        <translation>termina antes de começar, ou não dura nada.</translation>
    </message>
    <message>
        <source>it is an all-day event whose DURATION is not a number of days.</source>
        <translation>é um evento de dia inteiro cuja DURATION não é um número de dias.</translation>
    </message>
    <message>
        <source>it lasts {days} days; a meeting lasts at most {limit} days. Correct its end in your calendar and export it again.</source>
        <translation>dura {days} dias; uma reunião dura no máximo {limit} dias. Corrija o término no seu calendário e exporte-o novamente.</translation>
    </message>
    <message>
        <source>There is no meeting with id {id} in this workspace.</source>
        <extracomment>Messages this run is to send (after leaving out those already sent). Addresses that already had this version of the invitation. ``refused`` as messages the window translates. Why the run stopped before the end (cancelled, connection dropped), or &quot;&quot;. ``stopped`` as a message the window translates, or None.</extracomment>
        <translation>Não há nenhuma reunião com o id {id} neste espaço de trabalho.</translation>
    </message>
    <message>
        <source>“{title}” invites no invitee list yet. Choose the list(s) it invites in the meeting&apos;s invitations, then send again.</source>
        <translation>“{title}” ainda não convida nenhuma lista de convidados. Escolha a(s) lista(s) que ela convida nos convites da reunião e envie novamente.</translation>
    </message>
    <message>
        <source>Stopped after {sent} of {total} message(s); run it again to send the rest (nothing is sent twice).</source>
        <translation>Interrompido após {sent} de {total} mensagem(ns); execute-o novamente para enviar o restante (nada é enviado duas vezes).</translation>
    </message>
    <message>
        <source>{reason} {sent} of {total} message(s) were sent and recorded; send again to deliver the rest (nothing is sent twice).</source>
        <translation>{reason} {sent} de {total} mensagem(ns) foram enviadas e registradas; envie novamente para entregar o restante (nada é enviado duas vezes).</translation>
    </message>
    <message>
        <source>Unknown connection security “{security}”.</source>
        <translation>Segurança de conexão desconhecida: “{security}”.</translation>
    </message>
    <message>
        <source>The mail server {server} refused the login of “{user}” ({reply}). Check the user name and password in the SMTP settings; nothing was sent.</source>
        <translation>O servidor de e-mail {server} recusou o login de “{user}” ({reply}). Verifique o nome de usuário e a senha nas configurações SMTP; nada foi enviado.</translation>
    </message>
    <message>
        <source>The mail server {server} does not offer STARTTLS. Choose SSL or another port in the SMTP settings (ask your IT for the right ones); nothing was sent.</source>
        <translation>O servidor de e-mail {server} não oferece STARTTLS. Escolha SSL ou outra porta nas configurações SMTP (peça os dados corretos ao seu departamento de informática); nada foi enviado.</translation>
    </message>
    <message>
        <source>The mail server {server} does not offer login. Choose SSL or another port in the SMTP settings (ask your IT for the right ones); nothing was sent.</source>
        <translation>O servidor de e-mail {server} não oferece login. Escolha SSL ou outra porta nas configurações SMTP (peça os dados corretos ao seu departamento de informática); nada foi enviado.</translation>
    </message>
    <message>
        <source>Could not connect to the mail server {server} ({reason}). Check the host, port and security in the SMTP settings, and your network; nothing was sent.</source>
        <translation>Não foi possível conectar ao servidor de e-mail {server} ({reason}). Verifique o host, a porta e a segurança nas configurações SMTP, e a sua rede; nada foi enviado.</translation>
    </message>
    <message>
        <source>The server refused {details}.</source>
        <translation>O servidor recusou {details}.</translation>
    </message>
    <message>
        <source>The mail server refused to send from {sender} ({reply}). Give the organizer an address your account may send from (working group settings).</source>
        <translation>O servidor de e-mail recusou-se a enviar de {sender} ({reply}). Dê ao organizador um endereço a partir do qual sua conta possa enviar (configurações do grupo de trabalho).</translation>
    </message>
    <message>
        <source>The mail server answered {reply}.</source>
        <translation>O servidor de e-mail respondeu {reply}.</translation>
    </message>
    <message>
        <source>The connection to the mail server dropped ({reason}).</source>
        <translation>A conexão com o servidor de e-mail caiu ({reason}).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it or choose another one; nothing was written.</source>
        <translation>A pasta {folder} não existe. Crie-a ou escolha outra; nada foi gravado.</translation>
    </message>
    <message>
        <source>Could not write {file} ({reason}). Check the folder and free disk space.</source>
        <translation>Não foi possível gravar {file} ({reason}). Verifique a pasta e o espaço livre em disco.</translation>
    </message>
    <message>
        <source>{file} is damaged or not a spreadsheet ({reason}). Open it in LibreOffice and save it again as .ods, or as Excel Workbook (.xlsx).</source>
        <translation>{file} está danificado ou não é uma planilha ({reason}). Abra-o no LibreOffice e salve-o novamente como .ods, ou como pasta de trabalho do Excel (.xlsx).</translation>
    </message>
    <message>
        <source>“{value}” is not a count</source>
        <extracomment>Rows parsed and not yet handed out: (first number, values, repeat, spans).</extracomment>
        <translation>“{value}” não é um número de repetições</translation>
    </message>
    <message>
        <source>a repeat count below one</source>
        <translation>um número de repetições menor que um</translation>
    </message>
    <message>
        <source>a row wider than 16,384 columns</source>
        <translation>uma linha com mais de 16.384 colunas</translation>
    </message>
    <message>
        <source>more than {limit} rows</source>
        <translation>mais de {limit} linhas</translation>
    </message>
    <message>
        <source>{file} contains a document type or entity declaration, which LibreOffice never writes and malicious files use; it was not read. Ask for a new copy of the file.</source>
        <translation>{file} contém uma declaração de tipo de documento ou de entidade, que o LibreOffice nunca escreve e que arquivos maliciosos usam; ele não foi lido. Peça uma nova cópia do arquivo.</translation>
    </message>
    <message>
        <source>it has no content.xml</source>
        <translation>não tem content.xml</translation>
    </message>
    <message>
        <source>its XML is broken: {reason}</source>
        <translation>seu XML está danificado: {reason}</translation>
    </message>
    <message>
        <source>{file} is an e-mail without a calendar reply in it. Drop the reply e-mail (“Accepted: ...”, “Declined: ...”) or its .ics attachment instead.</source>
        <extracomment>Stamp of a reply without DTSTAMP: older than any stamped one.</extracomment>
        <translation>{file} é um e-mail sem resposta de calendário. Arraste em vez dele o e-mail de resposta (“Aceito: ...”, “Recusado: ...”) ou o seu anexo .ics.</translation>
    </message>
    <message>
        <source>{file}: the reply names no meeting (it has no UID).</source>
        <translation>{file}: a resposta não indica nenhuma reunião (não tem UID).</translation>
    </message>
    <message>
        <source>{file}: its SEQUENCE is not a number.</source>
        <translation>{file}: sua SEQUENCE não é um número.</translation>
    </message>
    <message>
        <source>{file}: the reply has no ATTENDEE, so it answers for nobody.</source>
        <translation>{file}: a resposta não tem ATTENDEE, portanto não responde por ninguém.</translation>
    </message>
    <message>
        <source>{file}: the attendee “{attendee}” is not an address.</source>
        <translation>{file}: o participante “{attendee}” não é um endereço.</translation>
    </message>
    <message>
        <source>{file} is not a reply to an invitation (its METHOD is {method}, not REPLY). To add meetings from a calendar use Import ▸ Calendar instead.</source>
        <translation>{file} não é uma resposta a um convite (seu METHOD é {method}, não REPLY). Para adicionar reuniões a partir de um calendário, use Importar ▸ Calendário.</translation>
    </message>
    <message>
        <source>{file}: no such file.</source>
        <translation>{file}: o arquivo não existe.</translation>
    </message>
    <message>
        <source>{file}: {reason}.</source>
        <translation>{file}: {reason}.</translation>
    </message>
    <message>
        <source>Nothing was imported: {problems} Remove or replace these files and import the replies again.</source>
        <translation>Nada foi importado: {problems} Remova ou substitua esses arquivos e importe as respostas novamente.</translation>
    </message>
    <message>
        <source>The list “{name}” or the file changed since the preview (in another window?), so nothing was imported. Import the file again to see the new preview.</source>
        <extracomment>The values ``clean_contact`` returns, all stored for a new contact.</extracomment>
        <translation>A lista “{name}” ou o arquivo mudou desde a pré-visualização (em outra janela?), por isso nada foi importado. Importe o arquivo novamente para ver a nova pré-visualização.</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <extracomment>Results of each kind a plan keeps for the preview (it counts them all). Why the row cannot be imported (for an error), without the row&apos;s number.</extracomment>
        <translation>Linha {row}: {problem}</translation>
    </message>
    <message>
        <source>{add} to add, {update} to update, {unchanged} unchanged, {remove} to remove, {errors} with errors</source>
        <extracomment>The list entry to update; None adds an entry. The existing contact; None creates one from ``contact``. All clean values of a new contact, or only the changed fields of an existing one. The entry&apos;s role and status to set; None leaves an existing entry&apos;s as they are. The first KEPT_RESULTS results of each kind, in row order. Entries of the list that no row of the workbook matched. Whether the missing entries are removed from the list by this import. How the file was read (a CSV&apos;s encoding) and the rows left out, for the preview. A digest of every row&apos;s result: two plans with the same one would write the same.</extracomment>
        <translation>{add} a adicionar, {update} a atualizar, {unchanged} sem alteração, {remove} a remover, {errors} com erros</translation>
    </message>
    <message>
        <source>{add} to add, {update} to update, {unchanged} unchanged, {errors} with errors</source>
        <translation>{add} a adicionar, {update} a atualizar, {unchanged} sem alteração, {errors} com erros</translation>
    </message>
    <message>
        <source>{total} row(s) of the workbook have errors, so nothing was imported: {rows} (and {more} more) Correct the workbook and import it again.</source>
        <translation>{total} linha(s) da pasta de trabalho têm erros, por isso nada foi importado: {rows} (e mais {more}) Corrija a pasta de trabalho e importe-a novamente.</translation>
    </message>
    <message>
        <source>{total} row(s) of the workbook have errors, so nothing was imported: {rows} Correct the workbook and import it again.</source>
        <translation>{total} linha(s) da pasta de trabalho têm erros, por isso nada foi importado: {rows} Corrija a pasta de trabalho e importe-a novamente.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid status. Use one of: {allowed} (in English or Spanish).</source>
        <extracomment>&quot;... is not a valid ...&quot;, for each column whose values are chosen from a list.</extracomment>
        <translation>“{value}” não é uma situação válida. Use uma destas: {allowed} (em inglês ou espanhol).</translation>
    </message>
    <message>
        <source>“{value}” is not a valid category. Use one of: {allowed} (in English or Spanish).</source>
        <translation>“{value}” não é uma categoria válida. Use uma destas: {allowed} (em inglês ou espanhol).</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <extracomment>Why two rows are taken for the same person.</extracomment>
        <translation>mesmo e-mail</translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translation>mesmo nome e organização</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mesmo nome</translation>
    </message>
    <message>
        <source>the same person as row {first} ({why}). Keep one of the rows.</source>
        <translation>a mesma pessoa da linha {first} ({why}). Mantenha apenas uma das linhas.</translation>
    </message>
    <message>
        <source>The header row must be in the first {rows} rows and name a Name (Nombre) column, or First Name and Last Name, and at least one more known column, such as {names} (or Organismo, Correo electrónico, Estado).</source>
        <extracomment>How many rows from the top are searched for the header row. A header row must name the Name column and at least this many known columns in all. Skipped rows listed by a preview; more are counted. 1-based number of the header row, as the spreadsheet shows it. The fields the sheet has a column for, in the order of each row&apos;s values. Headers that name no known field (their columns are ignored). How the file was read, when a person should know (a CSV&apos;s encoding and separator). (row number, why) of rows left out: totals lines, repeated headers. Rows in the sheet (a first estimate until read), for progress.</extracomment>
        <translation>A linha de cabeçalho deve estar nas {rows} primeiras linhas e ter uma coluna Name (Nombre), ou First Name e Last Name, e pelo menos mais uma coluna conhecida, como {names} (ou Organismo, Correo electrónico, Estado).</translation>
    </message>
    <message>
        <source>{file} has no worksheets. Choose another file.</source>
        <translation>{file} não tem planilhas. Escolha outro arquivo.</translation>
    </message>
    <message>
        <source>{file} has no sheet called “{sheet}”. Its sheets are: {sheets}.</source>
        <translation>{file} não tem nenhuma planilha chamada “{sheet}”. Suas planilhas são: {sheets}.</translation>
    </message>
    <message>
        <source>No sheet of {file} has a header row that Chairdesk recognises. {help}</source>
        <translation>Nenhuma planilha de {file} tem uma linha de cabeçalho que o Chairdesk reconheça. {help}</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {file} is empty. Choose the sheet with the invitees (with --sheet on the command line).</source>
        <translation>A planilha “{sheet}” de {file} está vazia. Escolha a planilha com os convidados (com --sheet na linha de comando).</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” of {file} has no header row Chairdesk recognises. {help}</source>
        <translation>A planilha “{sheet}” de {file} não tem uma linha de cabeçalho que o Chairdesk reconheça. {help}</translation>
    </message>
    <message>
        <source>Workbooks are read only with the defusedxml package installed, which protects against malicious files. Reinstall Chairdesk to restore it.</source>
        <extracomment>Largest workbook file accepted (an export of 100,000 invitees is about 6 MB). Most parts a workbook may have (a plain one has about a dozen). Largest total size of the parts once unpacked. Highest packing ratio of a large part; sheet XML packs about 10-30 to 1, bombs 1000 to 1. Stream names (UTF-16) that an encrypted Office file carries in its OLE2 directory.</extracomment>
        <translation>As pastas de trabalho só são lidas com o pacote defusedxml instalado, que protege contra arquivos maliciosos. Reinstale o Chairdesk para restaurá-lo.</translation>
    </message>
    <message>
        <source>{file}: no such file. Check the path.</source>
        <translation>{file}: o arquivo não existe. Verifique o caminho.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a workbook. Choose an .xlsx file.</source>
        <translation>{file} é uma pasta do sistema, não uma pasta de trabalho. Escolha um arquivo .xlsx.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a pipe or a device?). Choose the saved workbook.</source>
        <translation>{file} não é um arquivo comum (um pipe ou um dispositivo?). Escolha a pasta de trabalho salva.</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes). Choose the saved workbook.</source>
        <translation>{file} está vazio (0 bytes). Escolha a pasta de trabalho salva.</translation>
    </message>
    <message>
        <source>{file} is {size} MB, more than the {limit} MB a workbook may have here. Split the list into smaller workbooks.</source>
        <translation>{file} tem {size} MB, mais do que os {limit} MB que uma pasta de trabalho pode ter aqui. Divida a lista em pastas de trabalho menores.</translation>
    </message>
    <message>
        <source>{file} is password-protected: save it without a password (in Excel: File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, clear the password) and import it again.</source>
        <translation>{file} está protegido por senha: salve-o sem senha (no Excel: Arquivo &gt; Informações &gt; Proteger Pasta de Trabalho &gt; Criptografar com Senha, apague a senha) e importe-o novamente.</translation>
    </message>
    <message>
        <source>{file} is an old-style Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx).</source>
        <translation>{file} é uma pasta de trabalho antiga do Excel 97-2003 (.xls). Abra-a no Excel ou no LibreOffice e salve-a como pasta de trabalho do Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx). If it is a CSV or another spreadsheet, open it in Excel or LibreOffice and save it as Excel Workbook (.xlsx).</source>
        <translation>{file} não é uma pasta de trabalho do Excel (.xlsx). Se for um CSV ou outra planilha, abra-o no Excel ou no LibreOffice e salve-o como pasta de trabalho do Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{file} is damaged: it is not a complete .xlsx file ({reason}). Open it in Excel and save it again, or ask for a new copy.</source>
        <translation>{file} está danificado: não é um arquivo .xlsx completo ({reason}). Abra-o no Excel e salve-o novamente, ou peça uma nova cópia.</translation>
    </message>
    <message>
        <source>{file} is a zip file but not an Excel workbook (.xlsx). Open it in its program and save it as Excel Workbook (.xlsx).</source>
        <translation>{file} é um arquivo zip, mas não uma pasta de trabalho do Excel (.xlsx). Abra-o no seu programa e salve-o como pasta de trabalho do Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{file} is damaged: it is not a complete file ({reason}). Open it in its program and save it again, or ask for a new copy.</source>
        <translation>{file} está danificado: não é um arquivo completo ({reason}). Abra-o no seu programa e salve-o novamente, ou peça uma nova cópia.</translation>
    </message>
    <message>
        <source>{file} holds {parts} parts, more than the {limit} a workbook may have; it may be damaged or malicious. Open it in Excel and save it as a new workbook.</source>
        <translation>{file} contém {parts} partes, mais do que as {limit} que uma pasta de trabalho pode ter; pode estar danificado ou ser malicioso. Abra-o no Excel e salve-o como uma nova pasta de trabalho.</translation>
    </message>
    <message>
        <source>{file} would unpack to {size} MB, more than the {limit} MB allowed; it may be a damaged or malicious file (a “zip bomb”). Open it in Excel and save it again, or split the list.</source>
        <translation>{file} ocuparia {size} MB ao ser descompactado, mais do que os {limit} MB permitidos; pode ser um arquivo danificado ou malicioso (uma “bomba zip”). Abra-o no Excel e salve-o novamente, ou divida a lista.</translation>
    </message>
    <message>
        <source>{file} has a part ({part}) that would unpack from {packed} bytes to {size} MB; it may be a malicious file (a “zip bomb”) and was not opened. Ask for a new copy.</source>
        <translation>{file} tem uma parte ({part}) que passaria de {packed} bytes para {size} MB ao ser descompactada; pode ser um arquivo malicioso (uma “bomba zip”) e não foi aberto. Peça uma nova cópia.</translation>
    </message>
    <message>
        <source>{file} is password-protected: save it without a password and import it again.</source>
        <translation>{file} está protegido por senha: salve-o sem senha e importe-o novamente.</translation>
    </message>
    <message>
        <source>{file} contains a document type declaration, which Excel never writes and malicious files use; it was not read. Ask for a new copy of the file.</source>
        <extracomment>Largest row accepted (Excel holds at most 32,767 characters in a cell). A cell as Excel and openpyxl write it (r, then s and t in either order; a value or an inline string without runs), read in one match; anything else takes the full path. Number formats that show a date (Excel&apos;s built-in ids).</extracomment>
        <translation>{file} contém uma declaração de tipo de documento, que o Excel nunca escreve e que arquivos maliciosos usam; ele não foi lido. Peça uma nova cópia do arquivo.</translation>
    </message>
    <message>
        <source>{file} stores its sheets as UTF-16, which Chairdesk does not read. Open it in Excel and save it again.</source>
        <translation>{file} grava suas planilhas em UTF-16, que o Chairdesk não lê. Abra-o no Excel e salve-o novamente.</translation>
    </message>
    <message>
        <source>{file} has a row larger than {limit} MB in {part}; it is damaged or not a list. Open it in Excel and save it again.</source>
        <translation>{file} tem uma linha com mais de {limit} MB em {part}; está danificado ou não é uma lista. Abra-o no Excel e salve-o novamente.</translation>
    </message>
    <message>
        <source>{file} could not be read: its part {part} is cut short (the file is damaged or was not completely saved). Open it in Excel and save it again, or ask for a new copy.</source>
        <translation>Não foi possível ler {file}: sua parte {part} está cortada (o arquivo está danificado ou não foi salvo por completo). Abra-o no Excel e salve-o novamente, ou peça uma nova cópia.</translation>
    </message>
    <message>
        <source>{file} has an oversized {part} ({size} bytes); it may be damaged or malicious. Open it in Excel and save it again.</source>
        <translation>{file} tem um {part} grande demais ({size} bytes); pode estar danificado ou ser malicioso. Abra-o no Excel e salve-o novamente.</translation>
    </message>
    <message>
        <source>{file} has more than {limit} merged cells in one sheet; unmerge them (Home &gt; Merge &amp; Center) and import again.</source>
        <translation>{file} tem mais de {limit} células mescladas numa planilha; desfaça a mesclagem (Página Inicial &gt; Mesclar e Centralizar) e importe novamente.</translation>
    </message>
    <message>
        <source>{file} is damaged: it has a row numbered {row}, beyond the {limit} rows a workbook can have. Open it in Excel and save it again.</source>
        <translation>{file} está danificado: tem uma linha de número {row}, além das {limit} linhas que uma pasta de trabalho pode ter. Abra-o no Excel e salve-o novamente.</translation>
    </message>
    <message>
        <source>{file} is damaged: row {row} has a cell beyond column XFD. Open it in Excel and save it again.</source>
        <translation>{file} está danificado: a linha {row} tem uma célula além da coluna XFD. Abra-o no Excel e salve-o novamente.</translation>
    </message>
    <message>
        <source>{file} is damaged: row {row} refers to a shared string that is not there ({reference}). Open it in Excel and save it again.</source>
        <translation>{file} está danificado: a linha {row} remete a uma cadeia compartilhada que não existe ({reference}). Abra-o no Excel e salve-o novamente.</translation>
    </message>
    <message>
        <source>{file} has no workbook part. Open it in Excel and save it again.</source>
        <translation>{file} não tem a parte da pasta de trabalho (workbook). Abra-o no Excel e salve-o novamente.</translation>
    </message>
    <message>
        <source>{file} could not be read as a workbook ({reason}). Open it in Excel and save it again as Excel Workbook (.xlsx).</source>
        <translation>Não foi possível ler {file} como pasta de trabalho ({reason}). Abra-o no Excel e salve-o novamente como pasta de trabalho do Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The action can only come from an item of its own meeting.</source>
        <extracomment>The mandate&apos;s number in the work plan, and its resolution.</extracomment>
        <translation>A ação só pode vir de um item da sua própria reunião.</translation>
    </message>
    <message>
        <source>This action was changed in another window; reload and try again.</source>
        <translation>Esta ação foi alterada em outra janela; recarregue-a e tente novamente.</translation>
    </message>
    <message>
        <source>This action is already on an agenda.</source>
        <translation>Esta ação já consta de uma ordem do dia.</translation>
    </message>
    <message>
        <source>The position must be between 1 and {last}.</source>
        <extracomment>The mandate&apos;s texts papers print in their own language, and the longest each may be. Their versions: ``resolution_title_es``, ``area_responsible_fr`` ... (&quot;&quot; or None: none in that language).</extracomment>
        <translation>A posição deve estar entre 1 e {last}.</translation>
    </message>
    <message>
        <source>This item has already been deferred.</source>
        <translation>Este item já foi adiado.</translation>
    </message>
    <message>
        <source>Choose another meeting than the item&apos;s own.</source>
        <translation>Escolha uma reunião diferente da do item.</translation>
    </message>
    <message>
        <source>That meeting is cancelled: choose another one.</source>
        <translation>Essa reunião está cancelada: escolha outra.</translation>
    </message>
    <message>
        <source>There is no later meeting to defer this item to. Create the next meeting first.</source>
        <translation>Não há nenhuma reunião posterior para a qual adiar este item. Crie primeiro a próxima reunião.</translation>
    </message>
    <message>
        <source>That revision belongs to another document.</source>
        <translation>Essa revisão pertence a outro documento.</translation>
    </message>
    <message>
        <source>This meeting has no previous meeting, or already approves its summary.</source>
        <extracomment>Whether the previous meeting&apos;s summary has been written (generated or edited) yet.</extracomment>
        <translation>Esta reunião não tem reunião anterior, ou já aprova o seu resumo.</translation>
    </message>
    <message>
        <source>That contact no longer exists; it may have been deleted in another window.</source>
        <extracomment>The order in which the sheet (and the list of participants) shows the categories.</extracomment>
        <translation>Esse contato não existe mais; pode ter sido excluído em outra janela.</translation>
    </message>
    <message>
        <source>This item does not consider {symbol}; link the document first.</source>
        <translation>Este item não examina {symbol}; vincule primeiro o documento.</translation>
    </message>
    <message>
        <source>This workspace already holds a working group; use a new file.</source>
        <translation>Este espaço de trabalho já contém um grupo de trabalho; use um arquivo novo.</translation>
    </message>
    <message>
        <source>The revision number must be zero or more.</source>
        <extracomment>200 MB: larger than any circulated Word or PDF document, small enough for SQLite. &quot;The ... number must be zero or more&quot;, for each number of a revision&apos;s symbol.</extracomment>
        <translation>O número da revisão deve ser zero ou mais.</translation>
    </message>
    <message>
        <source>The addendum number must be zero or more.</source>
        <translation>O número do adendo deve ser zero ou mais.</translation>
    </message>
    <message>
        <source>The corrigendum number must be zero or more.</source>
        <translation>O número da errata deve ser zero ou mais.</translation>
    </message>
    <message>
        <source>Enter the symbol without “{suffix}”: revisions are added to the document, and the full symbol is made from them.</source>
        <translation>Digite o símbolo sem “{suffix}”: as revisões são adicionadas ao documento, e o símbolo completo é formado a partir delas.</translation>
    </message>
    <message>
        <source>A document with the symbol {symbol} exists already.</source>
        <translation>Já existe um documento com o símbolo {symbol}.</translation>
    </message>
    <message>
        <source>{symbol} exists already.</source>
        <translation>{symbol} já existe.</translation>
    </message>
    <message>
        <source>{file} is {size} MB; files of up to {limit} MB can be kept in a workspace.</source>
        <translation>{file} tem {size} MB; um espaço de trabalho pode guardar arquivos de até {limit} MB.</translation>
    </message>
    <message>
        <source>{file} is identical to the {language} file of {earlier}: nothing changed. Choose the revised file.</source>
        <translation>{file} é idêntico ao arquivo {language} de {earlier}: nada mudou. Escolha o arquivo revisado.</translation>
    </message>
    <message>
        <source>That file no longer exists.</source>
        <translation>Esse arquivo não existe mais.</translation>
    </message>
    <message>
        <source>Someone else changed the meeting “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <extracomment>The English sentence (what the command line prints). &quot;Someone else changed the ... since you began&quot;: one sentence per kind of row, named and unnamed, so that each language can say it in its own words.</extracomment>
        <translation>Outra pessoa alterou a reunião “{label}” depois que você começou a editá-la, ou a excluiu; sua alteração não foi salva.</translation>
    </message>
    <message>
        <source>Someone else changed the meeting since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Outra pessoa alterou a reunião depois que você começou a editá-la, ou a excluiu; sua alteração não foi salva.</translation>
    </message>
    <message>
        <source>Someone else changed the agenda item “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Outra pessoa alterou o item da ordem do dia “{label}” depois que você começou a editá-lo, ou o excluiu; sua alteração não foi salva.</translation>
    </message>
    <message>
        <source>Someone else changed the agenda item since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Outra pessoa alterou o item da ordem do dia depois que você começou a editá-lo, ou o excluiu; sua alteração não foi salva.</translation>
    </message>
    <message>
        <source>Someone else changed the document “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Outra pessoa alterou o documento “{label}” depois que você começou a editá-lo, ou o excluiu; sua alteração não foi salva.</translation>
    </message>
    <message>
        <source>Someone else changed the document since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Outra pessoa alterou o documento depois que você começou a editá-lo, ou o excluiu; sua alteração não foi salva.</translation>
    </message>
    <message>
        <source>Someone else changed the revision “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Outra pessoa alterou a revisão “{label}” depois que você começou a editá-la, ou a excluiu; sua alteração não foi salva.</translation>
    </message>
    <message>
        <source>Someone else changed the revision since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Outra pessoa alterou a revisão depois que você começou a editá-la, ou a excluiu; sua alteração não foi salva.</translation>
    </message>
    <message>
        <source>Someone else changed the mandate “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Outra pessoa alterou o mandato “{label}” depois que você começou a editá-lo, ou o excluiu; sua alteração não foi salva.</translation>
    </message>
    <message>
        <source>Someone else changed the mandate since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Outra pessoa alterou o mandato depois que você começou a editá-lo, ou o excluiu; sua alteração não foi salva.</translation>
    </message>
    <message>
        <source>Someone else changed the contact “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Outra pessoa alterou o contato “{label}” depois que você começou a editá-lo, ou o excluiu; sua alteração não foi salva.</translation>
    </message>
    <message>
        <source>Someone else changed the contact since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Outra pessoa alterou o contato depois que você começou a editá-lo, ou o excluiu; sua alteração não foi salva.</translation>
    </message>
    <message>
        <source>Someone else changed the invitee list “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Outra pessoa alterou a lista de convidados “{label}” depois que você começou a editá-la, ou a excluiu; sua alteração não foi salva.</translation>
    </message>
    <message>
        <source>Someone else changed the invitee list since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Outra pessoa alterou a lista de convidados depois que você começou a editá-la, ou a excluiu; sua alteração não foi salva.</translation>
    </message>
    <message>
        <source>Someone else changed the list entry “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Outra pessoa alterou a entrada da lista “{label}” depois que você começou a editá-la, ou a excluiu; sua alteração não foi salva.</translation>
    </message>
    <message>
        <source>Someone else changed the list entry since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Outra pessoa alterou a entrada da lista depois que você começou a editá-la, ou a excluiu; sua alteração não foi salva.</translation>
    </message>
    <message>
        <source>Someone else changed the action “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Outra pessoa alterou a ação de acompanhamento “{label}” depois que você começou a editá-la, ou a excluiu; sua alteração não foi salva.</translation>
    </message>
    <message>
        <source>Someone else changed the action since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Outra pessoa alterou a ação de acompanhamento depois que você começou a editá-la, ou a excluiu; sua alteração não foi salva.</translation>
    </message>
    <message>
        <source>Someone else changed “{label}” since you began editing it, or deleted it; your change was not saved.</source>
        <extracomment>For a kind of row not listed above.</extracomment>
        <translation>Outra pessoa alterou “{label}” depois que você começou a editá-lo, ou o excluiu; sua alteração não foi salva.</translation>
    </message>
    <message>
        <source>Someone else changed this since you began editing it, or deleted it; your change was not saved.</source>
        <translation>Outra pessoa alterou isto depois que você começou a editá-lo, ou o excluiu; sua alteração não foi salva.</translation>
    </message>
    <message>
        <source>That meeting no longer exists; it may have been deleted elsewhere.</source>
        <extracomment>&quot;That ... no longer exists&quot;: one sentence per kind of row.</extracomment>
        <translation>Essa reunião não existe mais; pode ter sido excluída em outro lugar.</translation>
    </message>
    <message>
        <source>That agenda item no longer exists; it may have been deleted elsewhere.</source>
        <translation>Esse item da ordem do dia não existe mais; pode ter sido excluído em outro lugar.</translation>
    </message>
    <message>
        <source>That deferred agenda item no longer exists; it may have been deleted elsewhere.</source>
        <translation>Esse item adiado da ordem do dia não existe mais; pode ter sido excluído em outro lugar.</translation>
    </message>
    <message>
        <source>That document no longer exists; it may have been deleted elsewhere.</source>
        <translation>Esse documento não existe mais; pode ter sido excluído em outro lugar.</translation>
    </message>
    <message>
        <source>That revision no longer exists; it may have been deleted elsewhere.</source>
        <translation>Essa revisão não existe mais; pode ter sido excluída em outro lugar.</translation>
    </message>
    <message>
        <source>That file no longer exists; it may have been deleted elsewhere.</source>
        <translation>Esse arquivo não existe mais; pode ter sido excluído em outro lugar.</translation>
    </message>
    <message>
        <source>That mandate no longer exists; it may have been deleted elsewhere.</source>
        <translation>Esse mandato não existe mais; pode ter sido excluído em outro lugar.</translation>
    </message>
    <message>
        <source>That contact no longer exists; it may have been deleted elsewhere.</source>
        <translation>Esse contato não existe mais; pode ter sido excluído em outro lugar.</translation>
    </message>
    <message>
        <source>That invitee list no longer exists; it may have been deleted elsewhere.</source>
        <translation>Essa lista de convidados não existe mais; pode ter sido excluída em outro lugar.</translation>
    </message>
    <message>
        <source>That list entry no longer exists; it may have been deleted elsewhere.</source>
        <translation>Essa entrada da lista não existe mais; pode ter sido excluída em outro lugar.</translation>
    </message>
    <message>
        <source>That action no longer exists; it may have been deleted elsewhere.</source>
        <translation>Essa ação de acompanhamento não existe mais; pode ter sido excluída em outro lugar.</translation>
    </message>
    <message>
        <source>That row no longer exists; it may have been deleted elsewhere.</source>
        <translation>Esse item não existe mais; pode ter sido excluído em outro lugar.</translation>
    </message>
    <message>
        <source>the meeting</source>
        <extracomment>Each kind of row named with its article, for the sentences the window makes about a conflict (&quot;Cannot undo ...: someone else changed the meeting “1st meeting” after it&quot;).</extracomment>
        <translation>a reunião</translation>
    </message>
    <message>
        <source>the agenda item</source>
        <translation>o item da ordem do dia</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>o documento</translation>
    </message>
    <message>
        <source>the revision</source>
        <translation>a revisão</translation>
    </message>
    <message>
        <source>the mandate</source>
        <translation>o mandato</translation>
    </message>
    <message>
        <source>the contact</source>
        <translation>o contato</translation>
    </message>
    <message>
        <source>the invitee list</source>
        <translation>a lista de convidados</translation>
    </message>
    <message>
        <source>the list entry</source>
        <translation>a entrada da lista</translation>
    </message>
    <message>
        <source>the invitations</source>
        <translation>os convites</translation>
    </message>
    <message>
        <source>the action</source>
        <translation>a ação de acompanhamento</translation>
    </message>
    <message>
        <source>the row</source>
        <translation>o item</translation>
    </message>
    <message>
        <source>Area responsible</source>
        <extracomment>What the window and the command line call each field.</extracomment>
        <translation>Área responsável</translation>
    </message>
    <message>
        <source>Area responsible in English</source>
        <translation>Área responsável em inglês</translation>
    </message>
    <message>
        <source>Area responsible in Spanish</source>
        <translation>Área responsável em espanhol</translation>
    </message>
    <message>
        <source>Area responsible in French</source>
        <translation>Área responsável em francês</translation>
    </message>
    <message>
        <source>Area responsible in Portuguese</source>
        <translation>Área responsável em português</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Note on the change</source>
        <translation>Nota sobre a alteração</translation>
    </message>
    <message>
        <source>Date of circulation</source>
        <translation>Data de distribuição</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translation>Fuso horário padrão</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duração em minutos</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Horário de término</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome do arquivo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Tratamento</translation>
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
        <translation>Estados membros do órgão principal</translation>
    </message>
    <message>
        <source>Last day of the ministerial meeting</source>
        <translation>Último dia da reunião ministerial</translation>
    </message>
    <message>
        <source>First day of the ministerial meeting</source>
        <translation>Primeiro dia da reunião ministerial</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Nome em inglês</translation>
    </message>
    <message>
        <source>Name in Spanish</source>
        <translation>Nome em espanhol</translation>
    </message>
    <message>
        <source>Name in French</source>
        <translation>Nome em francês</translation>
    </message>
    <message>
        <source>Name in Portuguese</source>
        <translation>Nome em português</translation>
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
        <translation>Organização</translation>
    </message>
    <message>
        <source>Organizer&apos;s e-mail</source>
        <translation>E-mail do organizador</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>Idioma original</translation>
    </message>
    <message>
        <source>Series of the papers</source>
        <translation>Série dos documentos impressos</translation>
    </message>
    <message>
        <source>Letterhead template</source>
        <translation>Modelo com timbre</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation>Órgão superior</translation>
    </message>
    <message>
        <source>Parent body in English</source>
        <translation>Órgão superior em inglês</translation>
    </message>
    <message>
        <source>Parent body in Spanish</source>
        <translation>Órgão superior em espanhol</translation>
    </message>
    <message>
        <source>Parent body in French</source>
        <translation>Órgão superior em francês</translation>
    </message>
    <message>
        <source>Parent body in Portuguese</source>
        <translation>Órgão superior em português</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Início previsto</translation>
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
        <translation>Regra de quórum</translation>
    </message>
    <message>
        <source>Representative&apos;s name</source>
        <translation>Nome do representante</translation>
    </message>
    <message>
        <source>Representative&apos;s title</source>
        <translation>Cargo do representante</translation>
    </message>
    <message>
        <source>Representing</source>
        <translation>Representando</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <source>Title of the resolution</source>
        <translation>Título da resolução</translation>
    </message>
    <message>
        <source>Title of the resolution in English</source>
        <translation>Título da resolução em inglês</translation>
    </message>
    <message>
        <source>Title of the resolution in Spanish</source>
        <translation>Título da resolução em espanhol</translation>
    </message>
    <message>
        <source>Title of the resolution in French</source>
        <translation>Título da resolução em francês</translation>
    </message>
    <message>
        <source>Title of the resolution in Portuguese</source>
        <translation>Título da resolução em português</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Horário de início</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Motivo da situação</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Calendar identifier</source>
        <translation>Identificador de calendário</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>The symbol cannot be empty.</source>
        <extracomment>&quot;The ... cannot be empty&quot;, for the fields that must be filled.</extracomment>
        <translation>O símbolo não pode ficar vazio.</translation>
    </message>
    <message>
        <source>The default time zone cannot be empty.</source>
        <translation>O fuso horário padrão não pode ficar vazio.</translation>
    </message>
    <message>
        <source>The description cannot be empty.</source>
        <translation>A descrição não pode ficar vazia.</translation>
    </message>
    <message>
        <source>The file name cannot be empty.</source>
        <translation>O nome do arquivo não pode ficar vazio.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>O nome não pode ficar vazio.</translation>
    </message>
    <message>
        <source>The resolution cannot be empty.</source>
        <translation>A resolução não pode ficar vazia.</translation>
    </message>
    <message>
        <source>The title of the resolution cannot be empty.</source>
        <translation>O título da resolução não pode ficar vazio.</translation>
    </message>
    <message>
        <source>The time zone cannot be empty.</source>
        <translation>O fuso horário não pode ficar vazio.</translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation>O título não pode ficar vazio.</translation>
    </message>
    <message>
        <source>{field}: this cannot be left empty.</source>
        <translation>{field}: este campo não pode ficar vazio.</translation>
    </message>
    <message>
        <source>{field}: too long ({length} characters, at most {limit}).</source>
        <translation>{field}: texto longo demais ({length} caracteres, no máximo {limit}).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of the choices. Use one of: {allowed}.</source>
        <translation>{field}: “{value}” não é uma das opções. Use uma destas: {allowed}.</translation>
    </message>
    <message>
        <source>{field}: a date is needed.</source>
        <translation>{field}: é preciso uma data.</translation>
    </message>
    <message>
        <source>{field}: a time of day is needed.</source>
        <translation>{field}: é preciso um horário.</translation>
    </message>
    <message>
        <source>{field}: a whole number above zero is needed.</source>
        <translation>{field}: é preciso um número inteiro maior que zero.</translation>
    </message>
    <message>
        <source>{field}: yes or no.</source>
        <translation>{field}: sim ou não.</translation>
    </message>
    <message>
        <source>Invitations need the secretariat&apos;s e-mail address (the organizer, to whom replies go). Enter it in the working group&apos;s settings first.</source>
        <extracomment>Names of invited contacts without an e-mail address: they get no invitation.</extracomment>
        <translation>Os convites precisam do endereço de e-mail da secretaria (o organizador, a quem vão as respostas). Informe-o primeiro nas configurações do grupo de trabalho.</translation>
    </message>
    <message>
        <source>Unknown way of sending “{channel}”.</source>
        <extracomment>Addresses that already have this message (sent before a stop): skipped.</extracomment>
        <translation>Forma de envio desconhecida: “{channel}”.</translation>
    </message>
    <message>
        <source>There is already a list called “{name}”.</source>
        <translation>Já existe uma lista chamada “{name}”.</translation>
    </message>
    <message>
        <source>{name} is already on this list.</source>
        <translation>{name} já consta desta lista.</translation>
    </message>
    <message>
        <source>{count} of the selected entries no longer exist; reload the list.</source>
        <translation>{count} das entradas selecionadas não existem mais; recarregue a lista.</translation>
    </message>
    <message>
        <source>Someone else changed {changed} of the {selected} selected entries since you selected them; nothing was changed. Look at the list again and repeat the change.</source>
        <translation>Outra pessoa alterou {changed} das {selected} entradas selecionadas depois que você as selecionou; nada foi alterado. Veja a lista novamente e repita a alteração.</translation>
    </message>
    <message>
        <source>“{code}” is not one of the OAS languages.</source>
        <translation>“{code}” não é um dos idiomas da OEA.</translation>
    </message>
    <message>
        <source>The last day ({end}) cannot come before the first ({start}).</source>
        <extracomment>The stored times of an all-day meeting. The most days one meeting may take.</extracomment>
        <translation>O último dia ({end}) não pode ser anterior ao primeiro ({start}).</translation>
    </message>
    <message>
        <source>A meeting with times starts and ends on the same day; make it all-day to have it take several days.</source>
        <translation>Uma reunião com horário começa e termina no mesmo dia; marque-a como de dia inteiro para que dure vários dias.</translation>
    </message>
    <message>
        <source>The meeting must end after it starts ({start}); {end} is not later.</source>
        <translation>A reunião deve terminar depois de começar ({start}); {end} não é mais tarde.</translation>
    </message>
    <message>
        <source>A meeting takes at most {limit} days; {start} to {end} is {days}.</source>
        <translation>Uma reunião dura no máximo {limit} dias; de {start} a {end} são {days}.</translation>
    </message>
    <message>
        <source>A meeting must be held between {first} and {last}; {date} is not.</source>
        <extracomment>Changing any of these is a change calendars must see: SEQUENCE goes up. Stored as given, beside the scheduling fields. Years a meeting may be held in. Outside them a date is a slip (or a hostile file), and the calendar export could not describe its time zone (year 9999 ends the calendar the date types know).</extracomment>
        <translation>Uma reunião deve ser realizada entre {first} e {last}; {date} não está nesse intervalo.</translation>
    </message>
    <message>
        <source>The title pattern can use {{number}}, {{date}} and {{group}}, each in braces; remove any other braces.</source>
        <extracomment>What ``create_series`` fills into a title pattern.</extracomment>
        <translation>O modelo de título pode usar {{number}}, {{date}} e {{group}}, cada um entre chaves; remova quaisquer outras chaves.</translation>
    </message>
    <message>
        <source>The calendar sequence must be zero or more.</source>
        <translation>A sequência do calendário deve ser zero ou mais.</translation>
    </message>
    <message>
        <source>A meeting with the identifier {uid} exists already.</source>
        <translation>Já existe uma reunião com o identificador {uid}.</translation>
    </message>
    <message>
        <source>The series must end on or after its first date.</source>
        <translation>A série deve terminar na sua primeira data ou depois.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Escolha pelo menos um dia da semana.</translation>
    </message>
    <message>
        <source>A series can span at most three years.</source>
        <translation>Uma série pode abranger no máximo três anos.</translation>
    </message>
    <message>
        <source>The series has no dates left; tick at least one.</source>
        <translation>A série não tem mais datas; marque pelo menos uma.</translation>
    </message>
    <message>
        <source>{file} is larger than 20 MB: not a template.</source>
        <extracomment>A letterhead template is a few hundred kilobytes; this is generous. The .docx template&apos;s bytes, or None for the built-in styles. What a template may hold once unpacked; a letterhead is far smaller (a zip bomb is not).</extracomment>
        <translation>{file} tem mais de 20 MB: não é um modelo.</translation>
    </message>
    <message>
        <source>{file} is not a Word document (.docx). Save the letterhead from Word as .docx or .dotx and choose that file.</source>
        <translation>{file} não é um documento do Word (.docx). Salve o timbre no Word como .docx ou .dotx e escolha esse arquivo.</translation>
    </message>
    <message>
        <source>{file} is damaged: part of it cannot be read. Open it in Word, save it again as .docx, and choose the saved copy.</source>
        <translation>{file} está danificado: uma parte não pode ser lida. Abra-o no Word, salve-o novamente como .docx e escolha a cópia salva.</translation>
    </message>
    <message>
        <source>Describe the working group first.</source>
        <extracomment>No one has been marked present yet: attendance was not taken. The group&apos;s rule is that no quorum is needed.</extracomment>
        <translation>Descreva primeiro o grupo de trabalho.</translation>
    </message>
    <message>
        <source>Choose A4 or Letter, not “{size}”.</source>
        <translation>Escolha A4 ou Carta, não “{size}”.</translation>
    </message>
    <message>
        <source>Give the number of member states a meeting needs for its quorum.</source>
        <translation>Informe o número de Estados membros de que uma reunião precisa para ter quórum.</translation>
    </message>
    <message>
        <source>The quorum ({quorum}) cannot be more than the member states of the parent body ({total}).</source>
        <translation>O quórum ({quorum}) não pode ser maior que o número de Estados membros do órgão principal ({total}).</translation>
    </message>
    <message>
        <source>The meeting has no quorum (1 member state present, quorum {required}: no). Record this outcome anyway? It will be marked as recorded without quorum.</source>
        <translation>A reunião não tem quórum (1 Estado membro presente, quórum {required}: não). Registrar este resultado mesmo assim? Ele será marcado como registrado sem quórum.</translation>
    </message>
    <message>
        <source>The meeting has no quorum ({present} member states present, quorum {required}: no). Record this outcome anyway? It will be marked as recorded without quorum.</source>
        <translation>A reunião não tem quórum ({present} Estados membros presentes, quórum {required}: não). Registrar este resultado mesmo assim? Ele será marcado como registrado sem quórum.</translation>
    </message>
    <message>
        <source>“{kind}” has no title in four languages.</source>
        <extracomment>What has a title in four languages: the model, its field and the longest text allowed. The row&apos;s version counter when read: saving against a newer row is refused. Other texts of the row held in the four languages, edited with the title (a mandate&apos;s resolution title and area responsible): field, then language code.</extracomment>
        <translation>“{kind}” não tem título em quatro idiomas.</translation>
    </message>
    <message>
        <source>Someone changed this in another window since you opened it; close the editor and open it again to see the latest version.</source>
        <translation>Alguém alterou isto em outra janela depois que você o abriu; feche o editor e abra-o novamente para ver a versão mais recente.</translation>
    </message>
    <message>
        <source>The original language needs its version: fill it in or choose another.</source>
        <translation>O idioma original precisa da sua versão: preencha-a ou escolha outro idioma.</translation>
    </message>
    <message>
        <source>“{name}” is not a known time zone. Pick one such as America/New_York or America/Port_of_Spain.</source>
        <translation>“{name}” não é um fuso horário conhecido. Escolha um como America/New_York ou America/Port_of_Spain.</translation>
    </message>
    <message>
        <source>“{address}” is not a valid e-mail address.</source>
        <translation>“{address}” não é um endereço de e-mail válido.</translation>
    </message>
    <message>
        <source>Cannot change {fields}.</source>
        <translation>Não é possível alterar {fields}.</translation>
    </message>
    <message>
        <source>The ministerial meeting cannot end before it starts.</source>
        <extracomment>The group&apos;s texts the papers print in their own language, and the longest each may be. Their versions: ``name_es``, ``parent_body_fr`` ... (&quot;&quot; or absent: none in that language).</extracomment>
        <translation>A reunião ministerial não pode terminar antes de começar.</translation>
    </message>
    <message>
        <source>A working group has one chair.</source>
        <translation>Um grupo de trabalho tem uma só presidência.</translation>
    </message>
    <message>
        <source>The target workspace is not empty; copy only into an empty database or a new file. Nothing was copied.</source>
        <extracomment>Called with (table name, rows copied so far) as the copy goes.</extracomment>
        <translation>O espaço de trabalho de destino não está vazio; copie apenas para um banco de dados vazio ou um arquivo novo. Nada foi copiado.</translation>
    </message>
    <message>
        <source>The copy did not verify: row counts differ. Nothing was copied.</source>
        <translation>A cópia não pôde ser verificada: o número de linhas é diferente. Nada foi copiado.</translation>
    </message>
    <message>
        <source>The copy did not verify: a revision file differs. Nothing was copied.</source>
        <translation>A cópia não pôde ser verificada: um arquivo de revisão é diferente. Nada foi copiado.</translation>
    </message>
    <message>
        <source>The source and the target are the same database.</source>
        <translation>A origem e o destino são o mesmo banco de dados.</translation>
    </message>
    <message>
        <source>{file} exists already. Choose a new file name; nothing was copied.</source>
        <translation>{file} já existe. Escolha um novo nome de arquivo; nada foi copiado.</translation>
    </message>
    <message>
        <source>The source and the target are the same file.</source>
        <translation>A origem e o destino são o mesmo arquivo.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (it is a pipe, socket or device), so it cannot be a workspace. Choose a .chairdesk file.</source>
        <extracomment>Tables every Chairdesk workspace has had since the first revision. Problems quick_check lists before it stops (SQLite&apos;s default is 100).</extracomment>
        <translation>{file} não é um arquivo comum (é um pipe, um socket ou um dispositivo), portanto não pode ser um espaço de trabalho. Escolha um arquivo .chairdesk.</translation>
    </message>
    <message>
        <source>{file} is read-only, so Chairdesk cannot save changes to it. Save a copy somewhere you can write (or change the file&apos;s permissions) and open that.</source>
        <translation>{file} é somente leitura, por isso o Chairdesk não pode salvar alterações nele. Salve uma cópia num lugar onde possa gravar (ou altere as permissões do arquivo) e abra essa cópia.</translation>
    </message>
    <message>
        <source>The folder of {file} ({folder}) is read-only: SQLite keeps its journal beside the workspace, so Chairdesk cannot save changes there. Copy the file to a folder you can write to and open that copy.</source>
        <translation>A pasta de {file} ({folder}) é somente leitura: o SQLite guarda seu diário ao lado do espaço de trabalho, por isso o Chairdesk não pode salvar alterações ali. Copie o arquivo para uma pasta onde possa gravar e abra essa cópia.</translation>
    </message>
    <message>
        <source>{file} was left half-written by a crash and SQLite could not recover it ({reason}). A copy of the file and its journal was kept as {backup}; open a backup copy instead.</source>
        <translation>{file} ficou gravado pela metade por uma falha e o SQLite não conseguiu recuperá-lo ({reason}). Uma cópia do arquivo e do seu diário foi guardada como {backup}; abra em vez dele uma cópia de segurança.</translation>
    </message>
    <message>
        <source>{file} is an SQLite database of another program (it records a schema revision “{revision}” but has none of Chairdesk&apos;s tables). Choose a .chairdesk file, or create a new workspace; the file was left as it is.</source>
        <translation>{file} é um banco de dados SQLite de outro programa (registra uma revisão de esquema “{revision}”, mas não tem nenhuma das tabelas do Chairdesk). Escolha um arquivo .chairdesk ou crie um novo espaço de trabalho; o arquivo ficou como estava.</translation>
    </message>
    <message>
        <source>{file} is damaged: tables of a workspace are missing ({tables}). Open a backup copy of it instead; this file was left as it is.</source>
        <translation>{file} está danificado: faltam tabelas de um espaço de trabalho ({tables}). Abra em vez dele uma cópia de segurança; este arquivo ficou como estava.</translation>
    </message>
    <message>
        <source>{file} is the workspace itself ({workspace}): an export or copy cannot replace it without destroying the workspace. Choose another file name; nothing was written.</source>
        <extracomment>A rollback journal&apos;s header, and a write-ahead log&apos;s (two byte orders).</extracomment>
        <translation>{file} é o próprio espaço de trabalho ({workspace}): uma exportação ou cópia não pode substituí-lo sem destruir o espaço de trabalho. Escolha outro nome de arquivo; nada foi gravado.</translation>
    </message>
    <message>
        <source>{file} is the workspace&apos;s {suffix} file ({workspace}): an export or copy cannot replace it without destroying the workspace. Choose another file name; nothing was written.</source>
        <translation>{file} é o arquivo {suffix} do espaço de trabalho ({workspace}): uma exportação ou cópia não pode substituí-lo sem destruir o espaço de trabalho. Escolha outro nome de arquivo; nada foi gravado.</translation>
    </message>
    <message>
        <source>{file} is a workspace (an SQLite database) or one of its journal files; an export or copy never replaces one. Choose another file name; nothing was written.</source>
        <translation>{file} é um espaço de trabalho (um banco de dados SQLite) ou um dos seus arquivos de diário; uma exportação ou cópia nunca os substitui. Escolha outro nome de arquivo; nada foi gravado.</translation>
    </message>
    <message>
        <source>{file} is a folder. Choose a .chairdesk file.</source>
        <translation>{file} é uma pasta. Escolha um arquivo .chairdesk.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}). Check its permissions.</source>
        <translation>Não é possível ler {file} ({reason}). Verifique as permissões.</translation>
    </message>
    <message>
        <source>{file} is not a Chairdesk workspace (it is not an SQLite file). Choose a .chairdesk file, or create a new workspace.</source>
        <translation>{file} não é um espaço de trabalho do Chairdesk (não é um arquivo SQLite). Escolha um arquivo .chairdesk ou crie um novo espaço de trabalho.</translation>
    </message>
    <message>
        <source>{file} is an SQLite database but not a Chairdesk workspace. Choose a .chairdesk file, or create a new workspace.</source>
        <translation>{file} é um banco de dados SQLite, mas não um espaço de trabalho do Chairdesk. Escolha um arquivo .chairdesk ou crie um novo espaço de trabalho.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read ({reason}). Open a backup copy of it instead; this file was left as it is.</source>
        <translation>{file} está danificado e não pode ser lido ({reason}). Abra em vez dele uma cópia de segurança; este arquivo ficou como estava.</translation>
    </message>
    <message>
        <source>{address} is not a server address. Write it as postgresql://USER@HOST/DATABASE.</source>
        <extracomment>How long a write waits for a row another person&apos;s transaction holds, in milliseconds. A folder holding the server&apos;s UNIX socket (a local server), instead of host/port.</extracomment>
        <translation>{address} não é um endereço de servidor. Escreva-o como postgresql://USUARIO@SERVIDOR/BANCO.</translation>
    </message>
    <message>
        <source>sslmode={mode} is not a TLS mode PostgreSQL knows. Use one of: {modes}.</source>
        <translation>sslmode={mode} não é um modo TLS que o PostgreSQL conheça. Use um destes: {modes}.</translation>
    </message>
    <message>
        <source>{address} names no database. Write it as postgresql://USER@HOST/DATABASE.</source>
        <translation>{address} não indica nenhum banco de dados. Escreva-o como postgresql://USUARIO@SERVIDOR/BANCO.</translation>
    </message>
    <message>
        <source>The server workspace {address} cannot be reached ({reason}). Check the address, your password in the keyring and the network, then try again.</source>
        <translation>Não é possível acessar o espaço de trabalho do servidor {address} ({reason}). Verifique o endereço, sua senha no chaveiro e a rede, e tente novamente.</translation>
    </message>
    <message>
        <source>The database {database} holds tables but no Chairdesk workspace. Choose an empty database for a new team workspace.</source>
        <translation>O banco de dados {database} contém tabelas, mas nenhum espaço de trabalho do Chairdesk. Escolha um banco de dados vazio para um novo espaço de trabalho compartilhado.</translation>
    </message>
    <message>
        <source>{file} does not exist. Check the name, or create a new workspace.</source>
        <extracomment>Tells this program&apos;s own change notices from other people&apos;s.</extracomment>
        <translation>{file} não existe. Verifique o nome ou crie um novo espaço de trabalho.</translation>
    </message>
    <message>
        <source>The database {database} holds no workspace yet. Open it from the window, or copy a workspace into it with chairdesk copy.</source>
        <translation>O banco de dados {database} ainda não contém nenhum espaço de trabalho. Abra-o pela janela, ou copie nele um espaço de trabalho com chairdesk copy.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer version of Chairdesk (schema unrecorded). Install the latest Chairdesk to open it; the file was left as it is.</source>
        <translation>{file} foi salvo por uma versão mais recente do Chairdesk (esquema não registrado). Instale a versão mais recente do Chairdesk para abri-lo; o arquivo ficou como estava.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer version of Chairdesk (schema {revision}). Install the latest Chairdesk to open it; the file was left as it is.</source>
        <translation>{file} foi salvo por uma versão mais recente do Chairdesk (esquema {revision}). Instale a versão mais recente do Chairdesk para abri-lo; o arquivo ficou como estava.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>time</source>
        <translation>horário</translation>
    </message>
    <message>
        <source>place</source>
        <translation>local</translation>
    </message>
    <message>
        <source>time zone</source>
        <extracomment>What an update of each field changes, in words (several fields, one word: &quot;time&quot;).</extracomment>
        <translation>fuso horário</translation>
    </message>
    <message>
        <source>status</source>
        <translation>situação</translation>
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
        <translation>seriam criadas {created}, atualizadas {updated}, deixadas sem alteração {unchanged}, recusadas {refused}</translation>
    </message>
    <message>
        <source>created {created}, updated {updated}, left unchanged {unchanged}, refused {refused}</source>
        <translation>criadas {created}, atualizadas {updated}, sem alteração {unchanged}, recusadas {refused}</translation>
    </message>
    <message>
        <source>it appears twice in the file.</source>
        <translation>aparece duas vezes no arquivo.</translation>
    </message>
    <message>
        <source>{first} to {last} (all day)</source>
        <translation>de {first} a {last} (dia inteiro)</translation>
    </message>
    <message>
        <source>{day} (all day)</source>
        <translation>{day} (dia inteiro)</translation>
    </message>
    <message>
        <source>{start} to {end} {zone}</source>
        <translation>de {start} a {end} {zone}</translation>
    </message>
    <message>
        <source>it runs past midnight; a meeting with times starts and ends on the same day. Split it into one event per day, or make it an all-day event, in your calendar and import it again.</source>
        <translation>passa da meia-noite; uma reunião com horário começa e termina no mesmo dia. Divida-o em um evento por dia, ou transforme-o em um evento de dia inteiro, no seu calendário e importe-o novamente.</translation>
    </message>
    <message>
        <source>{start}–{end} {zone}</source>
        <translation>{start}–{end} {zone}</translation>
    </message>
    <message>
        <source>with {count} agenda item(s)</source>
        <translation>com {count} item(ns) da ordem do dia</translation>
    </message>
    <message>
        <source>its calendar SEQUENCE {sequence} was recorded</source>
        <translation>sua SEQUENCE de calendário {sequence} foi registrada</translation>
    </message>
    <message>
        <source>the workspace holds a newer version of this meeting (SEQUENCE {kept}, the file has {given}); it was left as it is.</source>
        <translation>o espaço de trabalho contém uma versão mais recente desta reunião (SEQUENCE {kept}, o arquivo tem {given}); ela ficou como estava.</translation>
    </message>
    <message>
        <source>{fields} changed</source>
        <translation>alterado: {fields}</translation>
    </message>
</context>
<context>
    <name>NameVersions</name>
    <message>
        <source>In other languages…</source>
        <extracomment>The longest name and parent body the service takes.</extracomment>
        <translation>Em outros idiomas…</translation>
    </message>
    <message>
        <source>The name and parent body as papers in Spanish, French, Portuguese or English print them in their header</source>
        <translation>O nome e o órgão superior tal como os documentos em espanhol, francês, português ou inglês os imprimem no cabeçalho</translation>
    </message>
    <message>
        <source>The language the name and parent body above are written in</source>
        <translation>O idioma em que estão escritos o nome e o órgão superior acima</translation>
    </message>
    <message>
        <source>&amp;Written in:</source>
        <translation>&amp;Escritos em:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation>Órgão superior</translation>
    </message>
    <message>
        <source>{language}:</source>
        <translation>{language}:</translation>
    </message>
    <message>
        <source>Not yet in: {languages}</source>
        <translation>Sem versão em: {languages}</translation>
    </message>
</context>
<context>
    <name>OfficersSection</name>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Presidência:</translation>
    </message>
    <message>
        <source>e.g. Colonel Mitchell</source>
        <translation>p. ex. Coronel Mitchell</translation>
    </message>
    <message>
        <source>Chair &amp;represents:</source>
        <translation>A presidência &amp;representa:</translation>
    </message>
    <message>
        <source>e.g. Alternate Representative of Trinidad and Tobago to the OAS</source>
        <translation>p. ex. Representante Alterno de Trinidad e Tobago junto à OEA</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Represents</source>
        <translation>Representa</translation>
    </message>
    <message>
        <source>&amp;Add Vice Chair</source>
        <translation>&amp;Adicionar vice-presidência</translation>
    </message>
    <message>
        <source>Re&amp;move Vice Chair</source>
        <translation>&amp;Remover vice-presidência</translation>
    </message>
    <message>
        <source>Vice chairs:</source>
        <translation>Vice-presidências:</translation>
    </message>
    <message>
        <source>Chair and vice chairs</source>
        <extracomment>Election dates are kept as they were: the dialog does not edit them.</extracomment>
        <translation>Presidência e vice-presidências</translation>
    </message>
    <message>
        <source>Give the chair&apos;s name, or clear whom the chair represents.</source>
        <translation>Indique o nome de quem preside, ou apague quem representa.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <extracomment>The lowest date the field accepts stands for &quot;no date&quot; (shown as specialValueText).</extracomment>
        <translation>Sem data</translation>
    </message>
    <message>
        <source>Press Delete for no date.</source>
        <translation>Pressione Delete para deixar sem data.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Record outcome</source>
        <translation>Registrar o resultado</translation>
    </message>
    <message>
        <source>Pending: choose what the meeting did</source>
        <translation>Pendente: escolha o que a reunião fez</translation>
    </message>
    <message>
        <source>e.g. The Working Group approved the draft work plan with the changes proposed.</source>
        <translation>p. ex. O Grupo de Trabalho aprovou o projeto de plano de trabalho com as alterações propostas.</translation>
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
        <translation>&amp;Decisão:</translation>
    </message>
</context>
<context>
    <name>Papers</name>
    <message>
        <source>ORGANIZATION OF AMERICAN STATES</source>
        <translation>ORGANIZAÇÃO DOS ESTADOS AMERICANOS</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <source>(original in %1)</source>
        <translation>(original em %1)</translation>
    </message>
    <message>
        <source>Draft agenda</source>
        <translation>Ordem do dia</translation>
    </message>
    <message>
        <source>Annotated draft agenda</source>
        <translation>Ordem do dia anotada</translation>
    </message>
    <message>
        <source>Calendar of activities and meetings</source>
        <translation>Calendário de atividades e reuniões</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plano de trabalho</translation>
    </message>
    <message>
        <source>List of invitees</source>
        <translation>Lista de convidados</translation>
    </message>
    <message>
        <source>List of participants</source>
        <translation>Lista de participantes</translation>
    </message>
    <message>
        <source>Summary of the meeting</source>
        <translation>Resumo da reunião</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>A partir de %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Até %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Area responsible</source>
        <translation>Área responsável</translation>
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
        <translation>Ainda não foram incluídos itens na ordem do dia.</translation>
    </message>
    <message>
        <source>No meetings are scheduled in this period.</source>
        <translation>Não há reuniões programadas neste período.</translation>
    </message>
    <message>
        <source>The work plan holds no mandates yet.</source>
        <translation>O plano de trabalho ainda não contém mandatos.</translation>
    </message>
    <message>
        <source>This list is empty.</source>
        <translation>Esta lista está vazia.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Delegation or organization</source>
        <translation>Delegação ou organização</translation>
    </message>
    <message>
        <source>Member State</source>
        <translation>Estado membro</translation>
    </message>
    <message>
        <source>Member States</source>
        <translation>Estados membros</translation>
    </message>
    <message>
        <source>Permanent Observers</source>
        <translation>Observadores permanentes</translation>
    </message>
    <message>
        <source>International Organizations</source>
        <translation>Organizações internacionais</translation>
    </message>
    <message>
        <source>Civil Society Organizations</source>
        <translation>Organizações da sociedade civil</translation>
    </message>
    <message>
        <source>General Secretariat</source>
        <translation>Secretaria-Geral</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Outros</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidência</translation>
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
        <translation>Carta EUA (8,5 × 11 pol.)</translation>
    </message>
    <message>
        <source>Paper &amp;size:</source>
        <translation>&amp;Tamanho do papel:</translation>
    </message>
    <message>
        <source>S&amp;eries line of the header:</source>
        <translation>Linha de &amp;série do cabeçalho:</translation>
    </message>
    <message>
        <source>e.g. OEA/Ser.G</source>
        <translation>p. ex., OEA/Ser.G</translation>
    </message>
    <message>
        <source>&amp;Choose a Word template…</source>
        <translation>&amp;Escolher um modelo do Word…</translation>
    </message>
    <message>
        <source>Use the &amp;built-in styles</source>
        <translation>Usar os estilos &amp;integrados</translation>
    </message>
    <message>
        <source>Word template:</source>
        <translation>Modelo do Word:</translation>
    </message>
    <message>
        <source>A .docx saved from Word with the secretariat&apos;s letterhead and styles: the Word papers are written on it and take its styles. The PDF papers keep the built-in layout.</source>
        <translation>Um .docx salvo no Word com o timbre e os estilos da secretaria: os documentos em Word são redigidos sobre ele e adotam seus estilos. Os documentos em PDF mantêm o layout integrado.</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Formato dos documentos</translation>
    </message>
    <message>
        <source>None: the papers use the built-in styles.</source>
        <translation>Nenhum: os documentos usam os estilos integrados.</translation>
    </message>
    <message>
        <source>{name} ({size} KB)</source>
        <translation>{name} ({size} KB)</translation>
    </message>
    <message>
        <source>{name} is not a Word template. Choose a file saved from Word as .docx or .dotx.</source>
        <translation>{name} não é um modelo do Word. Escolha um arquivo salvo no Word como .docx ou .dotx.</translation>
    </message>
    <message>
        <source>{name} is larger than 20 MB: a letterhead template is far smaller. Choose another file.</source>
        <translation>{name} tem mais de 20 MB: um modelo com timbre é muito menor. Escolha outro arquivo.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>Não é possível ler {name}: {reason}</translation>
    </message>
    <message>
        <source>Choose the Word template of the papers</source>
        <translation>Escolher o modelo do Word dos documentos</translation>
    </message>
    <message>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Documentos e modelos do Word (*.docx *.dotx)</translation>
    </message>
    <message>
        <source>Cannot use this template</source>
        <translation>Não é possível usar este modelo</translation>
    </message>
    <message>
        <source>The papers keep the template they had.</source>
        <translation>Os documentos mantêm o modelo que tinham.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for {workspace}</source>
        <translation>Senha de {workspace}</translation>
    </message>
    <message>
        <source>The server of the team workspace {workspace} asks for the password of {user}.</source>
        <translation>O servidor do espaço de trabalho compartilhado {workspace} pede a senha de {user}.</translation>
    </message>
    <message>
        <source>The server did not accept that password. Type it again.</source>
        <translation>O servidor não aceitou essa senha. Digite-a novamente.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Lembrar no chaveiro do sistema</translation>
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
        <translation>p. ex. Sala Padilha Vidal</translation>
    </message>
    <message>
        <source>Default &amp;venue:</source>
        <translation>&amp;Local habitual:</translation>
    </message>
    <message>
        <source>e.g. OAS headquarters, Washington, D.C.</source>
        <translation>p. ex. Sede da OEA, Washington, D.C.</translation>
    </message>
    <message>
        <source>Default &amp;time zone:</source>
        <translation>&amp;Fuso horário habitual:</translation>
    </message>
    <message>
        <source>Where it meets</source>
        <translation>Onde se reúne</translation>
    </message>
    <message>
        <source>Choose the time zone the group meets in.</source>
        <translation>Escolha o fuso horário em que o grupo se reúne.</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <source>Postpone meeting</source>
        <translation>Adiar a reunião</translation>
    </message>
    <message>
        <source>Postpone “{title}” of {date}:</source>
        <translation>Adiar “{title}” de {date}:</translation>
    </message>
    <message>
        <source>&amp;Move it to</source>
        <extracomment>Other meetings&apos; dates, each with a title: postponing onto one is said first.</extracomment>
        <translation>&amp;Passá-la para</translation>
    </message>
    <message>
        <source>Mark it &amp;postponed; the new date is not known yet</source>
        <translation>Marcá-la como &amp;adiada; a nova data ainda não é conhecida</translation>
    </message>
    <message>
        <source>&amp;Hold both meetings on that day</source>
        <translation>&amp;Realizar ambas as reuniões nesse dia</translation>
    </message>
    <message>
        <source>e.g. The documents are not ready</source>
        <translation>p. ex. Os documentos não estão prontos</translation>
    </message>
    <message>
        <source>The meeting keeps this reason. The next calendar you export tells delegates of the new date, or that the meeting is postponed.</source>
        <translation>A reunião guarda este motivo. O próximo calendário que exportar informará as delegações da nova data, ou de que a reunião está adiada.</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Choose a date other than the current one.</source>
        <translation>Escolha uma data diferente da atual.</translation>
    </message>
    <message>
        <source>“{title}” is already on {date}. Choose another date, or tick that both meetings are held that day.</source>
        <translation>«{title}» já está em {date}. Escolha outra data, ou marque que ambas as reuniões se realizam nesse dia.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Como o sistema ({language})</translation>
    </message>
    <message>
        <source>Menus, dialogs, dates and numbers are shown in this language, and so are titles that have a version in it; a title that has none is shown in its original language, marked as such. Changing the language reopens the window on the same workspace; the undo history starts again.</source>
        <translation>Os menus, as caixas de diálogo, as datas e os números são exibidos neste idioma, assim como os títulos que têm uma versão nele; um título que não a tem é exibido no idioma original, marcado como tal. Ao mudar o idioma, a janela é reaberta no mesmo espaço de trabalho e o histórico de desfazer recomeça.</translation>
    </message>
    <message>
        <source>&amp;Reopen the last workspace at start</source>
        <translation>&amp;Reabrir o último espaço de trabalho ao iniciar</translation>
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
        <translation>Linha</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sem alteração</translation>
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
        <translation>Regra de quórum</translation>
    </message>
    <message>
        <source>A majority of the parent body&apos;s member states</source>
        <translation>A maioria dos Estados membros do órgão principal</translation>
    </message>
    <message>
        <source>A fixed number of member states</source>
        <translation>Um número fixo de Estados membros</translation>
    </message>
    <message>
        <source>No quorum required</source>
        <translation>Nenhum quórum exigido</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Regra:</translation>
    </message>
    <message>
        <source>&amp;Member states of the parent body:</source>
        <translation>Estados &amp;membros do órgão principal:</translation>
    </message>
    <message>
        <source>&amp;Fixed number:</source>
        <translation>Número &amp;fixo:</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>Record decision…</source>
        <translation>Registrar decisão…</translation>
    </message>
    <message>
        <source>The outcome and the decision text of the selected item</source>
        <translation>O resultado e o texto da decisão do item selecionado</translation>
    </message>
    <message>
        <source>Request new revision…</source>
        <translation>Solicitar nova revisão…</translation>
    </message>
    <message>
        <source>Record that the item asked for a new revision of a document it considers</source>
        <translation>Registrar que o item solicitou uma nova revisão de um documento que considera</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Adicionar ação…</translation>
    </message>
    <message>
        <source>A follow-up action agreed at this meeting</source>
        <translation>Uma ação de acompanhamento acordada nesta reunião</translation>
    </message>
    <message>
        <source>Edit action…</source>
        <translation>Editar ação…</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Excluir ação</translation>
    </message>
    <message>
        <source>Quorum rule…</source>
        <translation>Regra de quórum…</translation>
    </message>
    <message>
        <source>How many member states a meeting needs for its quorum</source>
        <translation>Quantos Estados membros uma reunião precisa para ter quórum</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisões</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
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
        <translation>Alterar a presença de {name}</translation>
    </message>
    <message>
        <source>The meeting has no quorum ({line}).

Record this outcome anyway? It will be marked “recorded without quorum”.</source>
        <translation>A reunião não tem quórum ({line}).

Registrar este resultado mesmo assim? Ele será marcado como “registrado sem quórum”.</translation>
    </message>
    <message>
        <source>No quorum</source>
        <translation>Sem quórum</translation>
    </message>
    <message>
        <source>Not recorded: the meeting has no quorum.</source>
        <translation>Não registrado: a reunião não tem quórum.</translation>
    </message>
    <message>
        <source>{number}. {resolution}: {text}</source>
        <translation>{number}. {resolution}: {text}</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidência</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretaria</translation>
    </message>
    <message>
        <source>Member states</source>
        <translation>Estados membros</translation>
    </message>
    <message>
        <source>The summary already says what the record says.</source>
        <translation>O resumo já reflete o que diz o registro.</translation>
    </message>
    <message>
        <source>Yours: {yours}
The record now: {record}</source>
        <translation>Seu: {yours}
O registro agora: {record}</translation>
    </message>
    <message>
        <source>(no longer in the record)</source>
        <translation>(já não consta do registro)</translation>
    </message>
    <message>
        <source>Regenerate the summary</source>
        <translation>Regenerar o resumo</translation>
    </message>
    <message numerus="yes">
        <source>You edited %n paragraph(s) that the record has changed since. Keep your text, or replace it with what the record now says?</source>
        <translation>
            <numerusform>Você editou %n parágrafo que o registro alterou depois. Manter seu texto ou substituí-lo pelo que o registro diz agora?</numerusform>
            <numerusform>Você editou %n parágrafos que o registro alterou depois. Manter seu texto ou substituí-lo pelo que o registro diz agora?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>Manter meu texto</translation>
    </message>
    <message>
        <source>Use the record&apos;s text</source>
        <translation>Usar o texto do registro</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Presença</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Decisões</translation>
    </message>
    <message>
        <source>Follow-up a&amp;ctions</source>
        <translation>A&amp;ções de acompanhamento</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>Re&amp;sumo</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunião:</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Add revision of {symbol}</source>
        <extracomment>OAS file names end with the language letter after the number: CP12345S.doc.</extracomment>
        <translation>Adicionar uma revisão de {symbol}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Addendum:</source>
        <translation>Adendo:</translation>
    </message>
    <message>
        <source>Corrigendum:</source>
        <translation>Corrigendum:</translation>
    </message>
    <message>
        <source>e.g. Revised after the meeting of 22 September, with the comments of delegations.</source>
        <translation>p. ex. Revisado após a reunião de 22 de setembro, com os comentários das delegações.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Adicionar &amp;arquivo…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>&amp;No file yet: save the revision without files</source>
        <translation>&amp;Ainda sem ficheiro: guardar a revisão sem ficheiros</translation>
    </message>
    <message>
        <source>Re&amp;vision:</source>
        <translation>Re&amp;visão:</translation>
    </message>
    <message>
        <source>Symbol:</source>
        <translation>Símbolo:</translation>
    </message>
    <message>
        <source>&amp;Circulated on:</source>
        <translation>&amp;Distribuído em:</translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation>&amp;O que mudou:</translation>
    </message>
    <message>
        <source>Files, one per language:</source>
        <translation>Arquivos, um por idioma:</translation>
    </message>
    <message>
        <source>Choose the revised files</source>
        <translation>Escolher os arquivos revisados</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.odt *.rtf *.txt);;All files (*)</source>
        <translation>Documentos (*.pdf *.doc *.docx *.odt *.rtf *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>não encontrado</translation>
    </message>
    <message>
        <source>Add the revised files, or tick “No file yet”.</source>
        <translation>Adicione os ficheiros revistos, ou marque «Ainda sem ficheiro».</translation>
    </message>
    <message>
        <source>{first} and {second} are both marked {language}: keep one file per language.</source>
        <translation>{first} e {second} estão ambos marcados em {language}: mantenha um só arquivo por idioma.</translation>
    </message>
</context>
<context>
    <name>RevisionRequestDialog</name>
    <message>
        <source>Request a new revision</source>
        <translation>Solicitar uma nova revisão</translation>
    </message>
    <message>
        <source>rev. </source>
        <translation>rev. </translation>
    </message>
    <message>
        <source>e.g. The Secretariat will circulate it before the next meeting.</source>
        <translation>p. ex. A Secretaria a distribuirá antes da próxima reunião.</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>&amp;Revision:</source>
        <translation>Re&amp;visão:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>This item considers no document; link one on the Agenda page first.</source>
        <translation>Este item não considera nenhum documento; vincule um primeiro na página Pauta.</translation>
    </message>
</context>
<context>
    <name>RevisionsModel</name>
    <message>
        <source>Symbol / file</source>
        <extracomment>The revision&apos;s id on a revision row, the file&apos;s id on a file row. True on a file row. internalId of a top-level (revision) index; a file index holds its revision&apos;s row + 1.</extracomment>
        <translation>Símbolo / arquivo</translation>
    </message>
    <message>
        <source>Circulated</source>
        <translation>Distribuído</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>O que mudou</translation>
    </message>
    <message>
        <source>Considered at</source>
        <translation>Considerado em</translation>
    </message>
    <message>
        <source>{date}, item {position}</source>
        <translation>{date}, item {position}</translation>
    </message>
    <message>
        <source>not circulated</source>
        <translation>não distribuído</translation>
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
        <translation>Alterar o grupo de trabalho</translation>
    </message>
</context>
<context>
    <name>SendInvitationsDialog</name>
    <message>
        <source>Send Invitations</source>
        <translation>Enviar os convites</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (cancelada)</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunião:</translation>
    </message>
    <message>
        <source>{name} ({count} entries)</source>
        <translation>{name} ({count} entradas)</translation>
    </message>
    <message>
        <source>&amp;Invites the lists:</source>
        <translation>&amp;Convida as listas:</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Con&amp;figurações…</translation>
    </message>
    <message>
        <source>Write .eml &amp;files to open and send from Outlook:</source>
        <translation>Gravar &amp;arquivos .eml para abrir e enviar pelo Outlook:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>One message per &amp;delegation (all its addresses) instead of one per address</source>
        <translation>Uma mensagem por &amp;delegação (todos os seus endereços) em vez de uma por endereço</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>From: {name} &lt;{email}&gt; (replies go there)</source>
        <translation>De: {name} &lt;{email}&gt; (as respostas chegam ali)</translation>
    </message>
    <message>
        <source>Enter the secretariat&apos;s e-mail address (the organizer) in Settings first.</source>
        <translation>Digite primeiro em Configurações o endereço de e-mail da secretaria (o organizador).</translation>
    </message>
    <message>
        <source>Send through the mail server {host}:{port}</source>
        <translation>Enviar pelo servidor de e-mail {host}:{port}</translation>
    </message>
    <message>
        <source>Send through your mail server (set it in Settings)</source>
        <translation>Enviar pelo seu servidor de e-mail (defina-o em Configurações)</translation>
    </message>
    <message>
        <source>There are no meetings to invite to.</source>
        <translation>Não há reuniões para as quais convidar.</translation>
    </message>
    <message>
        <source>{count} address(es) on the chosen lists; {missing} invitee(s) without an e-mail address get no invitation.</source>
        <translation>{count} endereço(s) nas listas escolhidas; {missing} convidado(s) sem endereço de e-mail não recebe(m) convite.</translation>
    </message>
    <message>
        <source>Cannot change the invited lists</source>
        <translation>Não é possível alterar as listas convidadas</translation>
    </message>
    <message>
        <source>Folder for the .eml files</source>
        <translation>Pasta para os arquivos .eml</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Escolher uma pasta</translation>
    </message>
    <message>
        <source>Choose an existing folder for the .eml files.</source>
        <translation>Escolha uma pasta existente para os arquivos .eml.</translation>
    </message>
    <message>
        <source>Cannot read the password</source>
        <translation>Não é possível ler a senha</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Senha do servidor de e-mail</translation>
    </message>
    <message>
        <source>Password for {user} on {host}:</source>
        <translation>Senha de {user} em {host}:</translation>
    </message>
    <message>
        <source>Sending invitations…</source>
        <translation>Enviando os convites…</translation>
    </message>
    <message>
        <source>Cannot send the invitations</source>
        <translation>Não é possível enviar os convites</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Convites</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>New series of meetings</source>
        <translation>Nova série de reuniões</translation>
    </message>
    <message>
        <source>Each meeting&apos;s title: {number} becomes its number, {date} its date and {group} the working group&apos;s acronym.</source>
        <translation>O título de cada reunião: {number} passa a ser o seu número, {date} a sua data e {group} a sigla do grupo de trabalho.</translation>
    </message>
    <message>
        <source>&amp;Titles:</source>
        <translation>&amp;Títulos:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Toda:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Horário:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuso horário:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>&amp;Dates (untick any to skip):</source>
        <translation>&amp;Datas (desmarque as que quiser pular):</translation>
    </message>
    <message>
        <source>The meetings must end after they start.</source>
        <translation>As reuniões devem terminar depois de começar.</translation>
    </message>
    <message>
        <source>Pick a time zone from the list: type part of its name, e.g. “York”.</source>
        <translation>Escolha um fuso horário da lista: digite parte do nome, p. ex. “York”.</translation>
    </message>
    <message>
        <source>No dates are ticked: tick at least one.</source>
        <translation>Nenhuma data está marcada: marque pelo menos uma.</translation>
    </message>
    <message>
        <source>{count} of {total} dates ticked</source>
        <translation>{count} de {total} datas marcadas</translation>
    </message>
    <message>
        <source>Create 1 meeting</source>
        <translation>Criar 1 reunião</translation>
    </message>
    <message>
        <source>Create {count} meetings</source>
        <translation>Criar {count} reuniões</translation>
    </message>
    <message>
        <source>The titles can use {number}, {date} and {group}, each in braces; remove any other braces.</source>
        <translation>Os títulos podem usar {number}, {date} e {group}, cada um entre chavetas; retire quaisquer outras chavetas.</translation>
    </message>
</context>
<context>
    <name>SheetChoiceDialog</name>
    <message>
        <source>Export workbook</source>
        <extracomment>Invitees not in the file that the preview names one by one; more are counted.</extracomment>
        <translation>Exportar uma pasta de trabalho do Excel</translation>
    </message>
    <message>
        <source>Invitee lists (one sheet per list)</source>
        <translation>Listas de convidados (uma planilha por lista)</translation>
    </message>
    <message>
        <source>Calendar of meetings</source>
        <translation>Calendário de reuniões</translation>
    </message>
    <message>
        <source>Agenda items of every meeting</source>
        <translation>Itens da ordem do dia de todas as reuniões</translation>
    </message>
    <message>
        <source>Document register</source>
        <translation>Registro de documentos</translation>
    </message>
    <message>
        <source>Mandates of the work plan</source>
        <translation>Mandatos do plano de trabalho</translation>
    </message>
    <message>
        <source>Which sheets go into the workbook?</source>
        <translation>Quais planilhas entram na pasta de trabalho?</translation>
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
        <translation>Salvar o resumo</translation>
    </message>
    <message>
        <source>Keep your text of the summary with the meeting</source>
        <translation>Salvar seu texto do resumo com a reunião</translation>
    </message>
    <message>
        <source>Regenerate from the record</source>
        <translation>Regenerar a partir do registro</translation>
    </message>
    <message>
        <source>Bring the summary up to date with the record; your own paragraphs are kept</source>
        <translation>Atualizar o resumo conforme o registro; seus próprios parágrafos são mantidos</translation>
    </message>
    <message>
        <source>Edited: not saved yet.</source>
        <translation>Editado: ainda não salvo.</translation>
    </message>
    <message>
        <source>Generated from the record; not saved with the meeting yet.</source>
        <translation>Gerado a partir do registro; ainda não salvo com a reunião.</translation>
    </message>
    <message>
        <source>Saved with the meeting; last generated from the record on {date}.</source>
        <translation>Salvo com a reunião; gerado pela última vez a partir do registro em {date}.</translation>
    </message>
    <message>
        <source>Saved with the meeting.</source>
        <translation>Salvo com a reunião.</translation>
    </message>
</context>
<context>
    <name>TeamWorkspaceDialog</name>
    <message>
        <source>Open Team Workspace</source>
        <translation>Abrir espaço de trabalho compartilhado</translation>
    </message>
    <message>
        <source>A workspace the secretariat shares on a PostgreSQL server. Ask your IT department for these details; an empty database becomes a new workspace.</source>
        <translation>Um espaço de trabalho que a secretaria compartilha em um servidor PostgreSQL. Peça estes dados ao seu departamento de informática; um banco de dados vazio torna-se um novo espaço de trabalho.</translation>
    </message>
    <message>
        <source>leave empty to use the saved one</source>
        <translation>deixe vazio para usar a salva</translation>
    </message>
    <message>
        <source>Keep the password in this computer&apos;s keyring</source>
        <translation>Guardar a senha no chaveiro deste computador</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Banco de dados:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuário:</translation>
    </message>
    <message>
        <source>Encryption (sslmode):</source>
        <translation>Criptografia (sslmode):</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Senha:</translation>
    </message>
</context>
<context>
    <name>TimezonePicker</name>
    <message>
        <source>Type part of a city or region</source>
        <extracomment>The chosen zone, or &quot;&quot; while the typed text is not a zone.</extracomment>
        <translation>Digite parte do nome de uma cidade ou região</translation>
    </message>
    <message>
        <source>Time zone in which the date and times are given</source>
        <translation>Fuso horário em que são indicados a data e os horários</translation>
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
        <translation>Original ({code}): ainda não há versão neste idioma. Adicione-a com Títulos nos quatro idiomas.</translation>
    </message>
</context>
<context>
    <name>TitleVersionsDialog</name>
    <message>
        <source>Titles in Four Languages</source>
        <translation>Títulos nos quatro idiomas</translation>
    </message>
    <message>
        <source>The same title in each official language. Mark the language it was written in as the original; leave a box empty where there is no version yet.</source>
        <translation>O mesmo título em cada idioma oficial. Marque como original o idioma em que foi redigido; deixe em branco a caixa de um idioma que ainda não tenha versão.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>No version yet</source>
        <translation>Ainda sem versão</translation>
    </message>
    <message>
        <source>Title of the resolution</source>
        <translation>Título da resolução</translation>
    </message>
    <message>
        <source>Area responsible</source>
        <translation>Área responsável</translation>
    </message>
    <message>
        <source>Write the title in its original language, or mark another original.</source>
        <translation>Escreva o título no idioma original, ou marque outro idioma como original.</translation>
    </message>
    <message>
        <source>Titles in Four &amp;Languages…</source>
        <translation>Títulos nos quatro &amp;idiomas…</translation>
    </message>
    <message>
        <source>See and edit the title in English, Spanish, French and Portuguese side by side</source>
        <translation>Ver e editar o título em espanhol, francês, inglês e português lado a lado</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to Chairdesk</source>
        <translation>Bem-vindo ao Chairdesk</translation>
    </message>
    <message>
        <source>Chairdesk keeps its default workspace in {path}</source>
        <translation>O Chairdesk guarda o seu espaço de trabalho predefinido em {path}</translation>
    </message>
    <message>
        <source>Start in this workspace</source>
        <translation>Começar neste espaço de trabalho</translation>
    </message>
    <message>
        <source>Plan the first meeting in the calendar.</source>
        <translation>Programe a primeira reunião no calendário.</translation>
    </message>
    <message>
        <source>Describe the working group…</source>
        <translation>Descrever o grupo de trabalho…</translation>
    </message>
    <message>
        <source>Its name and acronym (used in calendar titles), its chair and vice chairs, and the room, venue and time zone new meetings start with.</source>
        <translation>O seu nome e sigla (usados nos títulos do calendário), a presidência e as vice-presidências, e a sala, o local e o fuso horário com que começam as novas reuniões.</translation>
    </message>
    <message>
        <source>Create a new workspace…</source>
        <translation>Criar um novo espaço de trabalho…</translation>
    </message>
    <message>
        <source>A new file for one working group&apos;s preparation.</source>
        <translation>Um arquivo novo para a preparação de um grupo de trabalho.</translation>
    </message>
    <message>
        <source>Open a workspace…</source>
        <translation>Abrir um espaço de trabalho…</translation>
    </message>
    <message>
        <source>A .chairdesk file saved on this computer or sent to you.</source>
        <translation>Um arquivo .chairdesk salvo neste computador ou enviado a você.</translation>
    </message>
    <message>
        <source>Open the MISPA III example</source>
        <translation>Abrir o exemplo da MISPA III</translation>
    </message>
    <message>
        <source>The preparation of the Third Meeting of Ministers of Public Security of the Americas: meetings, agendas, documents, invitees and mandates.</source>
        <translation>A preparação da Terceira Reunião de Ministros em Matéria de Segurança Pública das Américas: reuniões, ordens do dia, documentos, convidados e mandatos.</translation>
    </message>
    <message>
        <source>No workspace is open. Create one, open one, or look at the example.</source>
        <translation>Nenhum espaço de trabalho está aberto. Crie um, abra um ou consulte o exemplo.</translation>
    </message>
    <message>
        <source>“{name}” is empty: it holds no working group and no meetings yet.</source>
        <translation>“{name}” está vazio: ainda não contém nenhum grupo de trabalho nem reuniões.</translation>
    </message>
</context>
<context>
    <name>WorkPlanPage</name>
    <message>
        <source>&amp;Add mandate…</source>
        <extracomment>The meetings, decisions and open actions of the selected mandate.</extracomment>
        <translation>&amp;Adicionar mandato…</translation>
    </message>
    <message>
        <source>Add a mandate to the work plan</source>
        <translation>Adicionar um mandato ao plano de trabalho</translation>
    </message>
    <message>
        <source>&amp;Delete mandate</source>
        <translation>E&amp;xcluir mandato</translation>
    </message>
    <message>
        <source>Delete the selected mandate</source>
        <translation>Excluir o mandato selecionado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todas as situações</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Todas as áreas</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plano de trabalho</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Situação:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>Á&amp;rea:</translation>
    </message>
    <message>
        <source>Double-click a cell or press F2 to edit it; Enter saves, Esc cancels. Shift+Enter starts a new line in text.</source>
        <translation>Clique duas vezes numa célula ou pressione F2 para editá-la; Enter salva, Esc cancela. Shift+Enter inicia uma nova linha no texto.</translation>
    </message>
    <message>
        <source>{shown} of {total} mandates</source>
        <translation>{shown} de {total} mandatos</translation>
    </message>
    <message>
        <source>Delete mandate</source>
        <translation>Excluir o mandato</translation>
    </message>
    <message>
        <source>Delete this mandate of {resolution}?

{text}</source>
        <translation>Excluir este mandato de {resolution}?

{text}</translation>
    </message>
</context>
<context>
    <name>WorkbookImport</name>
    <message>
        <source>Reading {file}…</source>
        <extracomment>The preview dialog is open (it is ``self.preview``). The import was written (the plan applied) or ended without writing (None).</extracomment>
        <translation>Lendo {file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>Cannot import the workbook</source>
        <translation>Não é possível importar a pasta de trabalho</translation>
    </message>
    <message>
        <source>Import cancelled; the workspace was left as it was.</source>
        <translation>Importação cancelada; o espaço de trabalho ficou como estava.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importação cancelada; nada foi alterado.</translation>
    </message>
    <message>
        <source>Imported {file} into “{list}”: {summary}.</source>
        <translation>{file} importado em “{list}”: {summary}.</translation>
    </message>
</context>
<context>
    <name>WorkingGroupDialog</name>
    <message>
        <source>Working Group</source>
        <extracomment>The dialog&apos;s tabs, in order. Add a section here to add settings.</extracomment>
        <translation>Grupo de trabalho</translation>
    </message>
    <message>
        <source>Describe the Working Group</source>
        <translation>Descrever o grupo de trabalho</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpener</name>
    <message>
        <source>{name} is open.</source>
        <extracomment>Overrides the data folder (QStandardPaths.AppDataLocation), e.g. for a portable install. A workspace is open and ready; the window installs it in the context. Opening ``path`` failed or was cancelled; the previous workspace is still open. The password dialog while it is open (for the window&apos;s tests).</extracomment>
        <translation>{name} está aberto.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abrindo {name}…</translation>
    </message>
    <message>
        <source>Creating {name}…</source>
        <translation>Criando {name}…</translation>
    </message>
    <message>
        <source>Writing the MISPA III example…</source>
        <translation>Gravando o exemplo da MISPA III…</translation>
    </message>
    <message>
        <source>Open a Workspace</source>
        <translation>Abrir um espaço de trabalho</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Novo espaço de trabalho</translation>
    </message>
    <message>
        <source>New working group{suffix}</source>
        <translation>Novo grupo de trabalho{suffix}</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Salvar uma cópia</translation>
    </message>
    <message>
        <source>Saved a copy as {name}.</source>
        <translation>Cópia salva como {name}.</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Salvando uma cópia…</translation>
    </message>
    <message>
        <source>Please wait: a workspace is opening.</source>
        <translation>Aguarde: um espaço de trabalho está sendo aberto.</translation>
    </message>
    <message>
        <source>{name} was not opened.</source>
        <translation>{name} não foi aberto.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>{name} is the workspace you have open. Choose another name.</source>
        <translation>{name} é o espaço de trabalho que você tem aberto. Escolha outro nome.</translation>
    </message>
    <message>
        <source>Chairdesk workspaces (*{suffix});;All files (*)</source>
        <translation>Espaços de trabalho do Chairdesk (*{suffix});;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>WrappedTextDelegate</name>
    <message>
        <source>Enter saves; Shift+Enter starts a new line; Esc cancels.</source>
        <translation>Enter salva; Shift+Enter inicia uma nova linha; Esc cancela.</translation>
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
        <translation>Calendário</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordem do dia</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation>Convidados</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Plano de trabalho</translation>
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
        <translation>Não é possível desfazer “{action}”: outra pessoa alterou {what}{named} depois, e desfazer sobrescreveria a alteração dela. Nada foi alterado.</translation>
    </message>
</context>
</TS>
